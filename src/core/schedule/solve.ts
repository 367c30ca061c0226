import { type Bounds, boundsOf } from "./bounds.js";
import { evaluate, type Figures } from "./evaluate.js";
import { explainMoves, explainUnscheduled, type Move, type Unscheduled } from "./explain.js";
import { compareIds, greedy } from "./greedy.js";
import { localSearch } from "./local-search.js";
import { type LpSolver, mipSize, mipVariableLimit, solveMip } from "./mip.js";
import { buildModel, type Model } from "./model.js";
import type { Assignment, Placement, Problem } from "./problem.js";
import { ScheduleState } from "./state.js";

export interface SolveOptions {
  /** The schedule already published: replanning moves as few of its meetings as it can. */
  keep?: Assignment | null;
  /** A MIP solver (HiGHS): problems small enough are then solved exactly. */
  solver?: LpSolver | null;
  /** Moves the local search may evaluate (deterministic, unlike a clock). */
  budget?: number;
  /** Seconds HiGHS may spend on each objective level. */
  mipSeconds?: number;
}

/** A figure next to the best any schedule could do, where that is known. */
export interface Figure {
  value: number;
  bound: number | null;
}

export interface ScheduleStats {
  method: "mip" | "local-search";
  /** Proved optimal: by the MIP, or because every figure meets its bound. */
  optimal: boolean;
  /** Moves the local search evaluated. */
  evaluations: number;
  meetings: { asked: number; placed: number; bound: number };
  requestedTimesMissed: Figure;
  roomsTooSmallForTop: Figure;
  roomsTooSmallForBottom: Figure;
  moved: Figure | null;
  conflicts: Figure;
  trackClashes: Figure;
  attendance: Figure;
  tornVoters: number;
  tracksSplit: Figure;
  emptyRoomSlots: number;
  chairClashes: number;
  groupClashes: number;
  roomClashes: number;
  plenaryRulesBroken: number;
  /** The greedy start's objective, before local search (same order as the objective). */
  greedy: {
    placed: number;
    requestedTimesMissed: number;
    roomsTooSmallForTop: number;
    attendance: number;
  };
}

export interface ScheduleResult {
  assignment: Assignment;
  unscheduled: Unscheduled[];
  moves: Move[];
  stats: ScheduleStats;
}

const defaultBudget = 4_000_000;

/**
 * Schedules a problem: a greedy start, improved by local search; where the problem is small and
 * a MIP solver is given, solved exactly instead (level by level, in the objective's order). With
 * `keep`, kept meetings start where they were and moving one costs right after room size.
 */
export function solveSchedule(given: Problem, options: SolveOptions = {}): ScheduleResult {
  // In id order: the same sessions listed in another order give the same schedule.
  const problem = {
    ...given,
    sessions: [...given.sessions].sort((a, b) => compareIds(a.id, b.id)),
  };
  const keep = options.keep ?? null;
  const model = buildModel(problem, keep);
  const state = new ScheduleState(model);
  greedy(state);
  const greedyObjective = [...state.objective];
  const evaluations = localSearch(state, options.budget ?? defaultBudget);
  let cells = cellsOf(state);
  let method: ScheduleStats["method"] = "local-search";
  let proved = false;
  const bounds = boundsOf(model);
  const proven = provedLevels(state.objective, bounds, model);
  if (proven.length === state.objective.length) proved = true;
  else if (options.solver && mipSize(model) <= mipVariableLimit) {
    const exact = solveMip(model, options.solver, options.mipSeconds ?? 10, proven);
    if (exact) {
      cells = exact.cells;
      method = "mip";
      proved = true;
    }
  }
  const assignment = assignmentOf(model, cells);
  const figures = evaluate(problem, assignment);
  return {
    assignment,
    unscheduled: explainUnscheduled(model, cells),
    moves: keep ? explainMoves(model, keep, assignment) : [],
    stats: statsOf(figures, bounds, {
      method,
      proved,
      evaluations,
      keep: keep !== null || model.anchor.some((a) => a >= 0),
      moved: moveCount(keep, assignment, problem),
      greedyObjective,
    }),
  };
}

/**
 * The first objective levels the local search has proved optimal: each meets the bound that holds
 * once the levels before it are optimal (room sizes, moves and conflicts: once no requested time
 * is missed).
 */
function provedLevels(objective: number[], b: Bounds, model: Model): number[] {
  const asked = model.meetingSession.length;
  const bounds = [
    asked - b.placed,
    b.missed,
    b.tooSmallTop,
    b.moved,
    b.tooSmallBottom,
    b.conflicts + b.trackClashes,
    -b.attendance,
    0,
  ];
  const proven: number[] = [];
  for (const [level, value] of objective.entries()) {
    if (level >= 2 && objective[1] !== 0) break;
    if (value > (bounds[level] as number)) break;
    proven.push(value);
  }
  return proven;
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

function statsOf(
  f: Figures,
  b: Bounds,
  run: {
    method: ScheduleStats["method"];
    proved: boolean;
    evaluations: number;
    keep: boolean;
    moved: number;
    greedyObjective: number[];
  },
): ScheduleStats {
  const asked = f.asked;
  // Bounds after the first two levels hold for schedules that keep every requested time.
  const keepsAll = f.requestedTimesMissed === 0;
  const exact = (value: number) => ({ value, bound: value });
  const figure = (value: number, bound: number | null): Figure =>
    run.proved ? exact(value) : { value, bound };
  const stats: ScheduleStats = {
    method: run.method,
    optimal: false,
    evaluations: run.evaluations,
    meetings: { asked, placed: f.placed, bound: run.proved ? f.placed : b.placed },
    requestedTimesMissed: figure(f.requestedTimesMissed, f.placed === b.placed ? b.missed : null),
    roomsTooSmallForTop: figure(f.roomsTooSmallForTop, keepsAll ? b.tooSmallTop : null),
    roomsTooSmallForBottom: figure(f.roomsTooSmallForBottom, keepsAll ? b.tooSmallBottom : null),
    moved: run.keep ? figure(run.moved, keepsAll ? b.moved : null) : null,
    conflicts: figure(f.conflicts, keepsAll ? b.conflicts : null),
    trackClashes: figure(f.trackClashes, keepsAll ? b.trackClashes : null),
    attendance: figure(f.attendance, b.attendance),
    tornVoters: f.tornVoters,
    tracksSplit: figure(f.tracksSplit, 0),
    emptyRoomSlots: f.emptyRoomSlots,
    chairClashes: f.chairClashes,
    groupClashes: f.groupClashes,
    roomClashes: f.roomClashes + f.sessionTwiceInSlot + f.tooManyMeetings + f.unknownPlaces,
    plenaryRulesBroken: f.plenaryRulesBroken,
    greedy: {
      placed: asked - (run.greedyObjective[0] as number),
      requestedTimesMissed: run.greedyObjective[1] as number,
      roomsTooSmallForTop: run.greedyObjective[2] as number,
      attendance: -(run.greedyObjective[6] as number),
    },
  };
  const met = (x: Figure | null, better: "low" | "high" = "low") =>
    x === null ||
    (x.bound !== null && (better === "low" ? x.value <= x.bound : x.value >= x.bound));
  stats.optimal =
    run.proved ||
    (f.placed === stats.meetings.bound &&
      met(stats.requestedTimesMissed) &&
      met(stats.roomsTooSmallForTop) &&
      met(stats.moved) &&
      met(stats.roomsTooSmallForBottom) &&
      met(stats.conflicts) &&
      met(stats.trackClashes) &&
      met(stats.attendance, "high") &&
      met(stats.tracksSplit));
  return stats;
}
