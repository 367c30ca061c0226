import {
  type Assignment,
  fitsExactModel,
  type LpSolver,
  type Problem,
  readKeep,
  readProblem,
  type ScheduleResult,
  scheduleGrid,
  solveSchedule,
} from "../core/schedule/index.js";
import { loadLpSolver } from "../schedule-solver/index.js";
import type { OfflineRun, UseCase } from "./use-case.js";

/** An event scheduled from the files a person named, and the grid they read. */
export interface ScheduledFiles {
  problem: Problem;
  result: ScheduleResult;
  /** A table per day: rooms by slots, each session with its expected attendance. */
  grid: string[];
  /** What solving and laying out took, in milliseconds. */
  ms: number;
}

export interface ScheduleEventInput {
  /** The problem's file (docs/schedule-format.md), and the schedule published before, if any. */
  problem: string;
  keep?: string | undefined;
  /** The caller's reader: a file's text, or its one-line error. */
  read: (file: string, what: string) => string;
  /** Moves the local search may evaluate. */
  budget?: number;
}

interface ScheduleLoaded {
  problem: Problem;
  /** The schedule already published: kept meetings move only where they must. */
  keep: Assignment | null;
  /** HiGHS, where the problem is small enough for the exact model; else null. */
  solver: LpSolver | null;
  /** Times each step, for the report only: the schedule is the same whatever it reads. */
  stopwatch: () => number;
}

/**
 * `roundtable schedule`: an event scheduled into rooms and slots, offline (run by `runUseCase`
 * with the command line's run: no repository).
 * 1. Load: read and check the problem (docs/schedule-format.md), then the schedule published
 *    before, if one is named; where the problem is small enough for the exact model, load HiGHS
 *    (WebAssembly, from the package, once per process).
 * 2. Plan (no effect): greedy and local search, done when every level meets the bound it proved;
 *    else the same search (it is deterministic), then HiGHS on the levels left unproved within a
 *    budget of work, the better schedule kept; the schedule laid out as the grid a person reads.
 * The schedule is the same on any machine; the stopwatch only reports what each step took.
 */
export const scheduleEvent: UseCase<
  ScheduleEventInput,
  ScheduleLoaded,
  ScheduledFiles,
  OfflineRun
> = {
  async load(_run, files) {
    const problem = readProblem(files.read(files.problem, "problem"), files.problem);
    const keep = files.keep ? readKeep(files.read(files.keep, "kept schedule"), files.keep) : null;
    const solver = fitsExactModel(problem) ? await loadLpSolver() : null;
    return { problem, keep, solver, stopwatch: () => performance.now() };
  },
  plan({ problem, keep, solver, stopwatch }, input) {
    const started = stopwatch();
    const base = { keep, clock: stopwatch, ...(input.budget ? { budget: input.budget } : {}) };
    const heuristic = solveSchedule(problem, base);
    const result =
      heuristic.stats.optimal || !solver ? heuristic : solveSchedule(problem, { ...base, solver });
    const ms = Math.round(stopwatch() - started);
    return {
      effects: [],
      result: { problem, result, grid: scheduleGrid(problem, result.assignment), ms },
    };
  },
};
