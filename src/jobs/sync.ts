import type { Board, Effect, Plan, ProjectView, Snapshot } from "../core/index.js";
import { applyPlan, type LoadCost } from "../github/index.js";
import { loadBoard } from "./load-board.js";
import { planRecount } from "./plan-recount.js";
import { gateOf, type RunContext } from "./run-context.js";
import { setupProject } from "./setup-project.js";

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
 *    fields and options it lacks first; then checking them).
 * 2. Tally the votes and order the queue.
 * 3. Plan: topics onto the board, Status fields, the To-discuss column in queue order with the
 *    fewest moves, and the queue comment on the board issue.
 * 4. Apply the plan through the write gate (or print it, in a dry run).
 */
export async function sync(
  run: RunContext,
  input: {
    /** Leave the column's order as a person just set it (a reorder on the board by hand). */
    keepOrder?: boolean;
  } = {},
): Promise<SyncResult> {
  const { github, config } = run;
  // With project.setup, what the board lacks is added first. In a dry run it is only printed, so
  // the board still lacks it and its check waits for the real run.
  const setup = config.project?.setup ? await setupProject(run) : undefined;
  const pending = setup !== undefined && run.dryRun && setup.plan.length > 0;
  const { snapshot, project, cost } = await loadBoard(github, {
    ...run,
    checkFields: !pending,
    // Setup read the project (again, after changing it): the same run needs no third read.
    ...(setup ? { project: setup.project } : {}),
  });
  cost.graphqlRequests += setup?.requests ?? 0;
  const { board, plan } = planRecount(snapshot, config, project, input);
  const applied = await applyPlan(github, plan, gateOf(run, project));
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
