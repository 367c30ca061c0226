import type { Config } from "../config/index.js";
import type { Board } from "./board/board.js";
import type { ProjectView } from "./board/project-view.js";
import type { Queue } from "./board/queue.js";
import { planBoardSync } from "./board/sync-plan.js";
import { boardOf } from "./board-of.js";
import { marker, type Plan } from "./plan.js";
import { type Snapshot, siteOf } from "./snapshot.js";

/**
 * The text of the queue comment, rendered apart (`render/board/queue-comment.ts`
 * `queueCommentText`): core decides that the comment is wanted and what it shows, and may not
 * import render/.
 */
export type QueueText = (queue: Queue, site: string, topicsPage: string) => string;

/**
 * The recount, as a plan: the board a snapshot describes, and what it takes to make GitHub show
 * it (topics onto the project, their Status, the To-discuss column in queue order with the fewest
 * moves, the queue comment). Pure: every use case that recounts plans it this way.
 */
export function planRecount(
  snapshot: Snapshot,
  config: Config,
  project: ProjectView | null,
  queueText: QueueText,
  options: { keepOrder?: boolean } = {},
): { board: Board; plan: Plan } {
  const board = boardOf(snapshot, config);
  const plan: Plan = project
    ? planBoardSync(board, config, project).filter((e) => !(options.keepOrder && e.kind === "move"))
    : [];
  if (config.sync.queueIssue !== null) {
    plan.push({
      kind: "upsert-comment",
      issue: config.sync.queueIssue,
      marker: marker("queue"),
      body: queueText(board.queue, siteOf(snapshot), config.pages.topics),
    });
  }
  return { board, plan };
}
