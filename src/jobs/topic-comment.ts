import {
  boardOf,
  type Command,
  needsModeration,
  type Plan,
  planTopicCommands,
  sameName,
  snapshotAfter,
  type Topic,
} from "../core/index.js";
import { planRecount } from "../core/plan-recount.js";
import { hasWriteAccess } from "../github/index.js";
import { queueCommentText } from "../render/board/queue-comment-text.js";
import { answerEffects } from "./command-answer.js";
import { type BoardRead, loadBoard } from "./load-board.js";
import type { UseCase } from "./use-case.js";

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

/** What a topic comment reads: the board (on a topic), the topic, whether the person moderates. */
interface TopicRead {
  read: BoardRead | null;
  topic: Topic | undefined;
  moderates: boolean;
}

/**
 * A comment on an issue, with topic commands or none, run by `runUseCase`.
 *
 * 1. Load the board, when the issue is a topic (the topic as GitHub holds it now, never the
 *    webhook's copy), and whether the person has write access, when a command needs a moderator.
 * 2. Plan each command; the reply (refusals, /help); 👍 or 😕; and the recount of the board as
 *    the commands leave it.
 * 3. The runner applies the plan through the write gate (or prints it, in a dry run).
 *
 * No 👀 first: a topic command is answered in a moment, in one plan (👍 or 😕, at most one
 * reply), so a comment flooded with commands costs its effects, one reply and one reaction.
 */
export const onTopicComment: UseCase<TopicCommentInput, TopicRead, Record<string, never>> = {
  async load(run, { isTopic, issue, comment, commands }) {
    const { github, owner, repo, config } = run;
    const read = isTopic ? await loadBoard(github, run) : null;
    const topic = read
      ? boardOf(read.snapshot, config).topics.find((t) => t.number === issue)
      : undefined;
    const moderates =
      commands.some((c) => needsModeration(c, topic, comment.login)) &&
      (config.facilitators.some((f) => sameName(f, comment.login)) ||
        (await hasWriteAccess(github, owner, repo, comment.login)));
    return { read, topic, moderates };
  },
  plan({ read, topic, moderates }, options, { config, now }) {
    const { comment, commands } = options;
    const planned = planTopicCommands(commands, topic, { login: comment.login, moderates }, config);
    // The reply (refusals, /help, notices), a retried command's mending, the 👍 or 😕.
    const answer = answerEffects(
      {
        issue: options.issue,
        commentId: comment.id,
        notices: options.notices ?? [],
        last: commands.length > 0,
        ...(options.retried ? { retried: true } : {}),
      },
      planned,
    );
    const plan: Plan = [...planned.effects, ...answer];
    if (read && topic)
      plan.push(
        ...planRecount(
          snapshotAfter(read.snapshot, planned.effects, now),
          config,
          read.project,
          queueCommentText,
        ).plan,
      );
    return { effects: plan, project: read?.project ?? null, result: {} };
  },
};
