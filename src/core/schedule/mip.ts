import type { Model } from "./model.js";
import {
  ATTENDANCE,
  BOTTOM,
  CONFLICTS,
  MISSED,
  MOVED,
  objectiveNames,
  TOP,
  TRACKS,
  UNPLACED,
} from "./state.js";

/**
 * The part of a MIP solver the scheduler uses: a CPLEX-LP model in, the values of its columns out.
 * HiGHS's `highs` package (WebAssembly) fits it as it is; it is passed in, so core/ loads nothing.
 */
export interface LpSolver {
  solve(
    lp: string,
    options?: Record<string, string | number | boolean>,
  ): { Status: string; ObjectiveValue: number; Columns: Record<string, { Primal: number }> };
}

/** Problems up to this many placement variables (session × slot × room) are solved exactly. */
export const mipVariableLimit = 3000;

type Linear = Map<string, number>;

interface MipModel {
  /** One expression per objective level (same order as the state's), as terms + constant. */
  levels: Array<{ terms: Linear; constant: number }>;
  constraints: string[];
  bounds: string[];
  binaries: string[];
  /** x-variable → session, slot, room (the first of its class). */
  placements: Map<string, [number, number, number]>;
  /** First room of a class → the rooms of the class. */
  classes: Map<number, number[]>;
}

function add(expr: Linear, name: string, coef: number): void {
  expr.set(name, (expr.get(name) ?? 0) + coef);
}

function text(expr: Linear): string {
  const parts: string[] = [];
  for (const [name, coef] of expr) {
    if (coef === 0) continue;
    parts.push(`${coef < 0 ? "-" : "+"} ${Math.abs(coef)} ${name}`);
  }
  return parts.length ? parts.join(" ") : "0 dummy";
}

/** The number of x-variables the exact model of this problem would have. */
export function mipSize(model: Model): number {
  let n = 0;
  for (let i = 0; i < model.S; i++)
    n += model.T * (model.allowed[i] as boolean[]).filter(Boolean).length;
  return n;
}

/**
 * The exact model: x(i,t,r) = 1 when session i meets in slot t, room r. Hard rules are rows;
 * each objective of the state is a linear expression (conflicts, attendance and tracks through
 * auxiliary variables that the minimisation pushes to their true values).
 */
function buildMip(model: Model): MipModel {
  const { T, R, S } = model;
  const build: Build = {
    model,
    mip: {
      levels: objectiveNames.map(() => ({ terms: new Map() as Linear, constant: 0 })),
      constraints: [],
      bounds: [],
      binaries: [],
      placements: new Map(),
      classes: roomClasses(model),
    },
    inSlot: Array.from({ length: S }, () => Array.from({ length: T }, () => new Map())),
    cellRows: Array.from({ length: T * R }, () => new Map()),
    keyRows: new Map(),
  };
  // Slots alike (nobody asks for one, nothing kept): relabelled by their first session, session i
  // sits in one of the first i + 1 slots. This cuts the schedules that only reorder slots.
  const slotsAlike = model.requested.every((r) => r === null) && model.anchor.every((a) => a < 0);
  for (let i = 0; i < S; i++) addSession(build, i, slotsAlike ? Math.min(T, i + 1) : T);
  addCapacityRows(build);
  addConflicts(build);
  addAttendance(build);
  return build.mip;
}

/** The model being written, and the rows that sum its placements as it grows. */
interface Build {
  model: Model;
  mip: MipModel;
  /** Per session and slot: its placement variables. */
  inSlot: Linear[][];
  /** Per cell: the placement variables of its room class. */
  cellRows: Linear[];
  /** Per key and slot (`k_t`): the placements that hold the key there. */
  keyRows: Map<string, Linear>;
}

function level(build: Build, at: number): { terms: Linear; constant: number } {
  return build.mip.levels[at] as { terms: Linear; constant: number };
}

/** Session i's placement variables in its first `slots` slots, and its row of at most its meetings. */
function addSession(build: Build, i: number, slots: number): void {
  const { model } = build;
  const meetingsOf = model.meetingsOf[i] as number[];
  const session: SessionCells = {
    meetings: new Map(),
    anchors: new Set(meetingsOf.map((m) => model.anchor[m] as number).filter((a) => a >= 0)),
    pinnedCells: new Set(
      meetingsOf.filter((m) => model.pinned[m]).map((m) => model.anchor[m] as number),
    ),
  };
  level(build, UNPLACED).constant += model.problem.sessions[i]?.meetings ?? 0;
  level(build, MISSED).constant += model.need[i] as number;
  level(build, MOVED).constant += session.anchors.size;
  for (let t = 0; t < slots; t++) {
    for (let r = 0; r < model.R; r++) {
      if (!model.allowed[i]?.[r] || !build.mip.classes.has(r)) continue;
      addPlacement(build, session, [i, t, r]);
    }
  }
  const most = model.problem.sessions[i]?.meetings ?? 0;
  build.mip.constraints.push(`${text(session.meetings)} <= ${most}`);
}

/** One session's sum of placements, and the cells it is kept in or pinned to. */
interface SessionCells {
  meetings: Linear;
  anchors: Set<number>;
  pinnedCells: Set<number>;
}

/** x(i,t,r): its rows, its terms in each level, and a track's room variable u it forces to 1. */
function addPlacement(
  build: Build,
  session: SessionCells,
  [i, t, r]: [number, number, number],
): void {
  const { model, mip } = build;
  const x = `x_${i}_${t}_${r}`;
  const cell = t * model.R + r;
  mip.placements.set(x, [i, t, r]);
  mip.binaries.push(x);
  add(session.meetings, x, 1);
  add(build.inSlot[i]?.[t] as Linear, x, 1);
  add(build.cellRows[cell] as Linear, x, 1);
  for (const k of model.keys[i] as number[]) {
    const row = build.keyRows.get(`${k}_${t}`) ?? new Map();
    add(row, x, 1);
    build.keyRows.set(`${k}_${t}`, row);
  }
  add(level(build, UNPLACED).terms, x, -1);
  if (model.requested[i]?.[t]) add(level(build, MISSED).terms, x, -1);
  if ((model.seats[r] as number) < (model.top[i] as number)) add(level(build, TOP).terms, x, 1);
  if ((model.seats[r] as number) < (model.bottom[i] as number))
    add(level(build, BOTTOM).terms, x, 1);
  if (session.anchors.has(cell)) add(level(build, MOVED).terms, x, -1);
  if (session.pinnedCells.has(cell)) mip.bounds.push(`${x} = 1`);
  for (const k of model.tracks[i] as number[]) {
    const u = `u_${k}_${r}`;
    mip.constraints.push(
      `${text(
        new Map([
          [x, 1],
          [u, -1],
        ]),
      )} <= 0`,
    );
    if (!mip.binaries.includes(u)) {
      mip.binaries.push(u);
      add(level(build, TRACKS).terms, u, 1);
    }
  }
}

/** A cell holds no more than its room class holds; a key (a chair, a group, the session) is in one place a slot. */
function addCapacityRows(build: Build): void {
  const { model, mip } = build;
  build.cellRows.forEach((row, cell) => {
    const rooms = mip.classes.get(cell % model.R) ?? [];
    const holds = rooms.reduce((n, r) => n + (model.holds[r] as number), 0);
    if (row.size) mip.constraints.push(`${text(row)} <= ${holds}`);
  });
  for (const row of build.keyRows.values())
    if (row.size > 1) mip.constraints.push(`${text(row)} <= 1`);
}

/** Conflicts: w >= y_a + y_b - 1 for each pair (a, b) asked apart, per slot. */
function addConflicts(build: Build): void {
  const { model, mip } = build;
  for (let a = 0; a < model.S; a++) {
    for (const b of [...(model.avoid[a] as number[]), ...(model.trackmates[a] as number[])]) {
      if (b <= a) continue;
      for (let t = 0; t < model.T; t++) {
        const w = `w_${a}_${b}_${t}_${mip.constraints.length}`;
        const row = new Map(build.inSlot[a]?.[t]);
        for (const [x, c] of build.inSlot[b]?.[t] ?? []) add(row, x, c);
        add(row, w, -1);
        mip.constraints.push(`${text(row)} <= 1`);
        mip.bounds.push(`0 <= ${w} <= 1`);
        add(level(build, CONFLICTS).terms, w, 1);
      }
    }
  }
}

/** Attendance: z(v,t) <= the voter's sessions in slot t, z <= 1; maximised. */
function addAttendance(build: Build): void {
  const { model, mip } = build;
  const byVoter = new Map<number, number[]>();
  model.voters.forEach((list, i) => {
    for (const v of list) byVoter.set(v, [...(byVoter.get(v) ?? []), i]);
  });
  for (const [v, sessions] of byVoter) {
    for (let t = 0; t < model.T; t++) {
      const z = `z_${v}_${t}`;
      const row = new Map([[z, 1]]) as Linear;
      for (const i of sessions) for (const [x, c] of build.inSlot[i]?.[t] ?? []) add(row, x, -c);
      mip.constraints.push(`${text(row)} <= 0`);
      mip.bounds.push(`0 <= ${z} <= 1`);
      add(level(build, ATTENDANCE).terms, z, -1);
    }
  }
}

/**
 * Rooms alike (same seats, kind and hold) are one variable per session and slot, with their
 * rooms' places summed: the solver then need not tell apart schedules that only swap them. Only
 * where no kept meeting and no track names a room.
 */
function roomClasses(model: Model): Map<number, number[]> {
  const classes = new Map<number, number[]>();
  const alike = model.NT === 0 && model.anchor.every((a) => a < 0);
  const seen = new Map<string, number>();
  model.problem.rooms.forEach((room, r) => {
    const key = alike ? `${room.seats}/${room.plenary}/${room.holds}` : String(r);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, r);
      classes.set(r, [r]);
    } else classes.get(first)?.push(r);
  });
  return classes;
}

function lpText(mip: MipModel, level: number, fixed: number[]): string {
  const objective = (mip.levels[level] as { terms: Linear }).terms;
  const rows = mip.constraints.map((c, n) => ` c${n}: ${c}`);
  fixed.forEach((value, j) => {
    const { terms, constant } = mip.levels[j] as { terms: Linear; constant: number };
    if (terms.size) rows.push(` f${j}: ${text(terms)} <= ${value - constant}`);
  });
  return [
    "Minimize",
    ` obj: ${text(objective)}`,
    "Subject To",
    ...rows,
    "Bounds",
    ...mip.bounds.map((b) => ` ${b}`),
    " dummy = 0",
    "Binary",
    ...mip.binaries.map((b) => ` ${b}`),
    "End",
  ].join("\n");
}

/** How one objective level went in HiGHS. */
export interface MipLevel {
  /** HiGHS's status: "Optimal", or the limit that stopped it with the best schedule it had. */
  status: string;
  /** The level's value in the schedule HiGHS returned, or null when it found none. */
  value: number | null;
  ms: number;
}

export interface MipOptions {
  /** Branch-and-bound nodes HiGHS may process per level: work, not time, so any machine agrees. */
  nodes: number;
  /** Optimal values of the first levels, already proved by a bound: kept, not solved again. */
  proved: number[];
  /** The local search's objective: while HiGHS agrees with it on the levels before, a level must do at least as well. */
  incumbent: number[];
  /** Milliseconds from a fixed point, for the report only (the solve never reads it). */
  clock: () => number;
}

/**
 * Solves the model one objective at a time in their order, each keeping the value of those
 * before it. A level HiGHS cannot prove within its node budget keeps the best schedule it found
 * (the next levels then improve on it); a level where it finds none ends the solve with the
 * schedule of the level before. Returns that schedule's cells (null when HiGHS found none) and a
 * report per level.
 */
export function solveMip(
  model: Model,
  solver: LpSolver,
  options: MipOptions,
): { cells: number[][] | null; levels: Array<MipLevel | null> } {
  const mip = buildMip(model);
  const fixed: number[] = [];
  const levels: Array<MipLevel | null> = [];
  let columns: Record<string, { Primal: number }> | null = null;
  let agrees = true;
  for (let level = 0; level < mip.levels.length; level++) {
    const { terms, constant } = mip.levels[level] as { terms: Linear; constant: number };
    const known = options.proved[level];
    if (terms.size === 0 || known !== undefined) {
      const value = terms.size === 0 ? constant : (known as number);
      fixed.push(value);
      levels.push(null);
      agrees &&= value === options.incumbent[level];
      continue;
    }
    // The local search's schedule meets every level fixed so far: it is a start HiGHS must beat.
    const cutoff = agrees ? [...fixed, options.incumbent[level] as number] : fixed;
    const started = options.clock();
    const result = solver.solve(lpText(mip, level, cutoff), {
      output_flag: false,
      mip_max_nodes: options.nodes,
      mip_rel_gap: 0,
    });
    const found = result.Status === "Optimal" || hasSolution(result);
    const value = found ? Math.round(result.ObjectiveValue + constant) : null;
    levels.push({ status: result.Status, value, ms: options.clock() - started });
    if (value === null) break;
    columns = result.Columns;
    fixed.push(value);
    agrees &&= value === options.incumbent[level];
  }
  return { cells: columns ? cellsFrom(model, mip, columns) : null, levels };
}

/** A limit status may carry the best schedule found so far; no solution leaves no columns. */
function hasSolution(result: ReturnType<LpSolver["solve"]>): boolean {
  return (
    /limit reached/i.test(result.Status) &&
    Number.isFinite(result.ObjectiveValue) &&
    Object.keys(result.Columns ?? {}).length > 0
  );
}

function cellsFrom(
  model: Model,
  mip: MipModel,
  columns: Record<string, { Primal: number }>,
): number[][] {
  const cells: number[][] = Array.from({ length: model.S }, () => []);
  const used = new Map<number, number>();
  for (const [x, [i, t, r]] of mip.placements) {
    if ((columns[x]?.Primal ?? 0) < 0.5) continue;
    // The class's rooms are filled in order, each up to its hold.
    const rooms = mip.classes.get(r) ?? [r];
    const room = rooms.find((q) => (used.get(t * model.R + q) ?? 0) < (model.holds[q] as number));
    const cell = t * model.R + (room ?? r);
    used.set(cell, (used.get(cell) ?? 0) + 1);
    cells[i]?.push(cell);
  }
  return cells;
}
