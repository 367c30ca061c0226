import type { Assignment, Placement, Problem, Room, SessionSpec } from "./problem.js";

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
  const f: Figures = { ...noFigures };
  const where = tallySessions(problem, assignment, f);
  tallyRoomSlots(problem, where.inCell, f);
  tallySlots(problem, where.inSlot, f);
  for (const used of where.trackRooms.values()) f.tracksSplit += used.size - 1;
  return f;
}

const noFigures: Figures = {
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

/** Where the known places of an assignment put the sessions, for the counts across sessions. */
interface Whereabouts {
  /** Per slot, the ids of the sessions meeting in it (once per meeting). */
  inSlot: Map<string, string[]>;
  /** Per slot and room (`slot\0room`), how many meetings it holds. */
  inCell: Map<string, number>;
  /** Per track, the rooms its sessions use. */
  trackRooms: Map<string, Set<string>>;
}

/** The rooms and slots of the problem, by name, and whether it has rooms of each kind. */
interface Known {
  rooms: Map<string, Room>;
  slots: Set<string>;
  hasPlenary: boolean;
  hasBreakout: boolean;
}

/** Adds each session's own figures to `f`: meetings placed, places unknown or doubled, rooms, requested times. */
function tallySessions(problem: Problem, assignment: Assignment, f: Figures): Whereabouts {
  const where: Whereabouts = { inSlot: new Map(), inCell: new Map(), trackRooms: new Map() };
  const known: Known = {
    rooms: new Map(problem.rooms.map((r) => [r.name, r])),
    slots: new Set(problem.slots.map((slot) => slot.id)),
    hasPlenary: problem.rooms.some((r) => r.plenary),
    hasBreakout: problem.rooms.some((r) => !r.plenary),
  };
  for (const s of problem.sessions) {
    const places = assignment[s.id] ?? [];
    f.asked += s.meetings;
    f.placed += Math.min(places.length, s.meetings);
    if (places.length > s.meetings) f.tooManyMeetings += places.length - s.meetings;
    const used = tallyPlaces(known, s, places, f, where);
    if (s.requestedSlots) {
      const kept = s.requestedSlots.filter((slot) => used.has(slot)).length;
      f.requestedTimesMissed +=
        Math.min(s.meetings, s.requestedSlots.length) - Math.min(kept, s.meetings);
    }
  }
  return where;
}

/** Adds the figures of one session's places to `f` and `where`; returns the slots it uses. */
function tallyPlaces(
  known: Known,
  s: SessionSpec,
  places: Placement[],
  f: Figures,
  where: Whereabouts,
): Set<string> {
  const used = new Set<string>();
  for (const p of places) {
    const room = known.rooms.get(p.room);
    if (!room || !known.slots.has(p.slot)) {
      f.unknownPlaces++;
      continue;
    }
    if (used.has(p.slot)) f.sessionTwiceInSlot++;
    used.add(p.slot);
    where.inSlot.set(p.slot, [...(where.inSlot.get(p.slot) ?? []), s.id]);
    const cell = `${p.slot}\u0000${p.room}`;
    where.inCell.set(cell, (where.inCell.get(cell) ?? 0) + 1);
    const top = s.estimate ? (s.estimate.max ?? s.estimate.min) : 0;
    if (room.seats < top) f.roomsTooSmallForTop++;
    if (room.seats < (s.estimate?.min ?? 0)) f.roomsTooSmallForBottom++;
    const wrongRoom =
      s.kind === "plenary" ? !room.plenary && known.hasPlenary : room.plenary && known.hasBreakout;
    if (wrongRoom) f.plenaryRulesBroken++;
    for (const t of s.tracks)
      where.trackRooms.set(t, (where.trackRooms.get(t) ?? new Set()).add(p.room));
  }
  return used;
}

/** Adds to `f` the meetings beyond what a room holds in a slot, and the room-slots left empty. */
function tallyRoomSlots(problem: Problem, inCell: Map<string, number>, f: Figures): void {
  const rooms = new Map(problem.rooms.map((r) => [r.name, r]));
  for (const [cell, count] of inCell) {
    const room = rooms.get(cell.split("\u0000")[1] as string);
    const over = count - (room?.holds ?? 1);
    if (over > 0) {
      if (room?.plenary) f.plenaryRulesBroken += over;
      else f.roomClashes += over;
    }
  }
  f.emptyRoomSlots = problem.slots.length * problem.rooms.length - inCell.size;
}

/** Adds to `f` what the sessions sharing a slot cost: clashes of chairs, groups, avoided sessions and tracks; voters' reach. */
function tallySlots(problem: Problem, inSlot: Map<string, string[]>, f: Figures): void {
  const byId = new Map(problem.sessions.map((s) => [s.id, s]));
  for (const ids of inSlot.values()) {
    const sessions = [...new Set(ids)].map((id) => byId.get(id)).filter((s) => s !== undefined);
    const clashes = (names: (s: SessionSpec) => string[]) => {
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
}
