import type { Config } from "../config/index.js";
import {
  type Command,
  checkinsMarker,
  checkinsOf,
  type Effect,
  marker,
  planKrCheckin,
  siteOf,
} from "../core/index.js";
import { type KeyResultRead, readKeyResult } from "../github/index.js";
import { renderCheckinsComment, renderReply } from "../render/index.js";
import type { CommentInput } from "./comment-input.js";
import type { UseCase } from "./use-case.js";

/** The key result's check-ins after the comment's commands, and what to tell its author. */
function checkinsAfter(
  read: KeyResultRead,
  { comment, checkins: commands }: CheckinInput,
  config: Config,
) {
  let checkins = checkinsOf(read.issue);
  let changed = false;
  const replies: string[] = [];
  for (const command of commands) {
    const plan = planKrCheckin({
      keyResult: read.issue,
      objectiveOwner: read.objectiveOwner,
      login: comment.login,
      args: command.args,
      comment: comment.id,
      at: comment.createdAt,
      checkins,
      config,
    });
    if (plan.refused) replies.push(plan.reply);
    else {
      checkins = plan.checkins;
      changed ||= plan.changed;
    }
  }
  return { checkins, changed, replies };
}

/** A comment's /checkin commands off a meeting, as the key result's use case takes them. */
export type CheckinInput = CommentInput & { checkins: Command[] };

/**
 * `/checkin <value> [status] [note]` on a key result (the meeting's /checkin is another command,
 * told apart by the issue it is given on), run by `runUseCase`.
 *
 * 1. Re-read the issue: a key result (by type, else label)? Else leave the commands alone
 *    (`handled` false: the topic job takes them).
 * 2. Plan each check-in: who may give it, its value; once per comment, across redeliveries. The
 *    check-ins comment, a reply to a refusal, 👍 or 😕.
 * 3. The runner applies the plan through the write gate.
 */
export const onKeyResultCheckin: UseCase<CheckinInput, KeyResultRead | null, { handled: boolean }> =
  {
    load: ({ github, owner, repo, config }, { issue }) =>
      readKeyResult(github, { owner, repo, number: issue.number, config }),
    plan(read, input, { owner, repo, config, now }) {
      if (!read) return { effects: [], result: { handled: false } };
      const { comment } = input;
      const { checkins, changed, replies } = checkinsAfter(read, input, config);
      const site = siteOf({ repository: `${owner}/${repo}`, takenAt: now, issues: [read.issue] });
      const effects: Effect[] = [
        ...(changed
          ? [
              {
                kind: "upsert-comment" as const,
                issue: read.issue.number,
                marker: checkinsMarker,
                body: renderCheckinsComment(checkins, site),
              },
            ]
          : []),
        ...(replies.length > 0
          ? [
              {
                kind: "upsert-comment" as const,
                issue: read.issue.number,
                marker: marker(`reply:${comment.id}`),
                body: renderReply(replies),
              },
            ]
          : []),
        {
          kind: "react" as const,
          commentId: comment.id,
          content: replies.length > 0 ? ("confused" as const) : ("+1" as const),
        },
      ];
      return { effects, result: { handled: true } };
    },
  };
