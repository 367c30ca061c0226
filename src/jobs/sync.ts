import type { Board, ProjectView, Snapshot } from "../core/index.js";
import { planRecount } from "../core/plan-recount.js";
import type { LoadCost } from "../github/index.js";
import { markChanged } from "../github/kept-read.js";
import { queueCommentText } from "../render/board/queue-comment-text.js";
import { withConfig } from "./cached-config.js";
import { type BoardRead, loadBoard } from "./load-board.js";
import { type Arrival, foldedRecount } from "./recount-fold.js";
import type { RepoRun } from "./run-context.js";
import { setupProject } from "./setup-project.js";
import { runUseCase, type UseCase } from "./use-case.js";

export interface SyncResult {
  /** The board as read before the plan was applied (the plan only makes GitHub show it). */
  snapshot: Snapshot;
  board: Board;
  cost: LoadCost;
  /** The queue: topic numbers in order. */
  queue: number[];
  /** The project as read before the plan, when one is configured. */
  project: ProjectView | null;
}

interface SyncInput {
  /** Leave the column's order as a person just set it (a reorder on the board by hand). */
  keepOrder?: boolean;
}

/**
 * The sync job: the board on GitHub made to match the votes. Run by `runUseCase`.
 *
 * 1. Load the snapshot, and the project when one is configured (with project.setup, the
 *    project's setup run first, as its own use case: the fields and options it lacks added,
 *    then the project read again if it changed, and checked).
 * 2. Plan: tally the votes and order the queue; topics onto the board, Status fields, the
 *    To-discuss column in queue order with the fewest moves, and the queue comment on the board
 *    issue.
 * 3. The runner applies the plan through the write gate (or prints it, in a dry run).
 */
export const sync: UseCase<SyncInput, BoardRead, SyncResult> = {
  async load(run) {
    // With project.setup, what the board lacks is added first. In a dry run it is only printed,
    // so the board still lacks it and its check waits for the real run.
    const setup = run.config.project?.setup ? await runUseCase(setupProject, run) : undefined;
    const pending = setup !== undefined && run.dryRun && setup.plan.length > 0;
    const read = await loadBoard(run.github, {
      ...run,
      checkFields: !pending,
      // Setup read the project: unchanged, the same run needs no second read.
      ...(setup && setup.applied.length === 0 ? { project: setup.project } : {}),
    });
    read.cost.graphqlRequests += setup?.requests ?? 0;
    return read;
  },
  plan({ snapshot, project, cost }, input, { config }) {
    const { board, plan } = planRecount(snapshot, config, project, queueCommentText, input);
    const queue = board.queue.toDiscuss.map((e) => e.topic.number);
    return { effects: plan, project, result: { snapshot, board, cost, queue, project } };
  },
};

/**
 * Issues changed in a way no issue listing shows (a type, a parent, a card a person set on the
 * board): they are asked about again, and the board is recounted with the column's order left as
 * it stands, folded into a recount that started after the change came (recount-fold.ts). With
 * `projectOnly`, only a repository with a project is recounted (a card moved on it).
 */
export async function recountChanged(
  run: RepoRun,
  numbers: number[],
  arrival: Arrival,
  options: { projectOnly?: boolean } = {},
): Promise<void> {
  if (run.github.reads) await markChanged(run.github.reads, `${run.owner}/${run.repo}`, numbers);
  const configured = await withConfig(run, null);
  if (!configured || (options.projectOnly && !configured.config.project)) return;
  await foldedRecount(run, arrival, () => runUseCase(sync, configured, { keepOrder: true }));
}
