import { RoundtableError } from "../errors/index.js";
// The one file, not github/index.js: entry points import this before any job, to report a bad
// input without loading the GitHub client.
import { explainError } from "../github/explain-error.js";

/** What a person is told of a failure they can act on. */
export interface Failure {
  /** One or more lines, each complete on its own (a config error has one per problem). */
  lines: string[];
  /** 1: the job failed; 2: the command line could not be read. */
  exitCode: 1 | 2;
  /** The first located place, for an annotation or a link. */
  where: RoundtableError["where"];
}

/**
 * The one way every entry point reports a failure: a Roundtable error says where and what to
 * do; GitHub's refusals are explained; anything else is a bug and gets undefined (the caller
 * shows its stack).
 */
export function explainFailure(error: unknown): Failure | undefined {
  if (error instanceof RoundtableError)
    return { lines: error.message.split("\n"), exitCode: error.exitCode, where: error.where };
  const fromGitHub = explainError(error);
  if (fromGitHub) return { lines: [fromGitHub], exitCode: 1, where: {} };
  return undefined;
}
