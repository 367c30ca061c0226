/** Where a mistake is: any of a file (with line and column), a key in it, an issue, an operation. */
export interface Where {
  file?: string;
  line?: number;
  column?: number;
  /** A key path in the file, such as `votes.perPerson`. */
  key?: string;
  /** An issue or pull request number. */
  issue?: number;
  /** A GitHub operation or a command, such as `BoardNodes` or `retro --meeting`. */
  operation?: string;
}

export interface RoundtableErrorDetails {
  where?: Where;
  /** What was given, as the person wrote it. */
  given?: string;
  /** What was expected instead. */
  expected?: string;
  /** What to do about it. */
  fix?: string;
  cause?: unknown;
}

/**
 * The one error type for what a person can mend: a config, an input, an issue, the board, the
 * page's markers, GitHub's answer. Its message says where, what was given and expected, and the
 * fix; every entry point reports it the same way (one line per line of the message, no stack),
 * and anything else is a bug that shows its stack.
 */
export class RoundtableError extends Error {
  override name = "RoundtableError";
  readonly where: Where;
  readonly given?: string;
  readonly expected?: string;
  readonly fix?: string;
  /** The exit code the CLI gives: 1 for a failed job, 2 for a command line it cannot read. */
  readonly exitCode: 1 | 2 = 1;

  constructor(message: string, details: RoundtableErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.where = details.where ?? {};
    this.given = details.given;
    this.expected = details.expected;
    this.fix = details.fix;
  }
}

/**
 * The standard message: `where: what (given …; expected …). fix`, from the parts a caller knows.
 */
export function userError(what: string, details: RoundtableErrorDetails = {}): RoundtableError {
  const at = formatWhere(details.where ?? {});
  const given = details.given !== undefined ? `got ${details.given}` : "";
  const expected = details.expected !== undefined ? `expected ${details.expected}` : "";
  const detail = [expected, given].filter(Boolean).join(", ");
  const message = `${at ? `${at}: ` : ""}${what}${detail ? ` (${detail})` : ""}${details.fix ? `; ${details.fix}` : ""}`;
  return new RoundtableError(message, details);
}

/** `file:line:column`, `#12`, `key` or `operation`, joined as they apply. */
export function formatWhere(where: Where): string {
  const parts: string[] = [];
  if (where.file)
    parts.push(
      `${where.file}${where.line !== undefined ? `:${where.line}${where.column !== undefined ? `:${where.column}` : ""}` : ""}`,
    );
  if (where.key) parts.push(where.key);
  if (where.issue !== undefined) parts.push(`#${where.issue}`);
  if (where.operation) parts.push(where.operation);
  return parts.join(": ");
}
