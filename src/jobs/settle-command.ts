import { marker } from "../core/index.js";
import { applyPlan, passingTrouble } from "../github/index.js";
import { renderReply } from "../render/index.js";
import { explainFailure } from "./explain-failure.js";
import { gateOf, type RepoRun } from "./run-context.js";

export interface FailedCommand {
  issue: number;
  commentId: number;
  error: unknown;
  /** A retry is set: the person is told it will be completed, and has nothing to do. */
  willRetry?: boolean;
}

/**
 * A command whose job failed (GitHub did not answer in time, or refused a write) is not left
 * marked 👀 for ever: it gets 😕 and one line saying what went wrong and that commenting it again
 * finishes it. A failure that is a bug is not described in public: the log has it. Best effort:
 * if GitHub does not take these either, the log says so and the delivery stays failed.
 */
export async function settleFailedCommand(run: RepoRun, options: FailedCommand): Promise<void> {
  const explained = explainFailure(options.error);
  const what = options.willRetry
    ? passingTrouble(options.error)
    : (explained?.lines[0] ?? "something went wrong on Roundtable's side (it is logged)");
  const body = renderReply([
    options.willRetry
      ? `Roundtable could not finish this command yet: ${what}. It will be completed by itself in a few minutes; there is nothing to do.`
      : `Roundtable could not finish this command: ${what}. Nothing more was done; comment the command again to finish it.`,
  ]);
  try {
    await applyPlan(
      run.github,
      [
        { kind: "react", commentId: options.commentId, content: "confused" },
        {
          kind: "upsert-comment",
          issue: options.issue,
          marker: marker(`reply:${options.commentId}`),
          body,
        },
      ],
      // Written for real: only the app settles a failed command, and it never runs dry.
      gateOf({ ...run, dryRun: false }, null),
    );
  } catch (error) {
    run.log(`could not tell #${options.issue} of the failure: ${(error as Error).message}`);
  }
}
