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

/** Local search stops after this many passes without reaching a fixed point (it rarely needs 10). */
const maxPasses = 50;

/**
 * Places sessions in slots × rooms so that as many voters as possible can attend what they voted
 * for. A voter attends one session a slot, so two sessions they both voted for in the same slot
 * cost them one. A sponsor is never in two rooms at once. It starts greedy (the most-voted
 * sessions first, each into the slot where it clashes least) and improves by local search (moving
 * a session to another slot, swapping two, or swapping one in from the sessions left out), always
 * taking the first improving move in a fixed order: the same input gives the same schedule.
 */
export function schedule(sessions: Session[], slots: number, rooms: number): Schedule {
  const candidates = [...sessions]
    .map((s) => ({ ...s, voters: [...new Set(s.voters.map((v) => v.toLowerCase()))].sort() }))
    .sort((a, b) => b.voters.length - a.voters.length || a.id - b.id);
  const upperBound = candidates.reduce((n, s) => n + s.voters.length, 0);
  const bySlot: Session[][] = Array.from({ length: slots }, () => []);

  // Greedy: most-voted first, into the open slot where it costs the least attendance.
  const left: Session[] = [];
  for (const session of candidates) {
    let best = -1;
    let bestGain = -1;
    for (let s = 0; s < slots; s++) {
      const slot = bySlot[s] as Session[];
      if (slot.length >= rooms || !fits(session, slot)) continue;
      const gain = slotAttendance([...slot, session]) - slotAttendance(slot);
      if (gain > bestGain) {
        best = s;
        bestGain = gain;
      }
    }
    if (best >= 0) (bySlot[best] as Session[]).push(session);
    else left.push(session);
  }
  const greedy = total(bySlot);

  // Local search: first improving move, in a fixed order, until none improves.
  for (let pass = 0; pass < maxPasses && improve(bySlot, left, rooms); pass++);

  const grid = bySlot.map((slot) => {
    const inRooms = [...slot].sort((a, b) => b.voters.length - a.voters.length || a.id - b.id);
    return Array.from({ length: rooms }, (_, r) => inRooms[r] ?? null);
  });
  return { grid, attendance: total(bySlot), upperBound, greedy };
}

/** A sponsor cannot run two sessions at once. */
function fits(session: Session, slot: Session[]): boolean {
  return (
    session.sponsor === null ||
    !slot.some(
      (s) => s.sponsor !== null && s.sponsor.toLowerCase() === session.sponsor?.toLowerCase(),
    )
  );
}

/** The voters of a slot who can attend something they voted for: each counts once. */
function slotAttendance(slot: Session[]): number {
  const voters = new Set<string>();
  for (const s of slot) for (const v of s.voters) voters.add(v);
  return voters.size;
}

function total(bySlot: Session[][]): number {
  return bySlot.reduce((n, slot) => n + slotAttendance(slot), 0);
}

/** Applies the first move that raises attendance; false when none does. */
function improve(bySlot: Session[][], left: Session[], rooms: number): boolean {
  const slots = bySlot.length;
  // Move one session into a slot with a free room.
  for (let a = 0; a < slots; a++) {
    for (const [i, session] of (bySlot[a] as Session[]).entries()) {
      for (let b = 0; b < slots; b++) {
        const target = bySlot[b] as Session[];
        if (a === b || target.length >= rooms || !fits(session, target)) continue;
        const from = (bySlot[a] as Session[]).filter((_, k) => k !== i);
        const before = slotAttendance(bySlot[a] as Session[]) + slotAttendance(target);
        if (slotAttendance(from) + slotAttendance([...target, session]) > before) {
          bySlot[a] = from;
          target.push(session);
          return true;
        }
      }
    }
  }
  // Swap two sessions between slots.
  for (let a = 0; a < slots; a++) {
    for (let b = a + 1; b < slots; b++) {
      const A = bySlot[a] as Session[];
      const B = bySlot[b] as Session[];
      for (const [i, x] of A.entries()) {
        for (const [j, y] of B.entries()) {
          const A2 = A.map((s, k) => (k === i ? y : s));
          const B2 = B.map((s, k) => (k === j ? x : s));
          if (
            !fits(
              y,
              A.filter((_, k) => k !== i),
            ) ||
            !fits(
              x,
              B.filter((_, k) => k !== j),
            )
          )
            continue;
          if (slotAttendance(A2) + slotAttendance(B2) > slotAttendance(A) + slotAttendance(B)) {
            bySlot[a] = A2;
            bySlot[b] = B2;
            return true;
          }
        }
      }
    }
  }
  // Swap a placed session for one left out.
  for (let a = 0; a < slots; a++) {
    const A = bySlot[a] as Session[];
    for (const [i, x] of A.entries()) {
      for (const [j, y] of left.entries()) {
        const rest = A.filter((_, k) => k !== i);
        if (!fits(y, rest)) continue;
        if (slotAttendance([...rest, y]) > slotAttendance(A)) {
          bySlot[a] = [...rest, y];
          left[j] = x;
          return true;
        }
      }
    }
  }
  return false;
}
