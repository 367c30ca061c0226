import { type Effect, marker } from "../core/index.js";
import { renderReply } from "../render/index.js";
import type { UseCase } from "./use-case.js";

/** Who and what a command's answer is for: the comment, and what its reply says besides. */
export interface AnswerTo {
  issue: number;
  commentId: number;
  /** Said in the reply besides the command's answers (commands not run). */
  notices: string[];
  /** No other command of the comment follows: the 👍 or 😕 is this answer's to give. */
  last: boolean;
  /** A retry of a command told "it will be completed": done, the 😕 is taken back. */
  retried?: boolean;
}

/** What a command came to: the person's answers (refusals, a place on the waitlist). */
export interface Answer {
  replies: string[];
  refused: boolean;
}

/**
 * The writes that answer a command (pure): the reply (the answers and the notices), a retried
 * command's 😕 taken back and its reply mended, then the 👍 or 😕 when no other command follows.
 */
export function answerEffects(to: AnswerTo, answer: Answer): Effect[] {
  const replies = [...answer.replies, ...to.notices];
  const reply = marker(`reply:${to.commentId}`);
  const effects: Effect[] = [];
  if (replies.length > 0)
    effects.push({
      kind: "upsert-comment",
      issue: to.issue,
      marker: reply,
      body: renderReply(replies),
    });
  if (!to.last) return effects;
  if (to.retried && !answer.refused)
    effects.push({ kind: "unreact", commentId: to.commentId, content: "confused" });
  if (to.retried && replies.length === 0)
    effects.push({
      kind: "upsert-comment",
      issue: to.issue,
      marker: reply,
      body: renderReply(["Done: Roundtable completed this command after GitHub failed a moment."]),
    });
  effects.push({
    kind: "react",
    commentId: to.commentId,
    content: answer.refused ? "confused" : "+1",
  });
  return effects;
}

/**
 * A meeting command taken: marked 👀 on its own, before anything is read, so the person sees at
 * once that it was taken, and a command whose read never ends is still found and settled.
 */
export const commandSeen: UseCase<{ commentId: number }, null, Record<string, never>> = {
  load: async () => null,
  plan: (_, { commentId }) => ({
    effects: [{ kind: "react", commentId, content: "eyes" }],
    result: {},
  }),
};

/** A command answered once what it waited for is done (the meeting's pages written or not). */
export const commandAnswered: UseCase<
  { to: AnswerTo; answer: Answer },
  null,
  Record<string, never>
> = {
  load: async () => null,
  plan: (_, { to, answer }) => ({ effects: answerEffects(to, answer), result: {} }),
};
