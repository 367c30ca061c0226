import {
  type Assignment,
  fitsExactModel,
  type Problem,
  readKeep,
  readProblem,
  type ScheduleResult,
  scheduleGrid,
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

/** An event scheduled from the files a person named, and the grid they read. */
export interface ScheduledFiles {
  problem: Problem;
  result: ScheduleResult;
  /** A table per day: rooms by slots, each session with its expected attendance. */
  grid: string[];
  /** What reading, solving and laying out took, in milliseconds. */
  ms: number;
}

/**
 * `roundtable schedule`: the event in the files a person named, scheduled.
 * 1. Read and check the problem (docs/schedule-format.md), then the schedule published before,
 *    if one is named (`read` is the caller's: a file's text, or its one-line error).
 * 2. Schedule it (`scheduleEvent`), keeping the published meetings where it can.
 * 3. Lay the schedule out as the grid a person reads.
 */
export async function scheduleFromFiles(
  files: { problem: string; keep?: string | undefined },
  read: (file: string, what: string) => string,
): Promise<ScheduledFiles> {
  const problem = readProblem(read(files.problem, "problem"), files.problem);
  const keep = files.keep ? readKeep(read(files.keep, "kept schedule"), files.keep) : null;
  const started = performance.now();
  const result = await scheduleEvent(problem, { keep });
  const ms = Math.round(performance.now() - started);
  return { problem, result, grid: scheduleGrid(problem, result.assignment), ms };
}
