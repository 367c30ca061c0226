import { boundsOf } from "./bounds.js";
import { evaluate } from "./evaluate.js";
import { explainMoves, explainUnscheduled, type Move, type Unscheduled } from "./explain.js";
import { compareIds, greedy } from "./greedy.js";
import { levelBounds, provedLevels } from "./level-bounds.js";
import { localSearch } from "./local-search.js";
import { type LpSolver, type MipLevel, mipSize, mipVariableLimit, solveMip } from "./mip.js";
import { buildModel, type Model } from "./model.js";
import type { Assignment, Placement, Problem } from "./problem.js";
import { type LevelReport, type ScheduleStats, statsOf } from "./schedule-stats.js";
import { compare, objectiveNames, ScheduleState } from "./state.js";

export type { Figure, LevelReport, ScheduleStats } from "./schedule-stats.js";

export interface SolveOptions {
  /** The schedule already published: replanning moves as few of its meetings as it can. */
  keep?: Assignment | null;
  /** A MIP solver (HiGHS): problems small enough are then solved exactly. */
  solver?: LpSolver | null;
  /** Moves the local search may evaluate (deterministic, unlike a clock). */
  budget?: number;
  /** Branch-and-bound nodes HiGHS may process per objective level (work, not time). */
  mipNodes?: number;
  /** Milliseconds from a fixed point, to report what each step took; the schedule never depends on it. */
  clock?: () => number;
}

export interface ScheduleResult {
  assignment: Assignment;
  unscheduled: Unscheduled[];
  moves: Move[];
  stats: ScheduleStats;
}

const defaultBudget = 4_000_000;
/** Nodes per level: enough for the small problems the exact model takes, bounded on any machine. */
const defaultMipNodes = 2_000;

/**
 * Schedules a problem: a greedy start, improved by local search; where a level is not proved by
 * a bound, the problem is small and a MIP solver is given, HiGHS solves it level by level with a
 * budget of work, held to the local search's values, and the better schedule is kept. With
 * `keep`, kept meetings start where they were and moving one costs right after room size.
 */
export function solveSchedule(given: Problem, options: SolveOptions = {}): ScheduleResult {
  // In id order: the same sessions listed in another order give the same schedule.
  const problem = {
    ...given,
    sessions: [...given.sessions].sort((a, b) => compareIds(a.id, b.id)),
  };
  const clock = options.clock ?? (() => 0);
  const keep = options.keep ?? null;
  const started = clock();
  const model = buildModel(problem, keep);
  let state = new ScheduleState(model);
  greedy(state);
  const greedyObjective = [...state.objective];
  let evaluations = localSearch(state, options.budget ?? defaultBudget);
  if (keep) {
    // Starting from the kept schedule can trap the search where a fresh start does better on a
    // level before "moved" (a room too small that a reshuffle fixes): replan from a fresh
    // schedule too, keeping what it can of the old one, and keep the better of the two.
    const fresh = freshStart(model, problem, options.budget ?? defaultBudget);
    evaluations += fresh.evaluations;
    if (compare(fresh.state.objective, state.objective) < 0) state = fresh.state;
  }
  const bounds = boundsOf(model);
  const searchMs = clock() - started;
  let cells = cellsOf(state);
  let objective = [...state.objective];
  let method: ScheduleStats["method"] = "local-search";
  const asked = model.meetingSession.length;
  const proven = provedLevels(objective, levelBounds(bounds, asked, objective));
  let mipLevels: Array<MipLevel | null> = [];
  let mipMs = 0;
  if (proven.length < objective.length && options.solver && mipSize(model) <= mipVariableLimit) {
    const mipStarted = clock();
    const exact = solveMip(model, options.solver, {
      nodes: options.mipNodes ?? defaultMipNodes,
      proved: proven,
      incumbent: objective,
      clock,
    });
    mipMs = clock() - mipStarted;
    mipLevels = exact.levels;
    const found = exact.cells ? objectiveOf(model, exact.cells) : null;
    if (exact.cells && found && compare(found, objective) < 0) {
      cells = exact.cells;
      objective = found;
      method = "mip";
    }
  }
  const assignment = assignmentOf(model, cells);
  const levels = reportLevels(objective, levelBounds(bounds, asked, objective), mipLevels, {
    method,
    searchMs,
  });
  return {
    assignment,
    unscheduled: explainUnscheduled(model, cells),
    moves: keep ? explainMoves(model, keep, assignment) : [],
    stats: statsOf(evaluate(problem, assignment), bounds, {
      method,
      evaluations,
      keep: keep !== null || model.anchor.some((a) => a >= 0),
      moved: moveCount(keep, assignment, problem),
      greedyObjective,
      levels,
      ms: { search: searchMs, mip: mipMs },
    }),
  };
}

/**
 * A replanning start from a fresh schedule: the problem scheduled as if nothing were kept, then,
 * in the model that counts moves, pinned meetings first, the fresh places where they still fit,
 * the rest by the greedy, and the local search (which now also brings meetings back home).
 */
function freshStart(
  model: Model,
  problem: Problem,
  budget: number,
): { state: ScheduleState; evaluations: number } {
  const plain = new ScheduleState(buildModel(problem, null));
  greedy(plain);
  let evaluations = localSearch(plain, budget);
  const state = new ScheduleState(model);
  model.pinned.forEach((pinned, m) => {
    const anchor = model.anchor[m] as number;
    if (pinned && state.canPlace(m, anchor)) state.place(m, anchor);
  });
  plain.cell.forEach((cell, m) => {
    if (cell >= 0 && state.cell[m] === -1 && state.canPlace(m, cell)) state.place(m, cell);
  });
  greedy(state);
  evaluations += localSearch(state, budget);
  return { state, evaluations };
}

/**
 * The objective of HiGHS's schedule, counted again by placing it meeting by meeting: null when a
 * placement breaks a hard rule (never expected; a wrong answer must not replace a sound one).
 */
function objectiveOf(model: Model, cells: number[][]): number[] | null {
  const state = new ScheduleState(model);
  for (const [i, list] of cells.entries()) {
    for (const [k, cell] of list.entries()) {
      const m = model.meetingsOf[i]?.[k];
      if (m === undefined || !state.canPlace(m, cell)) return null;
      state.place(m, cell);
    }
  }
  return [...state.objective];
}

/**
 * Each level's value, bound and gap, and what found it. A bound holds once the levels before are
 * optimal, so past the first level not proved, no bound is claimed.
 */
function reportLevels(
  objective: number[],
  bounds: number[],
  mip: Array<MipLevel | null>,
  run: { method: ScheduleStats["method"]; searchMs: number },
): LevelReport[] {
  let chain = true;
  return objectiveNames.map((level, j): LevelReport => {
    const value = objective[j] as number;
    const highs = mip[j] ?? null;
    const byMip = run.method === "mip" && highs !== null;
    const provedByMip = byMip && highs.status === "Optimal" && highs.value === value;
    const met = value <= (bounds[j] as number);
    const bound = chain ? (provedByMip ? value : (bounds[j] as number)) : null;
    chain &&= met || provedByMip;
    return {
      level,
      value,
      bound,
      gap: bound === null ? null : value - bound,
      method: byMip ? "HiGHS" : met && chain ? "bound" : "local search",
      status: highs?.status ?? null,
      ms: highs ? highs.ms : 0,
    };
  });
}

/** Whether the exact model of this problem is small enough for the MIP solver. */
export function fitsExactModel(problem: Problem): boolean {
  return mipSize(buildModel(problem)) <= mipVariableLimit;
}

function cellsOf(state: ScheduleState): number[][] {
  const cells: number[][] = Array.from({ length: state.model.S }, () => []);
  state.cell.forEach((cell, m) => {
    if (cell >= 0) cells[state.model.meetingSession[m] as number]?.push(cell);
  });
  return cells;
}

/** Each session's placements in slot order, then room order. */
function assignmentOf(model: Model, cells: number[][]): Assignment {
  const { problem, R } = model;
  const assignment: Assignment = {};
  problem.sessions.forEach((s, i) => {
    const list = [...(cells[i] ?? [])].sort((a, b) => a - b);
    assignment[s.id] = list.map(
      (cell): Placement => ({
        slot: problem.slots[(cell / R) | 0]?.id as string,
        room: problem.rooms[cell % R]?.name as string,
      }),
    );
  });
  return assignment;
}

/** Kept placements no longer in the schedule: the meetings that moved (or were dropped). */
function moveCount(keep: Assignment | null, assignment: Assignment, problem: Problem): number {
  if (!keep) return 0;
  let moved = 0;
  for (const s of problem.sessions) {
    const now = new Set((assignment[s.id] ?? []).map((p) => `${p.slot}\u0000${p.room}`));
    moved += (keep[s.id] ?? []).filter((p) => !now.has(`${p.slot}\u0000${p.room}`)).length;
  }
  return moved;
}
