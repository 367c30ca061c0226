import type { Model } from "./model.js";

/**
 * The figures minimised, in this order (lexicographic: a later one never buys back an earlier
 * one): meetings left out; requested times missed; meetings in a room smaller than the top of
 * their estimate; meetings moved from the kept schedule (only when replanning); meetings in a room
 * smaller than the bottom of their estimate; conflicts (two sessions that asked to avoid each
 * other, or share a track, at the same time); attendance lost (minus the voters who can attend
 * something they voted for, a slot at a time); tracks spread over rooms (pairs of a track's
 * meetings in different rooms: unlike a count of rooms, every step towards one room counts).
 */
export const objectiveNames = [
  "unplaced",
  "missed",
  "tooSmallTop",
  "moved",
  "tooSmallBottom",
  "conflicts",
  "negAttendance",
  "trackSplits",
] as const;

export const [UNPLACED, MISSED, TOP, MOVED, BOTTOM, CONFLICTS, ATTENDANCE, TRACKS] = [
  0, 1, 2, 3, 4, 5, 6, 7,
];

/** -1 when a is better than b, 1 when worse, 0 when equal. */
export function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

/**
 * A schedule being built: where each meeting is, and the counts that make every objective and
 * every hard rule a constant-time update when one meeting is added or removed.
 */
export class ScheduleState {
  /** Per meeting: its cell, or -1. */
  readonly cell: Int32Array;
  /** Per cell: its meetings. */
  readonly occupants: number[][];
  private readonly keyCount: Int32Array;
  private readonly voterCount: Int32Array;
  private readonly trackRoom: Int32Array;
  private readonly trackSize: Int32Array;
  private readonly kept: Int32Array;
  readonly objective: number[];

  constructor(readonly model: Model) {
    const { T, R, K, V, NT, S } = model;
    this.cell = new Int32Array(model.meetingSession.length).fill(-1);
    this.occupants = Array.from({ length: T * R }, () => []);
    this.keyCount = new Int32Array(T * K);
    this.voterCount = new Int32Array(T * V);
    this.trackRoom = new Int32Array(NT * R);
    this.trackSize = new Int32Array(NT);
    this.kept = new Int32Array(S);
    this.objective = objectiveNames.map(() => 0);
    this.objective[UNPLACED] = model.meetingSession.length;
    this.objective[MISSED] = model.need.reduce((n, k) => n + k, 0);
    this.objective[MOVED] = model.anchor.filter((a) => a >= 0).length;
  }

  /** Whether the meeting may go into the cell: its room is open to it and has space, and no chair, group or the session itself is already in that slot. */
  canPlace(m: number, cell: number): boolean {
    const { R, K } = this.model;
    const s = this.model.meetingSession[m] as number;
    const r = cell % R;
    if (!this.model.allowed[s]?.[r]) return false;
    if ((this.occupants[cell] as number[]).length >= (this.model.holds[r] as number)) return false;
    const base = ((cell / R) | 0) * K;
    for (const k of this.model.keys[s] as number[]) if (this.keyCount[base + k] !== 0) return false;
    return true;
  }

  /** Whether a session (any of its meetings) meets in slot t. */
  meetsIn(s: number, t: number): boolean {
    const key = (this.model.keys[s] as number[])[0] as number;
    return this.keyCount[t * this.model.K + key] !== 0;
  }

  place(m: number, cell: number): void {
    this.update(m, cell, 1);
    this.cell[m] = cell;
    (this.occupants[cell] as number[]).push(m);
  }

  unplace(m: number): void {
    const cell = this.cell[m] as number;
    const list = this.occupants[cell] as number[];
    list.splice(list.indexOf(m), 1);
    this.cell[m] = -1;
    this.update(m, cell, -1);
  }

  private update(m: number, cell: number, sign: 1 | -1): void {
    const model = this.model;
    const { R, K, V } = model;
    const o = this.objective;
    const s = model.meetingSession[m] as number;
    const t = (cell / R) | 0;
    const r = cell % R;
    if (sign < 0) for (const k of model.keys[s] as number[]) bump(this.keyCount, t * K + k, -1);
    o[UNPLACED] = (o[UNPLACED] as number) - sign;
    if (model.requested[s]?.[t]) {
      const need = model.need[s] as number;
      const before = Math.min(this.kept[s] as number, need);
      this.kept[s] = (this.kept[s] as number) + sign;
      o[MISSED] = (o[MISSED] as number) - (Math.min(this.kept[s] as number, need) - before);
    }
    const seats = model.seats[r] as number;
    if (seats < (model.top[s] as number)) o[TOP] = (o[TOP] as number) + sign;
    if (seats < (model.bottom[s] as number)) o[BOTTOM] = (o[BOTTOM] as number) + sign;
    const anchor = model.anchor[m] as number;
    if (anchor === cell) o[MOVED] = (o[MOVED] as number) - sign;
    let conflicts = 0;
    for (const b of model.avoid[s] as number[]) if (this.meetsIn(b, t)) conflicts++;
    for (const b of model.trackmates[s] as number[]) if (this.meetsIn(b, t)) conflicts++;
    o[CONFLICTS] = (o[CONFLICTS] as number) + sign * conflicts;
    for (const v of model.voters[s] as number[]) {
      const i = t * V + v;
      const after = bump(this.voterCount, i, sign);
      if ((sign > 0 && after === 1) || (sign < 0 && after === 0))
        o[ATTENDANCE] = (o[ATTENDANCE] as number) - sign;
    }
    for (const k of model.tracks[s] as number[]) {
      const i = k * R + r;
      if (sign < 0) {
        bump(this.trackRoom, i, -1);
        bump(this.trackSize, k, -1);
      }
      const apart = (this.trackSize[k] as number) - (this.trackRoom[i] as number);
      o[TRACKS] = (o[TRACKS] as number) + sign * apart;
      if (sign > 0) {
        bump(this.trackRoom, i, 1);
        bump(this.trackSize, k, 1);
      }
    }
    if (sign > 0) for (const k of model.keys[s] as number[]) bump(this.keyCount, t * K + k, 1);
  }
}

/** Adds d to a count and returns the new count. */
function bump(counts: Int32Array, i: number, d: number): number {
  const next = (counts[i] as number) + d;
  counts[i] = next;
  return next;
}
