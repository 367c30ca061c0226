import {
  boardOf,
  type Command,
  type Effect,
  marker,
  needsModeration,
  type Plan,
  planTopicCommands,
  sameName,
  snapshotAfter,
  type Topic,
} from "../core/index.js";
import { applyPlan, hasWriteAccess } from "../github/index.js";
import { renderReply } from "../render/index.js";
import { type BoardRead, loadBoard } from "./load-board.js";
import { planRecount } from "./plan-recount.js";
import { gateOf, type RunContext } from "./run-context.js";

export interface TopicCommentInput {
  issue: number;
  /** Whether the issue carries the topic label (a comment on any other issue reads no board). */
  isTopic: boolean;
  comment: { id: number; login: string };
  /** The comment's topic commands (meeting commands go to the meeting job). */
  commands: Command[];
  /** Said in the reply besides the commands' answers (commands not run). */
  notices?: string[];
  /** A retry of a command that failed and was told it will be completed. */
  retried?: boolean;
}

/**
 * A comment on an issue, with topic commands or none.
 *
 * 1. Load the board, when the issue is a topic (the topic as GitHub holds it now, never the
 *    webhook's copy), and whether the person has write access, when a command needs a moderator.
 * 2. Plan each command; the reply (refusals, /help); 👍 or 😕; and the recount of the board as
 *    the commands leave it.
 * 3. Apply the plan through the write gate (or print it, in a dry run).
 */
export async function onTopicComment(
  run: RunContext,
  options: TopicCommentInput,
): Promise<{ plan: Plan; applied: Effect[] }> {
  const { github, owner, repo, config } = run;
  const { comment, commands } = options;
  // No 👀 first: a topic command is answered in a moment, in one plan (👍 or 😕, at most one
  // reply), so a comment flooded with commands costs its effects, one reply and one reaction.
  const read: BoardRead | null = options.isTopic ? await loadBoard(github, run) : null;
  const topic: Topic | undefined = read
    ? boardOf(read.snapshot, config).topics.find((t) => t.number === options.issue)
    : undefined;
  const moderates =
    commands.some((c) => needsModeration(c, topic, comment.login)) &&
    (config.facilitators.some((f) => sameName(f, comment.login)) ||
      (await hasWriteAccess(github, owner, repo, comment.login)));

  const planned = planTopicCommands(commands, topic, { login: comment.login, moderates }, config);
  const plan: Plan = [...planned.effects];
  if (planned.replies.length > 0 || options.notices?.length)
    plan.push({
      kind: "upsert-comment",
      issue: options.issue,
      marker: marker(`reply:${comment.id}`),
      body: renderReply([...planned.replies, ...(options.notices ?? [])]),
    });
  if (commands.length > 0 && options.retried) {
    // A retry of a command told "it will be completed": now it is.
    if (!planned.refused)
      plan.push({ kind: "unreact", commentId: comment.id, content: "confused" });
    if (planned.replies.length === 0 && !options.notices?.length)
      plan.push({
        kind: "upsert-comment",
        issue: options.issue,
        marker: marker(`reply:${comment.id}`),
        body: renderReply([
          "Done: Roundtable completed this command after GitHub failed a moment.",
        ]),
      });
  }
  if (commands.length > 0)
    plan.push({
      kind: "react",
      commentId: comment.id,
      content: planned.refused ? "confused" : "+1",
    });
  if (read && topic)
    plan.push(
      ...planRecount(snapshotAfter(read.snapshot, planned.effects, run.now), config, read.project)
        .plan,
    );
  const applied = await applyPlan(github, plan, gateOf(run, read?.project ?? null));
  return { plan, applied };
}
