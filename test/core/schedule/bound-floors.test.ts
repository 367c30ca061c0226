import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Problem, solveSchedule } from "../../../src/core/schedule/index.js";

type Session = Problem["sessions"][number];

const session = (id: number, over: Partial<Session> = {}): Session => ({
  id: String(id),
  title: "",
  chairs: [`chair${id}`],
  groups: [],
  estimate: null,
  requestedSlots: null,
  meetings: 1,
  avoid: [],
  tracks: [],
  kind: "breakout",
  voters: [],
  pinned: false,
  recorded: [],
  ...over,
});

const event = (seats: number[], slots: number, sessions: Session[]): Problem => ({
  rooms: seats.map((n, r) => ({ name: `R${r}`, seats: n, plenary: false, holds: 1 })),
  slots: Array.from({ length: slots }, (_, t) => ({
    id: `S${t}`,
    day: "d",
    start: `${String(9 + t).padStart(2, "0")}:00`,
    end: `${String(10 + t).padStart(2, "0")}:00`,
  })),
  sessions,
});

/** Pairs met at once when n meetings spread as evenly as they can over t slots. */
const evenPairs = (n: number, t: number) => {
  const q = Math.floor(n / t);
  const r = n % t;
  return r * (((q + 1) * q) / 2) + (t - r) * ((q * (q - 1)) / 2);
};

describe("bounds on problems whose floor is known by construction, times free", () => {
  it("counts big sessions against the big room-slots: the excess sits in rooms too small", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 8 }),
        (bigRooms, slots, big) => {
          // Small rooms enough for everyone; big sessions need 40 seats, only big rooms have them.
          const seats = [...Array(bigRooms).fill(50), ...Array(big + 2).fill(10)];
          const sessions = Array.from({ length: big + 2 }, (_, i) =>
            session(i + 1, { estimate: i < big ? { min: 30, max: 40 } : { min: 2, max: 8 } }),
          );
          const { stats } = solveSchedule(event(seats, slots, sessions));
          const floor = Math.max(0, big - bigRooms * slots);
          expect(stats.meetings.placed).toBe(big + 2);
          expect(stats.roomsTooSmallForTop).toEqual({ value: floor, bound: floor });
        },
      ),
      { numRuns: 25 },
    );
  });

  it("spreads a track as evenly as the slots allow: the clashes left are the floor", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 9 }), fc.integer({ min: 1, max: 4 }), (n, slots) => {
        const sessions = Array.from({ length: n }, (_, i) => session(i + 1, { tracks: ["media"] }));
        const { stats } = solveSchedule(event(Array(n).fill(30), slots, sessions));
        const floor = evenPairs(n, slots);
        expect(stats.meetings.placed).toBe(n);
        expect(stats.trackClashes).toEqual({ value: floor, bound: floor });
        expect(stats.levels.find((l) => l.level === "conflicts")?.gap).toBe(0);
      }),
      { numRuns: 25 },
    );
  });

  it("counts a chair's meetings against the slots: the excess is left out", () => {
    const sessions = Array.from({ length: 6 }, (_, i) => session(i + 1, { chairs: ["ann"] }));
    const { stats } = solveSchedule(event([30, 30, 30], 4, sessions));
    expect(stats.meetings).toEqual({ asked: 6, placed: 4, bound: 4 });
    expect(stats.optimal).toBe(true);
  });

  it("counts a group's sessions asking for the same two slots: all but two miss their time", () => {
    const sessions = Array.from({ length: 4 }, (_, i) =>
      session(i + 1, { groups: ["css"], requestedSlots: ["S0", "S1"] }),
    );
    const { stats } = solveSchedule(event([30, 30, 30], 4, sessions));
    expect(stats.meetings.placed).toBe(4);
    expect(stats.requestedTimesMissed).toEqual({ value: 2, bound: 2 });
  });

  it("says optimal only where every level meets its bound, and prints the gap where one does not", () => {
    const sessions = Array.from({ length: 5 }, (_, i) =>
      session(i + 1, { estimate: { min: 30, max: 40 }, tracks: ["media"] }),
    );
    const { stats } = solveSchedule(event([50, 10], 2, sessions));
    for (const level of stats.levels) {
      if (level.bound === null) expect(level.gap).toBeNull();
      else expect(level.gap).toBe(level.value - level.bound);
    }
    expect(stats.optimal).toBe(stats.levels.every((l) => l.gap === 0));
  });
});
