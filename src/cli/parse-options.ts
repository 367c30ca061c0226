import { type ParseArgsConfig, parseArgs } from "node:util";
import { closest, distance } from "fastest-levenshtein";
import { UsageError } from "./usage-error.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * node:util's parseArgs, with its errors turned into usage errors that say what to type: an
 * unknown option names the closest one the command has ("--snaphot: did you mean --snapshot?").
 */
export function parseOptions<T extends Options>(
  args: string[],
  options: T,
  allowPositionals = false,
): ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: boolean }>> {
  try {
    return parseArgs({ args, options, allowPositionals });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      const given = /'([^']+)'/.exec((error as Error).message)?.[1] ?? "";
      throw new UsageError(unknownOption(given, Object.keys(options)), { cause: error });
    }
    if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS")) {
      throw new UsageError((error as Error).message, { cause: error });
    }
    throw error;
  }
}

/** "unknown option --colr; did you mean --color?" when one is close enough to be a typo. */
export function unknownOption(given: string, known: string[]): string {
  const name = given.replace(/^--?/, "").split("=")[0] ?? "";
  const candidates = [...known, "help"];
  const best = closest(name, candidates);
  // A third of the name's letters (at least 2) may be off: "--snaphot" → "--snapshot", but
  // "--x" suggests nothing.
  const close = distance(name, best) <= Math.max(2, Math.floor(best.length / 3));
  return `unknown option ${given}${close ? `; did you mean --${best}?` : ""}`;
}
