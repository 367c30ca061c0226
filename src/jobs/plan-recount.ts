import type { Config } from "../config/index.js";
import {
  type Board,
  boardOf,
  marker,
  type Plan,
  type ProjectView,
  planBoardSync,
  type Snapshot,
  siteOf,
} from "../core/index.js";
import { renderQueueComment, toMarkdown } from "../render/index.js";

/**
 * The recount, as a plan: the board a snapshot describes, and what it takes to make GitHub show
 * it (topics onto the project, their Status, the To-discuss column in queue order with the fewest
 * moves, the queue comment). Pure: every job that recounts plans it this way.
 */
export function planRecount(
  snapshot: Snapshot,
  config: Config,
  project: ProjectView | null,
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
      body: toMarkdown(renderQueueComment(board.queue, siteOf(snapshot), config.pages.topics)),
    });
  }
  return { board, plan };
}
