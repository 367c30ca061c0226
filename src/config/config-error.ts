import { RoundtableError } from "../errors/index.js";
/** One problem in a config file, located in the file. */
export interface ConfigProblem {
  /** The key path, such as `votes.perPerson` or `lanes[1].key`; empty for the whole file. */
  path: string;
  /** Where in the file, when the text was at hand. */
  line?: number;
  column?: number;
  /** What was expected (or what is wrong). */
  message: string;
  /**
   * What was given, as the file has it. Said to whoever ran the job, never in a public comment:
   * the value may have come from a private repository the config extends.
   */
  given?: string;
}

/** The most problems an error lists; the rest are counted ("… and 99980 more problems"). */
export const maxProblemsShown = 20;

/**
 * A config file that cannot be used. Its message has one line per problem, each saying where
 * (file, line, column, key path), what was given and what was expected.
 */
export class ConfigError extends RoundtableError {
  override name = "ConfigError";

  /** How many problems the file has: `problems` holds the first `maxProblemsShown` of them. */
  readonly total: number;

  constructor(
    readonly file: string,
    problems: ConfigProblem[],
    options?: ErrorOptions & { total?: number },
  ) {
    const shown = problems.slice(0, maxProblemsShown);
    const total = Math.max(options?.total ?? problems.length, problems.length);
    super(formatProblems(file, shown, total, true), {
      where: { file, line: shown[0]?.line, column: shown[0]?.column, key: shown[0]?.path },
      cause: options?.cause,
    });
    this.problems = shown;
    this.total = total;
  }

  readonly problems: ConfigProblem[];

  /**
   * The problems as a public comment may say them: each names the file, the line and the
   * setting, and what is expected, but not the value given.
   */
  publicMessage(): string {
    return formatProblems(this.file, this.problems, this.total, false);
  }
}

function formatProblems(
  file: string,
  problems: ConfigProblem[],
  total: number,
  values: boolean,
): string {
  const lines = problems.map((p) => formatProblem(file, p, values));
  if (total > problems.length)
    lines.push(
      `… and ${total - problems.length} more ${total - problems.length === 1 ? "problem" : "problems"}`,
    );
  return lines.join("\n");
}

function formatProblem(file: string, p: ConfigProblem, values: boolean): string {
  const where = p.path ? `${p.path}: ` : "";
  const at = p.line !== undefined ? `:${p.line}:${p.column}` : "";
  const given = values && p.given !== undefined ? `, got ${p.given}` : "";
  return `${file}${at}: ${where}${p.message}${given}`;
}
