import {
  type Command,
  checkinsMarker,
  checkinsOf,
  type Effect,
  marker,
  planKrCheckin,
  siteOf,
} from "../core/index.js";
import { applyPlan, type KeyResultRead, readKeyResult } from "../github/index.js";
import { renderCheckinsComment, renderReply } from "../render/index.js";
import type { CommentRun } from "./comment-input.js";
import { gateOf } from "./run-context.js";

/** The key result's check-ins after the comment's commands, and what to tell its author. */
function checkinsAfter(read: KeyResultRead, commands: Command[], options: CommentRun) {
  const { comment, config } = options;
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

/**
 * `/checkin <value> [status] [note]` on a key result (the meeting's /checkin is another command,
 * told apart by the issue it is given on).
 *
 * 1. Re-read the issue: a key result (by type, else label)? Else leave the commands alone.
 * 2. Plan each check-in: who may give it, its value; once per comment, across redeliveries.
 * 3. Apply: the check-ins comment, a reply to a refusal, 👍 or 😕.
 */
export async function onKeyResultCheckin(
  options: CommentRun,
  commands: Command[],
): Promise<boolean> {
  const { github, owner, repo, config, comment } = options;
  const read = await readKeyResult(github, { owner, repo, number: options.issue.number, config });
  if (!read) return false;
  const { checkins, changed, replies } = checkinsAfter(read, commands, options);
  const site = siteOf({
    repository: `${owner}/${repo}`,
    takenAt: options.now,
    issues: [read.issue],
  });
  const plan: Effect[] = [
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
  await applyPlan(github, plan, gateOf(options, null));
  return true;
}
