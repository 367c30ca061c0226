import { RoundtableError } from "../errors/index.js";
/** One problem in a config file, located in the file. */
export interface ConfigProblem {
  /** The key path, such as `votes.perPerson` or `lanes[1].key`; empty for the whole file. */
  path: string;
  /** Where in the file, when the text was at hand. */
  line?: number;
  column?: number;
  /** What was expected and what was given. */
  message: string;
}

/**
 * A config file that cannot be used. Its message has one line per problem, each saying where
 * (file, line, column, key path), what was given and what was expected.
 */
export class ConfigError extends RoundtableError {
  override name = "ConfigError";

  constructor(
    readonly file: string,
    readonly problems: ConfigProblem[],
    options?: ErrorOptions,
  ) {
    super(problems.map((p) => formatProblem(file, p)).join("\n"), {
      where: { file, line: problems[0]?.line, column: problems[0]?.column, key: problems[0]?.path },
      cause: options?.cause,
    });
  }
}

function formatProblem(file: string, p: ConfigProblem): string {
  const where = p.path ? `${p.path}: ` : "";
  const at = p.line !== undefined ? `:${p.line}:${p.column}` : "";
  return `${file}${at}: ${where}${p.message}`;
}
