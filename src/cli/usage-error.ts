import { RoundtableError } from "../errors/roundtable-error.js";
/** The command line was wrong: exit code 2, with the command's usage. */
export class UsageError extends RoundtableError {
  override name = "UsageError";
  override readonly exitCode = 2;
}
