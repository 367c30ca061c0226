import { marker } from "../core/index.js";
import { passingTrouble } from "../github/index.js";
import { renderReply } from "../render/index.js";
import { explainFailure } from "./explain-failure.js";
import type { RepoRun } from "./run-context.js";
import { runUseCase, type UseCase } from "./use-case.js";

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
  try {
    // Written for real: only the app settles a failed command, and it never runs dry.
    await runUseCase(failedCommandSettled, { ...run, dryRun: false }, options);
  } catch (error) {
    run.log(`could not tell #${options.issue} of the failure: ${(error as Error).message}`);
  }
}

/** The 😕 and the one line on a failed command, run by `runUseCase` (no read: the error says it). */
export const failedCommandSettled: UseCase<FailedCommand, null, Record<string, never>, RepoRun> = {
  load: async () => null,
  plan(_, options) {
    const explained = explainFailure(options.error);
    const what = options.willRetry
      ? passingTrouble(options.error)
      : (explained?.lines[0] ?? "something went wrong on Roundtable's side (it is logged)");
    const body = renderReply([
      options.willRetry
        ? `Roundtable could not finish this command yet: ${what}. It will be completed by itself in a few minutes; there is nothing to do.`
        : `Roundtable could not finish this command: ${what}. Nothing more was done; comment the command again to finish it.`,
    ]);
    const reply = marker(`reply:${options.commentId}`);
    return {
      effects: [
        { kind: "react", commentId: options.commentId, content: "confused" },
        { kind: "upsert-comment", issue: options.issue, marker: reply, body },
      ],
      result: {},
    };
  },
};
