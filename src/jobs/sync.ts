import type { Config } from "../config/index.js";
import {
  type Board,
  boardOf,
  checkTopicFields,
  type Effect,
  marker,
  type Plan,
  type ProjectView,
  planBoardSync,
  type Snapshot,
  siteOf,
} from "../core/index.js";
import {
  applyPlan,
  type GitHub,
  type LoadCost,
  type LoadProgress,
  loadSnapshot,
  readProject,
} from "../github/index.js";
import { renderQueueComment, toMarkdown } from "../render/index.js";
import { setupProject } from "./setup-project.js";

export interface SyncOptions {
  owner: string;
  repo: string;
  config: Config;
  now: string;
  dryRun: boolean;
  /** Leave the column's order as a person just set it (a reorder on the board by hand). */
  keepOrder?: boolean;
  log: (line: string) => void;
  onProgress?: (progress: LoadProgress) => void;
}

export interface SyncResult {
  /** The board as read before the plan was applied (the plan only makes GitHub show it). */
  snapshot: Snapshot;
  board: Board;
  plan: Plan;
  applied: Effect[];
  cost: LoadCost;
  /** The queue: topic numbers in order. */
  queue: number[];
  /** The project as read before the plan, when one is configured. */
  project: ProjectView | null;
}

/**
 * The sync job: the board on GitHub made to match the votes.
 *
 * 1. Load the snapshot, and the project when one is configured (with project.setup, adding the
 *    fields and options it lacks; then checking them).
 * 2. Tally the votes and order the queue.
 * 3. Plan: topics onto the board, Status fields, the To-discuss column in queue order with the
 *    fewest moves, and the queue comment on the board issue.
 * 4. Apply the plan through the write gate (or print it, in a dry run).
 */
export async function sync(github: GitHub, options: SyncOptions): Promise<SyncResult> {
  const { owner, repo, config } = options;
  const { snapshot, cost } = await loadSnapshot(github, {
    owner,
    repo,
    config,
    now: options.now,
    onProgress: options.onProgress,
  });
  let project: ProjectView | null = null;
  if (config.project) {
    const read = await readProject(github, config.project, `${owner}/${repo}`);
    cost.graphqlRequests += read.requests;
    project = read.view;
    // With project.setup, what the board lacks is added first; in a dry run it is only printed,
    // so the check would refuse what the run would have added.
    const setup = config.project.setup
      ? await setupProject(github, { ...options, project })
      : undefined;
    if (setup) {
      cost.graphqlRequests += setup.requests;
      project = setup.project;
    }
    if (!(setup && options.dryRun && setup.plan.length > 0)) checkTopicFields(project, config);
  }
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
  const applied = await applyPlan(github, plan, {
    owner,
    repo,
    project,
    dryRun: options.dryRun,
    log: options.log,
  });
  return {
    snapshot,
    board,
    plan,
    applied,
    cost,
    queue: board.queue.toDiscuss.map((e) => e.topic.number),
    project,
  };
}
