import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { type Session, schedule } from "../../../src/core/index.js";
import type { LpSolver } from "../../../src/core/schedule/index.js";
import { loadLpSolver } from "../../../src/schedule-solver/index.js";

/** The best attendance of any placement: every choice of sessions, every split into slots. */
function exhaustive(sessions: Session[], slots: number, rooms: number): number {
  const attendance = (slot: Session[]) => new Set(slot.flatMap((s) => s.voters)).size;
  const sponsorsOk = (slot: Session[]) => {
    const sponsors = slot.flatMap((s) => (s.sponsor ? [s.sponsor] : []));
    return new Set(sponsors).size === sponsors.length;
  };
  let best = 0;
  const bySlot: Session[][] = Array.from({ length: slots }, () => []);
  const place = (i: number, placed: number) => {
    // Placing fewer meetings than fit is never optimal: the scheduler places as many as it can.
    if (placed + sessions.length - i < maxPlaced) return;
    if (i === sessions.length) {
      const total = bySlot.reduce((n, slot) => n + attendance(slot), 0);
      if (placed === maxPlaced) best = Math.max(best, total);
      return;
    }
    place(i + 1, placed);
    for (const slot of bySlot) {
      if (slot.length < rooms && sponsorsOk([...slot, sessions[i] as Session])) {
        slot.push(sessions[i] as Session);
        place(i + 1, placed + 1);
        slot.pop();
      }
      if (slot.length === 0) break; // empty slots are alike: try the first only
    }
  };
  let maxPlaced = 0;
  const count = (i: number, placed: number) => {
    if (maxPlaced === Math.min(sessions.length, slots * rooms)) return;
    if (i === sessions.length) {
      maxPlaced = Math.max(maxPlaced, placed);
      return;
    }
    count(i + 1, placed);
    for (const slot of bySlot) {
      if (slot.length < rooms && sponsorsOk([...slot, sessions[i] as Session])) {
        slot.push(sessions[i] as Session);
        count(i + 1, placed + 1);
        slot.pop();
      }
      if (slot.length === 0) break;
    }
  };
  count(0, 0);
  place(0, 0);
  return best;
}

const voters = Array.from({ length: 10 }, (_, i) => `v${i}`);
/** Dot votes: each voter's 3 dots on distinct topics, and sponsors from a small crowd. */
const dotVotes = (topics: number) =>
  fc
    .tuple(
      fc.array(fc.uniqueArray(fc.nat({ max: topics - 1 }), { minLength: 3, maxLength: 3 }), {
        minLength: voters.length,
        maxLength: voters.length,
      }),
      fc.array(
        fc.option(fc.constantFrom("ann", "bob", "cy", "dee", "ed", "flo", "gus"), { nil: null }),
        {
          minLength: topics,
          maxLength: topics,
        },
      ),
    )
    .map(([dots, sponsors]) =>
      sponsors.map(
        (sponsor, t): Session => ({
          id: t + 1,
          sponsor,
          voters: voters.filter((_, v) => dots[v]?.includes(t)),
        }),
      ),
    );

describe("the unconference's schedule (seed 000's case)", () => {
  let solver: LpSolver;
  beforeAll(async () => {
    solver = await loadLpSolver();
  });

  it("splits 12 sessions from dot votes in 6 slots × 2 rooms with the optimum attendance", () => {
    fc.assert(
      fc.property(dotVotes(12), (sessions) => {
        const result = schedule(sessions, 6, 2, solver);
        expect(result.attendance).toBe(exhaustive(sessions, 6, 2));
      }),
      { numRuns: 5 },
    );
  }, 60_000);

  it("chooses which topics to place, when more are proposed than fit, with the optimum attendance", () => {
    fc.assert(
      fc.property(dotVotes(8), (sessions) => {
        const result = schedule(sessions, 3, 2, solver);
        expect(result.attendance).toBe(exhaustive(sessions, 3, 2));
      }),
      { numRuns: 5 },
    );
  }, 60_000);
});
