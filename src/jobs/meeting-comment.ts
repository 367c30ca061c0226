import type { MeetingComment, Snapshot } from "../core/index.js";
import { explainError, isPassingTrouble, passingTrouble } from "../github/index.js";
import { type AnswerTo, commandAnswered, commandSeen } from "./command-answer.js";
import type { FollowUp } from "./follow-up.js";
import { onMeetingEvent } from "./meeting.js";
import { publish } from "./publish.js";
import type { RunContext } from "./run-context.js";
import { runUseCase } from "./use-case.js";

/**
 * A comment's meeting commands, each step a use case through the one runner: the 👀 first, on
 * its own (the person sees at once that the command was taken, and a command whose read never
 * ends is still found and settled); then the meeting event, one load and one plan, answered in
 * it; for /end and /schedule, the meeting's pages, then the answer, which waits for them. Returns
 * what follows: the pages' retry, the timeboxes' ends, the seats' timers.
 */
export async function meetingComment(
  run: RunContext,
  input: { issue: number; comment: MeetingComment; answerTo: AnswerTo },
): Promise<FollowUp[]> {
  await runUseCase(commandSeen, run, { commentId: input.comment.id });
  const event = await runUseCase(onMeetingEvent, run, input);
  if (!event.publish) return event.followUps;
  const pages = await publishPages(run, event.board);
  await runUseCase(commandAnswered, run, {
    to: input.answerTo,
    answer: { replies: [...event.replies, ...pages.replies], refused: event.refused },
  });
  const later: FollowUp[] = pages.pending
    ? [{ trigger: "publish-later", data: { issue: input.issue } }]
    : [];
  return [...later, ...event.followUps];
}

/**
 * The meeting's pages; a failure is told to the person, and the next publish writes them.
 * `pending`: GitHub's trouble was passing, and a retry is to write them.
 */
async function publishPages(
  run: RunContext,
  /** In a dry run, which wrote nothing: the board as the plan would leave it. */
  snapshot?: Snapshot,
): Promise<{ replies: string[]; pending: boolean }> {
  try {
    const input = { ...(snapshot ? { snapshot } : {}), mode: "direct" as const };
    const { committed: written } = await runUseCase(publish, run, input);
    // A dry run has said "would write …" for each page it would change.
    if (written.commit)
      run.log(`pages written in ${written.commit.oid}: ${written.changed.join(", ")}`);
    else if (written.changed.length === 0) run.log("pages unchanged");
    return { replies: [], pending: false };
  } catch (error) {
    // The meeting itself is recorded; only its pages wait: for a retry (the app's, and the
    // Action's next publish) when GitHub's trouble passes, for a fix when it refused.
    if (isPassingTrouble(error))
      return {
        replies: [
          `The meeting is recorded; its pages will follow: they could not be written just now (${passingTrouble(error)}). Roundtable writes them again in a few minutes, and the Action's next publish does too.`,
        ],
        pending: true,
      };
    return {
      replies: [
        `The meeting's pages could not be written: ${explainError(error) ?? (error as Error).message}. The Action's next publish writes them, or run it now from the Actions tab.`,
      ],
      pending: false,
    };
  }
}
