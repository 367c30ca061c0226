import type { Assignment, Problem } from "./problem.js";

/** What a schedule achieves and which hard rules it breaks, counted from the assignment alone. */
export interface Figures {
  asked: number;
  placed: number;
  /** Requested times not kept: per session, min(meetings, requested) minus requested slots used. */
  requestedTimesMissed: number;
  /** Meetings in a room smaller than the top of their estimate (an open-ended estimate's top is its bottom). */
  roomsTooSmallForTop: number;
  roomsTooSmallForBottom: number;
  /** Pairs of sessions that asked to avoid each other, meeting in the same slot. */
  conflicts: number;
  /** Pairs of sessions of one track meeting in the same slot. */
  trackClashes: number;
  /** Voters who can attend a session they voted for, a slot at a time, summed over slots. */
  attendance: number;
  /** Voter-slots where a voter voted for two or more of the slot's sessions. */
  tornVoters: number;
  /** Per track, the rooms it uses beyond one. */
  tracksSplit: number;
  /** Room-slots nobody uses. */
  emptyRoomSlots: number;
  /** Hard rules: each should be 0. */
  chairClashes: number;
  groupClashes: number;
  roomClashes: number;
  sessionTwiceInSlot: number;
  tooManyMeetings: number;
  plenaryRulesBroken: number;
  unknownPlaces: number;
}

/** Counts `figures` of an assignment of `problem`; independent of how the schedule was found. */
export function evaluate(problem: Problem, assignment: Assignment): Figures {
  const rooms = new Map(problem.rooms.map((r) => [r.name, r]));
  const slots = new Set(problem.slots.map((s) => s.id));
  const f: Figures = {
    asked: 0,
    placed: 0,
    requestedTimesMissed: 0,
    roomsTooSmallForTop: 0,
    roomsTooSmallForBottom: 0,
    conflicts: 0,
    trackClashes: 0,
    attendance: 0,
    tornVoters: 0,
    tracksSplit: 0,
    emptyRoomSlots: 0,
    chairClashes: 0,
    groupClashes: 0,
    roomClashes: 0,
    sessionTwiceInSlot: 0,
    tooManyMeetings: 0,
    plenaryRulesBroken: 0,
    unknownPlaces: 0,
  };
  const inSlot = new Map<string, string[]>();
  const inCell = new Map<string, number>();
  const trackRooms = new Map<string, Set<string>>();
  const hasPlenary = problem.rooms.some((r) => r.plenary);
  const hasBreakout = problem.rooms.some((r) => !r.plenary);
  const byId = new Map(problem.sessions.map((s) => [s.id, s]));
  for (const s of problem.sessions) {
    const places = assignment[s.id] ?? [];
    f.asked += s.meetings;
    f.placed += Math.min(places.length, s.meetings);
    if (places.length > s.meetings) f.tooManyMeetings += places.length - s.meetings;
    const used = new Set<string>();
    for (const p of places) {
      const room = rooms.get(p.room);
      if (!room || !slots.has(p.slot)) {
        f.unknownPlaces++;
        continue;
      }
      if (used.has(p.slot)) f.sessionTwiceInSlot++;
      used.add(p.slot);
      inSlot.set(p.slot, [...(inSlot.get(p.slot) ?? []), s.id]);
      const cell = `${p.slot}\u0000${p.room}`;
      inCell.set(cell, (inCell.get(cell) ?? 0) + 1);
      const top = s.estimate ? (s.estimate.max ?? s.estimate.min) : 0;
      if (room.seats < top) f.roomsTooSmallForTop++;
      if (room.seats < (s.estimate?.min ?? 0)) f.roomsTooSmallForBottom++;
      const wrongRoom =
        s.kind === "plenary" ? !room.plenary && hasPlenary : room.plenary && hasBreakout;
      if (wrongRoom) f.plenaryRulesBroken++;
      for (const t of s.tracks) trackRooms.set(t, (trackRooms.get(t) ?? new Set()).add(p.room));
    }
    if (s.requestedSlots) {
      const kept = s.requestedSlots.filter((slot) => used.has(slot)).length;
      f.requestedTimesMissed +=
        Math.min(s.meetings, s.requestedSlots.length) - Math.min(kept, s.meetings);
    }
  }
  for (const [cell, count] of inCell) {
    const room = rooms.get(cell.split("\u0000")[1] as string);
    const over = count - (room?.holds ?? 1);
    if (over > 0) {
      if (room?.plenary) f.plenaryRulesBroken += over;
      else f.roomClashes += over;
    }
  }
  f.emptyRoomSlots = problem.slots.length * problem.rooms.length - inCell.size;
  for (const ids of inSlot.values()) {
    const sessions = [...new Set(ids)].map((id) => byId.get(id)).filter((s) => s !== undefined);
    const clashes = (names: (s: (typeof sessions)[number]) => string[]) => {
      const seen = new Map<string, number>();
      for (const s of sessions) for (const n of names(s)) seen.set(n, (seen.get(n) ?? 0) + 1);
      return [...seen.values()].reduce((n, c) => n + c - 1, 0);
    };
    f.chairClashes += clashes((s) => s.chairs);
    f.groupClashes += clashes((s) => s.groups);
    for (const [i, a] of sessions.entries()) {
      for (const b of sessions.slice(i + 1)) {
        if (a.avoid.includes(b.id) || b.avoid.includes(a.id)) f.conflicts++;
        if (a.tracks.some((t) => b.tracks.includes(t))) f.trackClashes++;
      }
    }
    const votes = new Map<string, number>();
    for (const s of sessions) for (const v of s.voters) votes.set(v, (votes.get(v) ?? 0) + 1);
    f.attendance += votes.size;
    f.tornVoters += [...votes.values()].filter((n) => n > 1).length;
  }
  for (const used of trackRooms.values()) f.tracksSplit += used.size - 1;
  return f;
}
