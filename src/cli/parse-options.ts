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
  const best = closestName(name, [...known, "help"]);
  return `unknown option ${given}${best ? `; did you mean --${best}?` : ""}`;
}

/**
 * The known name `given` is most likely a typo of, if any: a third of its letters (at least two)
 * may be off, so "snaphot" finds "snapshot" but "x" finds nothing.
 */
export function closestName(given: string, known: string[]): string | undefined {
  if (known.length === 0) return undefined;
  const best = closest(given, known);
  return distance(given, best) <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}
