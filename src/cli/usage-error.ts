/** The command line was wrong: exit code 2, with the command's usage. */
export class UsageError extends Error {
  override name = "UsageError";
}
