import type { QueueEntry } from "../board/queue.js";
import { type LpSolver, type Problem, solveSchedule } from "../schedule/index.js";
import type { MeetingForm } from "./meeting-form.js";
import { meetingProblem, unknownSeats } from "./meeting-problem.js";

/** A candidate session of an unconference: a topic, its sponsor, and who dot-voted for it. */
export interface Session {
  id: number;
  sponsor: string | null;
  voters: string[];
}

export interface Schedule {
  /** grid[slot][room]: the session in that room at that time, or null for an empty room. */
  grid: Array<Array<Session | null>>;
  /** Voters who can attend a session they voted for, summed over the slots. */
  attendance: number;
  /** Every voter at every session they voted for: the dots cast. */
  upperBound: number;
  /** Attendance of the greedy start, before local search. */
  greedy: number;
  /** Sessions the greedy start placed: local search may place more at the cost of attendance. */
  greedyPlaced: number;
}

/**
 * The unconference's case of the general scheduler (../schedule/): sessions of one meeting each,
 * chaired by their sponsor, in `slots` × `rooms` of equal size, placing as many as fit and then
 * as many voters as possible at something they voted for (a voter attends one session a slot).
 * In each slot the most-voted session takes the first room. With a MIP solver, a schedule the
 * local search cannot prove optimal is solved exactly.
 */
export function schedule(
  sessions: Session[],
  slots: number,
  rooms: number,
  solver: LpSolver | null = null,
): Schedule {
  const byId = new Map(sessions.map((s) => [String(s.id), s]));
  const problem: Problem = {
    rooms: Array.from({ length: rooms }, (_, r) => ({
      name: `Room ${r + 1}`,
      seats: 0,
      plenary: false,
      holds: 1,
    })),
    slots: Array.from({ length: slots }, (_, t) => ({
      id: String(t + 1),
      day: "",
      start: "",
      end: "",
    })),
    // In id order: the same sessions in any order give the same schedule.
    sessions: [...byId.values()]
      .sort((a, b) => a.id - b.id)
      .map((s) => ({
        id: String(s.id),
        title: "",
        chairs: s.sponsor ? [s.sponsor.toLowerCase()] : [],
        groups: [],
        estimate: null,
        requestedSlots: null,
        meetings: 1,
        avoid: [],
        tracks: [],
        kind: "breakout",
        voters: [...new Set(s.voters.map((v) => v.toLowerCase()))],
        pinned: false,
        recorded: [],
      })),
  };
  const result = solveSchedule(problem, { solver });
  const votes = (s: Session) => new Set(s.voters.map((v) => v.toLowerCase())).size;
  const bySlot: Session[][] = Array.from({ length: slots }, () => []);
  for (const [id, places] of Object.entries(result.assignment)) {
    for (const p of places) bySlot[Number(p.slot) - 1]?.push(byId.get(id) as Session);
  }
  const grid = bySlot.map((slot) => {
    const inRooms = slot.sort((a, b) => votes(b) - votes(a) || a.id - b.id);
    return Array.from({ length: rooms }, (_, r) => inRooms[r] ?? null);
  });
  return {
    grid,
    attendance: result.stats.attendance.value,
    upperBound: problem.sessions.reduce((n, s) => n + s.voters.length, 0),
    greedy: result.stats.greedy.attendance,
    greedyPlaced: result.stats.greedy.placed,
  };
}

/** A meeting's schedule as the meeting records it: topic numbers by slot and room, and why some are left out. */
export interface MeetingSchedule {
  grid: Array<Array<number | null>>;
  attendance: number;
  upperBound: number;
  /** The rooms, named as in the meeting form, with their seats where it says them. */
  rooms: Array<{ name: string; seats: number | null }>;
  /** Each placed topic's expected attendance, where its form gives one. */
  expected: Array<{ topic: number; min: number; max: number | null }>;
  /** Topics to discuss that have no place, and why. */
  unplaced: Array<{ topic: number; reason: string }>;
}

/**
 * The schedule of a meeting from its form and the topics to discuss: rooms with seats, slots,
 * and each topic's votes, sponsor, co-chairs, expected attendance, preferred slots and topics to
 * avoid. Where the form only counts rooms, the most-voted session of a slot takes Room 1.
 */
export function scheduleMeeting(
  form: MeetingForm,
  entries: QueueEntry[],
  solver: LpSolver | null = null,
): MeetingSchedule | null {
  if (entries.length === 0) return null;
  const problem = meetingProblem(form, entries);
  const result = solveSchedule(problem, { solver });
  const votes = new Map(problem.sessions.map((s) => [s.id, s.voters.length]));
  const roomIndex = new Map(problem.rooms.map((r, i) => [r.name, i]));
  const grid: Array<Array<number | null>> = problem.slots.map(() => problem.rooms.map(() => null));
  const bySlot: string[][] = problem.slots.map(() => []);
  for (const [id, places] of Object.entries(result.assignment)) {
    for (const p of places) {
      const t = Number(p.slot) - 1;
      bySlot[t]?.push(id);
      const row = grid[t];
      if (row) row[roomIndex.get(p.room) as number] = Number(id);
    }
  }
  if (form.roomList.length === 0) {
    bySlot.forEach((ids, t) => {
      const inRooms = ids.sort(
        (a, b) => (votes.get(b) ?? 0) - (votes.get(a) ?? 0) || Number(a) - Number(b),
      );
      grid[t] = problem.rooms.map((_, r) => (inRooms[r] === undefined ? null : Number(inRooms[r])));
    });
  }
  const placed = new Set(
    Object.entries(result.assignment).flatMap(([id, p]) => (p.length ? [id] : [])),
  );
  return {
    grid,
    attendance: result.stats.attendance.value,
    upperBound: problem.sessions.reduce((n, s) => n + s.voters.length, 0),
    rooms: problem.rooms.map((r) => ({
      name: r.name,
      seats: r.seats === unknownSeats ? null : r.seats,
    })),
    expected: problem.sessions.flatMap((s) =>
      s.estimate && placed.has(s.id) ? [{ topic: Number(s.id), ...s.estimate }] : [],
    ),
    unplaced: result.unscheduled.map((u) => ({ topic: Number(u.session), reason: u.reason })),
  };
}
