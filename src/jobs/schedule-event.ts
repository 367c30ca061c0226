import {
  type Assignment,
  fitsExactModel,
  type Problem,
  type ScheduleResult,
  solveSchedule,
} from "../core/schedule/index.js";
import { loadLpSolver } from "../schedule-solver/index.js";

export interface ScheduleEventInput {
  /** The schedule already published: kept meetings move only where they must. */
  keep?: Assignment | null;
  /** Moves the local search may evaluate. */
  budget?: number;
}

/**
 * Schedules an event, for the CLI, the app and the Action alike:
 * 1. greedy and local search; done when every level meets the bound it proved;
 * 2. else, where the problem is small enough for the exact model, load HiGHS (WebAssembly, from
 *    the package, once per process) and solve again: the same search (it is deterministic), then
 *    HiGHS on the levels left unproved within a budget of work, the better schedule kept.
 * The schedule is the same on any machine; the clock only reports what each step took.
 */
export async function scheduleEvent(
  problem: Problem,
  options: ScheduleEventInput = {},
): Promise<ScheduleResult> {
  const base = {
    keep: options.keep ?? null,
    clock: () => performance.now(),
    ...(options.budget ? { budget: options.budget } : {}),
  };
  const heuristic = solveSchedule(problem, base);
  if (heuristic.stats.optimal || !fitsExactModel(problem)) return heuristic;
  return solveSchedule(problem, { ...base, solver: await loadLpSolver() });
}
