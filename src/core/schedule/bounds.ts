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
  const { T, R } = model;
  const sessions = model.problem.sessions;
  const forced: number[][] = Array.from({ length: T }, () => []);
  model.requested.forEach((req, i) => {
    const asked = req?.filter(Boolean).length ?? 0;
    // Asking for more slots than meetings leaves a choice: such a session is forced nowhere.
    if (!req || asked > (sessions[i]?.meetings ?? 0)) return;
    for (let t = 0; t < T; t++) if (req[t]) forced[t]?.push(i);
  });
  const counted = countBounds(model);
  const capacity = model.holds.reduce((n, h) => n + h, 0);
  const asked = sessions.reduce((n, s) => n + s.meetings, 0);
  const placed = Math.min(
    sessions.reduce((n, s) => n + Math.min(s.meetings, T), 0),
    capacity * T,
    asked - counted.unplaced,
  );
  let missed = 0;
  let tooSmallTop = 0;
  let tooSmallBottom = 0;
  let conflicts = 0;
  let trackClashes = 0;
  for (let t = 0; t < T; t++) {
    const here = forced[t] as number[];
    const perKey = new Map<number, number>();
    for (const i of here)
      for (const k of model.keys[i] as number[]) perKey.set(k, (perKey.get(k) ?? 0) + 1);
    const keyExcess = Math.max(0, ...[...perKey.values()].map((c) => c - 1));
    missed += Math.max(here.length - capacity, keyExcess);
    tooSmallTop += here.length - matching(model, here, model.top);
    tooSmallBottom += here.length - matching(model, here, model.bottom);
    for (const a of here) {
      for (const b of here) {
        if (b <= a) continue;
        if (model.avoid[a]?.includes(b)) conflicts++;
        if (model.trackmates[a]?.includes(b)) trackClashes++;
      }
    }
  }
  let moved = model.lostAnchors.reduce((n, k) => n + k, 0);
  sessions.forEach((s, i) => {
    const req = model.requested[i];
    if (!req) return;
    const outside = (model.meetingsOf[i] as number[]).filter((m) => {
      const a = model.anchor[m] as number;
      return a >= 0 && !req[(a / R) | 0];
    }).length;
    moved += Math.max(0, outside - (s.meetings - (model.need[i] as number)));
  });
  const dots = new Map<number, number>();
  model.voters.forEach((list, i) => {
    const meetings = sessions[i]?.meetings ?? 1;
    for (const v of list) dots.set(v, (dots.get(v) ?? 0) + meetings);
  });
  const attendance = [...dots.values()].reduce((n, d) => n + Math.min(d, T), 0);
  return {
    placed,
    missed: Math.max(missed, counted.missed),
    tooSmallTop,
    tooSmallBottom,
    seatableTop: counted.seatableTop,
    seatableBottom: counted.seatableBottom,
    moved,
    conflicts,
    trackClashes,
    trackClashesAllPlaced: Math.max(trackClashes, counted.trackClashes),
    attendance,
  };
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
