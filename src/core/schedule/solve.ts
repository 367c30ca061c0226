import { type Bounds, boundsOf } from "./bounds.js";
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
  const searched = search(model, problem, keep, options.budget ?? defaultBudget);
  const bounds = boundsOf(model);
  const searchMs = clock() - started;
  const best = solveExactly(model, bounds, searched.state, options, clock);
  const assignment = assignmentOf(model, best.cells);
  const asked = model.meetingSession.length;
  const levels = reportLevels(
    best.objective,
    levelBounds(bounds, asked, best.objective),
    best.mip,
    {
      method: best.method,
      searchMs,
    },
  );
  return {
    assignment,
    unscheduled: explainUnscheduled(model, best.cells),
    moves: keep ? explainMoves(model, keep, assignment) : [],
    stats: statsOf(evaluate(problem, assignment), bounds, {
      method: best.method,
      evaluations: searched.evaluations,
      keep: keep !== null || model.anchor.some((a) => a >= 0),
      moved: moveCount(keep, assignment, problem),
      greedyObjective: searched.greedyObjective,
      levels,
      ms: { search: searchMs, mip: best.mipMs },
    }),
  };
}

/** The greedy start improved by local search, and with `keep`, the better of that and a fresh start. */
function search(
  model: Model,
  problem: Problem,
  keep: Assignment | null,
  budget: number,
): { state: ScheduleState; greedyObjective: number[]; evaluations: number } {
  let state = new ScheduleState(model);
  greedy(state);
  const greedyObjective = [...state.objective];
  let evaluations = localSearch(state, budget);
  if (keep) {
    // Starting from the kept schedule can trap the search where a fresh start does better on a
    // level before "moved" (a room too small that a reshuffle fixes): replan from a fresh
    // schedule too, keeping what it can of the old one, and keep the better of the two.
    const fresh = freshStart(model, problem, budget);
    evaluations += fresh.evaluations;
    if (compare(fresh.state.objective, state.objective) < 0) state = fresh.state;
  }
  return { state, greedyObjective, evaluations };
}

/** The schedule kept, its objective, what found it, and what HiGHS reported per level. */
interface Best {
  cells: number[][];
  objective: number[];
  method: ScheduleStats["method"];
  mip: Array<MipLevel | null>;
  mipMs: number;
}

/**
 * The searched schedule, or HiGHS's where some level is not proved by a bound, the model is small
 * enough, a solver is given, and its schedule is better when counted again.
 */
function solveExactly(
  model: Model,
  bounds: Bounds,
  searched: ScheduleState,
  options: SolveOptions,
  clock: () => number,
): Best {
  const best: Best = {
    cells: cellsOf(searched),
    objective: [...searched.objective],
    method: "local-search",
    mip: [],
    mipMs: 0,
  };
  const asked = model.meetingSession.length;
  const proven = provedLevels(best.objective, levelBounds(bounds, asked, best.objective));
  if (proven.length >= best.objective.length || !options.solver) return best;
  if (mipSize(model) > mipVariableLimit) return best;
  const mipStarted = clock();
  const exact = solveMip(model, options.solver, {
    nodes: options.mipNodes ?? defaultMipNodes,
    proved: proven,
    incumbent: best.objective,
    clock,
  });
  best.mipMs = clock() - mipStarted;
  best.mip = exact.levels;
  const found = exact.cells ? objectiveOf(model, exact.cells) : null;
  if (!exact.cells || !found || compare(found, best.objective) >= 0) return best;
  return { ...best, cells: exact.cells, objective: found, method: "mip" };
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
