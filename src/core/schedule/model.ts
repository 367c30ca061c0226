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
  const T = problem.slots.length;
  const R = problem.rooms.length;
  const S = problem.sessions.length;
  const slotIndex = new Map(problem.slots.map((s, i) => [s.id, i]));
  const roomIndex = new Map(problem.rooms.map((r, i) => [r.name, i]));
  const sessionIndex = new Map(problem.sessions.map((s, i) => [s.id, i]));
  const intern = <T>(map: Map<T, number>, value: T) => {
    let n = map.get(value);
    if (n === undefined) {
      n = map.size;
      map.set(value, n);
    }
    return n;
  };
  const keyIds = new Map<string, number>();
  const voterIds = new Map<string, number>();
  const trackIds = new Map<string, number>();
  const hasPlenary = problem.rooms.some((r) => r.plenary);
  const hasBreakout = problem.rooms.some((r) => !r.plenary);

  const keys = problem.sessions.map((s) => [
    intern(keyIds, `session:${s.id}`),
    ...s.chairs.map((c) => intern(keyIds, `chair:${c}`)),
    ...s.groups.map((g) => intern(keyIds, `group:${g}`)),
  ]);
  const tracks = problem.sessions.map((s) => s.tracks.map((t) => intern(trackIds, t)));
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

  const meetingSession: number[] = [];
  const anchor: number[] = [];
  const pinned: boolean[] = [];
  const meetingsOf: number[][] = [];
  const lostAnchors: number[] = [];
  problem.sessions.forEach((s, i) => {
    const kept = keep?.[s.id] ?? (s.pinned ? s.recorded : []);
    const cells = kept.flatMap((p) => {
      const t = slotIndex.get(p.slot);
      const r = roomIndex.get(p.room);
      return t === undefined || r === undefined ? [] : [t * R + r];
    });
    lostAnchors.push(Math.min(kept.length, s.meetings) - Math.min(cells.length, s.meetings));
    const mine: number[] = [];
    for (let k = 0; k < s.meetings; k++) {
      mine.push(meetingSession.length);
      meetingSession.push(i);
      anchor.push(cells[k] ?? -1);
      pinned.push(s.pinned && cells[k] !== undefined);
    }
    meetingsOf.push(mine);
  });

  const voters = problem.sessions.map((s) => s.voters.map((v) => intern(voterIds, v)));
  return {
    problem,
    T,
    R,
    S,
    K: keyIds.size,
    V: voterIds.size,
    NT: trackIds.size,
    seats: problem.rooms.map((r) => r.seats),
    holds: problem.rooms.map((r) => r.holds),
    allowed: problem.sessions.map((s) =>
      problem.rooms.map((r) =>
        s.kind === "plenary" ? r.plenary || !hasPlenary : !r.plenary || !hasBreakout,
      ),
    ),
    keyNames: [...keyIds.keys()],
    keys,
    requested: problem.sessions.map((s) => {
      if (!s.requestedSlots) return null;
      const flags = problem.slots.map(() => false);
      for (const id of s.requestedSlots) flags[slotIndex.get(id) as number] = true;
      return flags;
    }),
    need: problem.sessions.map((s) => Math.min(s.meetings, s.requestedSlots?.length ?? 0)),
    top: problem.sessions.map((s) => (s.estimate ? (s.estimate.max ?? s.estimate.min) : 0)),
    bottom: problem.sessions.map((s) => s.estimate?.min ?? 0),
    avoid,
    trackmates,
    voters,
    tracks,
    meetingSession,
    anchor,
    pinned,
    meetingsOf,
    lostAnchors,
  };
}
