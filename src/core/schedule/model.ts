import type { Assignment, Problem } from "./problem.js";

/**
 * The problem in numbers, for the solver: slots, rooms and sessions by index, a cell per
 * (slot, room) as `slot * rooms + room`, and every name that must not be in two places at once
 * (a chair, a group, the session itself) as a key.
 */
export interface Model {
  problem: Problem;
  T: number;
  R: number;
  S: number;
  /** Keys, voters and tracks counted. */
  K: number;
  V: number;
  NT: number;
  seats: number[];
  holds: number[];
  /** Per session: rooms it may use (breakouts stay out of plenary rooms, plenaries in them). */
  allowed: boolean[][];
  /** Names of the keys: "session:ID", "chair:LOGIN", "group:NAME". */
  keyNames: string[];
  /** Per session: its keys; the first is the session's own. */
  keys: number[][];
  /** Per session: requested slots as a flag per slot, or null for any. */
  requested: Array<boolean[] | null>;
  /** Per session: how many requested times it wants kept: min(meetings, requested). */
  need: number[];
  /** Per session: the estimate's top and bottom (0 when unknown). */
  top: number[];
  bottom: number[];
  /** Per session: sessions to avoid (both ways), and sessions sharing a track. */
  avoid: number[][];
  trackmates: number[][];
  voters: number[][];
  tracks: number[][];
  /** Per meeting: its session; its kept cell (or -1); pinned meetings never leave it. */
  meetingSession: number[];
  anchor: number[];
  pinned: boolean[];
  /** Per session: its meetings. */
  meetingsOf: number[][];
  /** Kept placements that name a slot or room that is gone, per session. */
  lostAnchors: number[];
}

export function buildModel(problem: Problem, keep: Assignment | null = null): Model {
  const names = namesOf(problem);
  const pairs = pairsOf(problem);
  const meetings = meetingsOf(problem, keep);
  return {
    problem,
    T: problem.slots.length,
    R: problem.rooms.length,
    S: problem.sessions.length,
    K: names.keyNames.length,
    V: names.voterCount,
    NT: names.trackCount,
    seats: problem.rooms.map((r) => r.seats),
    holds: problem.rooms.map((r) => r.holds),
    allowed: allowedRooms(problem),
    keyNames: names.keyNames,
    keys: names.keys,
    requested: requestedFlags(problem),
    need: problem.sessions.map((s) => Math.min(s.meetings, s.requestedSlots?.length ?? 0)),
    top: problem.sessions.map((s) => (s.estimate ? (s.estimate.max ?? s.estimate.min) : 0)),
    bottom: problem.sessions.map((s) => s.estimate?.min ?? 0),
    avoid: pairs.avoid,
    trackmates: pairs.trackmates,
    voters: names.voters,
    tracks: names.tracks,
    ...meetings,
  };
}

/** The number of `value` in `map`, given the next number when first seen. */
function intern<T>(map: Map<T, number>, value: T): number {
  let n = map.get(value);
  if (n === undefined) {
    n = map.size;
    map.set(value, n);
  }
  return n;
}

/** Per session, its keys, tracks and voters as numbers, in the order first seen. */
function namesOf(problem: Problem) {
  const keyIds = new Map<string, number>();
  const voterIds = new Map<string, number>();
  const trackIds = new Map<string, number>();
  const keys = problem.sessions.map((s) => [
    intern(keyIds, `session:${s.id}`),
    ...s.chairs.map((c) => intern(keyIds, `chair:${c}`)),
    ...s.groups.map((g) => intern(keyIds, `group:${g}`)),
  ]);
  const tracks = problem.sessions.map((s) => s.tracks.map((t) => intern(trackIds, t)));
  const voters = problem.sessions.map((s) => s.voters.map((v) => intern(voterIds, v)));
  return {
    keys,
    keyNames: [...keyIds.keys()],
    tracks,
    trackCount: trackIds.size,
    voters,
    voterCount: voterIds.size,
  };
}

/** Per session, the sessions it avoids or that avoid it, and the sessions sharing a track with it. */
function pairsOf(problem: Problem): Pick<Model, "avoid" | "trackmates"> {
  const sessionIndex = new Map(problem.sessions.map((s, i) => [s.id, i]));
  const avoid: number[][] = problem.sessions.map(() => []);
  const trackmates: number[][] = problem.sessions.map(() => []);
  problem.sessions.forEach((s, a) => {
    for (const other of s.avoid) {
      const b = sessionIndex.get(other);
      if (b === undefined || b === a) continue;
      if (!avoid[a]?.includes(b)) avoid[a]?.push(b);
      if (!avoid[b]?.includes(a)) avoid[b]?.push(a);
    }
    problem.sessions.forEach((o, b) => {
      if (b !== a && s.tracks.some((t) => o.tracks.includes(t))) trackmates[a]?.push(b);
    });
  });
  return { avoid, trackmates };
}

type Meetings = Pick<Model, "meetingSession" | "anchor" | "pinned" | "meetingsOf" | "lostAnchors">;

/**
 * One meeting per meeting a session asks, anchored to its kept (or recorded, when pinned) place;
 * a kept place whose slot or room is gone is counted as lost.
 */
function meetingsOf(problem: Problem, keep: Assignment | null): Meetings {
  const R = problem.rooms.length;
  const slotIndex = new Map(problem.slots.map((s, i) => [s.id, i]));
  const roomIndex = new Map(problem.rooms.map((r, i) => [r.name, i]));
  const out: Meetings = {
    meetingSession: [],
    anchor: [],
    pinned: [],
    meetingsOf: [],
    lostAnchors: [],
  };
  problem.sessions.forEach((s, i) => {
    const kept = keep?.[s.id] ?? (s.pinned ? s.recorded : []);
    const cells = kept.flatMap((p) => {
      const t = slotIndex.get(p.slot);
      const r = roomIndex.get(p.room);
      return t === undefined || r === undefined ? [] : [t * R + r];
    });
    out.lostAnchors.push(Math.min(kept.length, s.meetings) - Math.min(cells.length, s.meetings));
    const mine: number[] = [];
    for (let k = 0; k < s.meetings; k++) {
      mine.push(out.meetingSession.length);
      out.meetingSession.push(i);
      out.anchor.push(cells[k] ?? -1);
      out.pinned.push(s.pinned && cells[k] !== undefined);
    }
    out.meetingsOf.push(mine);
  });
  return out;
}

/** Per session and room, whether it may meet there: breakouts stay out of plenary rooms, plenaries in them, where both kinds exist. */
function allowedRooms(problem: Problem): boolean[][] {
  const hasPlenary = problem.rooms.some((r) => r.plenary);
  const hasBreakout = problem.rooms.some((r) => !r.plenary);
  return problem.sessions.map((s) =>
    problem.rooms.map((r) =>
      s.kind === "plenary" ? r.plenary || !hasPlenary : !r.plenary || !hasBreakout,
    ),
  );
}

/** Per session, a flag per slot it requested, or null when it requested none. */
function requestedFlags(problem: Problem): Array<boolean[] | null> {
  const slotIndex = new Map(problem.slots.map((s, i) => [s.id, i]));
  return problem.sessions.map((s) => {
    if (!s.requestedSlots) return null;
    const flags = problem.slots.map(() => false);
    for (const id of s.requestedSlots) flags[slotIndex.get(id) as number] = true;
    return flags;
  });
}
