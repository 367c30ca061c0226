import { type LpSolver, type Problem, solveSchedule } from "./schedule/index.js";

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
}

/**
 * The unconference's case of the general scheduler (./schedule/): sessions of one meeting each,
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
  };
}
