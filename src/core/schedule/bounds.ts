import { countBounds } from "./count-bounds.js";
import type { Model } from "./model.js";

/**
 * Bounds no schedule can beat, proved from the problem alone. A session is forced in a slot when
 * keeping all its requested times needs it there (it asks for at least as many times as it has
 * meetings, or fewer times than meetings: every requested slot must then be used).
 */
export interface Bounds {
  /** At most this many meetings can be placed. */
  placed: number;
  /** At least this many requested times are missed. */
  missed: number;
  /** Keeping every requested time, at least this many meetings sit in a room below the estimate's top (bottom): per slot, the forced meetings a maximum matching to rooms that seat them leaves out. */
  tooSmallTop: number;
  tooSmallBottom: number;
  /** Keeping every requested time, at most this many meetings sit in a room that seats the top (bottom) of their estimate: seat supply against demand, size by size, over the slots each session may use. */
  seatableTop: number;
  seatableBottom: number;
  /** Keeping every requested time, at least this many kept meetings move. */
  moved: number;
  /** Keeping every requested time, at least this many conflicts (track clashes) remain: pairs forced into one slot. */
  conflicts: number;
  trackClashes: number;
  /** With every meeting placed and every requested time kept: at least this many track clashes, a track's meetings spread as evenly as the slots they may use allow. */
  trackClashesAllPlaced: number;
  /** At most this many voter-slots attend: each voter once a slot, once a meeting they voted for. */
  attendance: number;
}

export function boundsOf(model: Model): Bounds {
  const counted = countBounds(model);
  const perSlot = forcedSlotBounds(model, forcedPerSlot(model));
  return {
    placed: placedBound(model, counted.unplaced),
    missed: Math.max(perSlot.missed, counted.missed),
    tooSmallTop: perSlot.tooSmallTop,
    tooSmallBottom: perSlot.tooSmallBottom,
    seatableTop: counted.seatableTop,
    seatableBottom: counted.seatableBottom,
    moved: movedBound(model),
    conflicts: perSlot.conflicts,
    trackClashes: perSlot.trackClashes,
    trackClashesAllPlaced: Math.max(perSlot.trackClashes, counted.trackClashes),
    attendance: attendanceBound(model),
  };
}

/** The sessions each slot must hold to keep every requested time. */
function forcedPerSlot(model: Model): number[][] {
  const forced: number[][] = Array.from({ length: model.T }, () => []);
  model.requested.forEach((req, i) => {
    const asked = req?.filter(Boolean).length ?? 0;
    // Asking for more slots than meetings leaves a choice: such a session is forced nowhere.
    if (!req || asked > (model.problem.sessions[i]?.meetings ?? 0)) return;
    for (let t = 0; t < model.T; t++) if (req[t]) forced[t]?.push(i);
  });
  return forced;
}

/** No more meetings than the sessions ask (at most one a slot each), the rooms hold, or the counts allow. */
function placedBound(model: Model, unplaced: number): number {
  const sessions = model.problem.sessions;
  const capacity = model.holds.reduce((n, h) => n + h, 0);
  const asked = sessions.reduce((n, s) => n + s.meetings, 0);
  return Math.min(
    sessions.reduce((n, s) => n + Math.min(s.meetings, model.T), 0),
    capacity * model.T,
    asked - unplaced,
  );
}

type SlotBounds = Pick<
  Bounds,
  "missed" | "tooSmallTop" | "tooSmallBottom" | "conflicts" | "trackClashes"
>;

/** What the sessions forced into each slot cost there, summed over the slots. */
function forcedSlotBounds(model: Model, forced: number[][]): SlotBounds {
  const capacity = model.holds.reduce((n, h) => n + h, 0);
  const sum: SlotBounds = {
    missed: 0,
    tooSmallTop: 0,
    tooSmallBottom: 0,
    conflicts: 0,
    trackClashes: 0,
  };
  for (const here of forced) {
    const perKey = new Map<number, number>();
    for (const i of here)
      for (const k of model.keys[i] as number[]) perKey.set(k, (perKey.get(k) ?? 0) + 1);
    const keyExcess = Math.max(0, ...[...perKey.values()].map((c) => c - 1));
    sum.missed += Math.max(here.length - capacity, keyExcess);
    sum.tooSmallTop += here.length - matching(model, here, model.top);
    sum.tooSmallBottom += here.length - matching(model, here, model.bottom);
    for (const a of here) {
      for (const b of here) {
        if (b <= a) continue;
        if (model.avoid[a]?.includes(b)) sum.conflicts++;
        if (model.trackmates[a]?.includes(b)) sum.trackClashes++;
      }
    }
  }
  return sum;
}

/** Kept meetings whose anchor lies outside the times their session requested, beyond what it may drop. */
function movedBound(model: Model): number {
  let moved = model.lostAnchors.reduce((n, k) => n + k, 0);
  model.problem.sessions.forEach((s, i) => {
    const req = model.requested[i];
    if (!req) return;
    const outside = (model.meetingsOf[i] as number[]).filter((m) => {
      const a = model.anchor[m] as number;
      return a >= 0 && !req[(a / model.R) | 0];
    }).length;
    moved += Math.max(0, outside - (s.meetings - (model.need[i] as number)));
  });
  return moved;
}

/** Each voter attends at most once a slot and once a meeting of a session they voted for. */
function attendanceBound(model: Model): number {
  const dots = new Map<number, number>();
  model.voters.forEach((list, i) => {
    const meetings = model.problem.sessions[i]?.meetings ?? 1;
    for (const v of list) dots.set(v, (dots.get(v) ?? 0) + meetings);
  });
  return [...dots.values()].reduce((n, d) => n + Math.min(d, model.T), 0);
}

/**
 * The most of these sessions that can sit at once in rooms that seat `size` of each (augmenting
 * paths; a plenary room counts once per session it holds).
 */
function matching(model: Model, sessions: number[], size: number[]): number {
  const seatsOf: number[] = [];
  const roomOf: number[] = [];
  model.seats.forEach((seats, r) => {
    for (let h = 0; h < (model.holds[r] as number); h++) {
      seatsOf.push(seats);
      roomOf.push(r);
    }
  });
  const owner = new Array<number>(seatsOf.length).fill(-1);
  const fits = (i: number, place: number) =>
    model.allowed[i]?.[roomOf[place] as number] === true &&
    (seatsOf[place] as number) >= (size[i] as number);
  const augment = (i: number, seen: boolean[]): boolean => {
    for (let p = 0; p < seatsOf.length; p++) {
      if (seen[p] || !fits(i, p)) continue;
      seen[p] = true;
      const o = owner[p] as number;
      if (o === -1 || augment(sessions[o] as number, seen)) {
        owner[p] = sessions.indexOf(i);
        return true;
      }
    }
    return false;
  };
  let matched = 0;
  for (const i of sessions) if (augment(i, new Array(seatsOf.length).fill(false))) matched++;
  return matched;
}
