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
  const levels = objectiveNames.map(() => ({ terms: new Map() as Linear, constant: 0 }));
  const constraints: string[] = [];
  const bounds: string[] = [];
  const binaries: string[] = [];
  const placements = new Map<string, [number, number, number]>();
  const inSlot: Linear[][] = Array.from({ length: S }, () =>
    Array.from({ length: T }, () => new Map()),
  );
  const cellRows: Linear[] = Array.from({ length: T * R }, () => new Map());
  const keyRows = new Map<string, Linear>();
  const at = (level: number) => levels[level] as { terms: Linear; constant: number };
  const classes = roomClasses(model);
  // Slots alike (nobody asks for one, nothing kept): relabelled by their first session, session i
  // sits in one of the first i + 1 slots. This cuts the schedules that only reorder slots.
  const slotsAlike = model.requested.every((r) => r === null) && model.anchor.every((a) => a < 0);
  for (let i = 0; i < S; i++) {
    const meetings = new Map() as Linear;
    const anchors = new Set(
      (model.meetingsOf[i] as number[]).map((m) => model.anchor[m] as number).filter((a) => a >= 0),
    );
    const pinnedCells = new Set(
      (model.meetingsOf[i] as number[])
        .filter((m) => model.pinned[m])
        .map((m) => model.anchor[m] as number),
    );
    at(UNPLACED).constant += model.problem.sessions[i]?.meetings ?? 0;
    at(MISSED).constant += model.need[i] as number;
    at(MOVED).constant += anchors.size;
    for (let t = 0; t < (slotsAlike ? Math.min(T, i + 1) : T); t++) {
      for (let r = 0; r < R; r++) {
        if (!model.allowed[i]?.[r] || !classes.has(r)) continue;
        const x = `x_${i}_${t}_${r}`;
        placements.set(x, [i, t, r]);
        binaries.push(x);
        add(meetings, x, 1);
        add(inSlot[i]?.[t] as Linear, x, 1);
        add(cellRows[t * R + r] as Linear, x, 1);
        for (const k of model.keys[i] as number[]) {
          const row = keyRows.get(`${k}_${t}`) ?? new Map();
          add(row, x, 1);
          keyRows.set(`${k}_${t}`, row);
        }
        add(at(UNPLACED).terms, x, -1);
        if (model.requested[i]?.[t]) add(at(MISSED).terms, x, -1);
        if ((model.seats[r] as number) < (model.top[i] as number)) add(at(TOP).terms, x, 1);
        if ((model.seats[r] as number) < (model.bottom[i] as number)) add(at(BOTTOM).terms, x, 1);
        if (anchors.has(t * R + r)) add(at(MOVED).terms, x, -1);
        if (pinnedCells.has(t * R + r)) bounds.push(`${x} = 1`);
        for (const k of model.tracks[i] as number[]) {
          const u = `u_${k}_${r}`;
          constraints.push(
            `${text(
              new Map([
                [x, 1],
                [u, -1],
              ]),
            )} <= 0`,
          );
          if (!binaries.includes(u)) {
            binaries.push(u);
            add(at(TRACKS).terms, u, 1);
          }
        }
      }
    }
    constraints.push(`${text(meetings)} <= ${model.problem.sessions[i]?.meetings ?? 0}`);
  }
  cellRows.forEach((row, cell) => {
    const rooms = classes.get(cell % R) ?? [];
    const holds = rooms.reduce((n, r) => n + (model.holds[r] as number), 0);
    if (row.size) constraints.push(`${text(row)} <= ${holds}`);
  });
  for (const row of keyRows.values()) if (row.size > 1) constraints.push(`${text(row)} <= 1`);
  // Conflicts: w >= y_a + y_b - 1 for each pair (a, b) asked apart, per slot.
  for (let a = 0; a < S; a++) {
    for (const b of [...(model.avoid[a] as number[]), ...(model.trackmates[a] as number[])]) {
      if (b <= a) continue;
      for (let t = 0; t < T; t++) {
        const w = `w_${a}_${b}_${t}_${constraints.length}`;
        const row = new Map(inSlot[a]?.[t]);
        for (const [x, c] of inSlot[b]?.[t] ?? []) add(row, x, c);
        add(row, w, -1);
        constraints.push(`${text(row)} <= 1`);
        bounds.push(`0 <= ${w} <= 1`);
        add(at(CONFLICTS).terms, w, 1);
      }
    }
  }
  // Attendance: z(v,t) <= the voter's sessions in slot t, z <= 1; maximised.
  const byVoter = new Map<number, number[]>();
  model.voters.forEach((list, i) => {
    for (const v of list) byVoter.set(v, [...(byVoter.get(v) ?? []), i]);
  });
  for (const [v, sessions] of byVoter) {
    for (let t = 0; t < T; t++) {
      const z = `z_${v}_${t}`;
      const row = new Map([[z, 1]]) as Linear;
      for (const i of sessions) for (const [x, c] of inSlot[i]?.[t] ?? []) add(row, x, -c);
      constraints.push(`${text(row)} <= 0`);
      bounds.push(`0 <= ${z} <= 1`);
      add(at(ATTENDANCE).terms, z, -1);
    }
  }
  return { levels, constraints, bounds, binaries, placements, classes };
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
