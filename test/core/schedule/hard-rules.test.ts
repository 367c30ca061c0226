import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, type Problem, solveSchedule } from "../../../src/core/schedule/index.js";

const people = ["ann", "bob", "cy", "dee"];
const groups = ["css", "wasm", "i18n"];

/** Small random events: rooms of several sizes (one a plenary), slots, sessions asking for things. */
const problemArb = fc
  .record({
    seats: fc.array(fc.integer({ min: 5, max: 80 }), { minLength: 1, maxLength: 4 }),
    plenary: fc.boolean(),
    slots: fc.integer({ min: 1, max: 4 }),
    sessions: fc.array(
      fc.record({
        chairs: fc.subarray(people, { maxLength: 2 }),
        groups: fc.subarray(groups, { maxLength: 1 }),
        estimate: fc.option(
          fc.record({
            min: fc.integer({ min: 1, max: 40 }),
            extra: fc.option(fc.integer({ min: 0, max: 40 })),
          }),
        ),
        requested: fc.option(fc.uniqueArray(fc.nat({ max: 3 }), { minLength: 1, maxLength: 3 })),
        meetings: fc.integer({ min: 1, max: 3 }),
        plenary: fc.boolean(),
        tracks: fc.subarray(["identity"], { maxLength: 1 }),
      }),
      { maxLength: 10 },
    ),
  })
  .map(
    ({ seats, plenary, slots, sessions }): Problem => ({
      rooms: seats.map((n, r) => ({
        name: `R${r}`,
        seats: n,
        plenary: plenary && r === 0,
        holds: plenary && r === 0 ? 2 : 1,
      })),
      slots: Array.from({ length: slots }, (_, t) => ({
        id: `S${t}`,
        day: "d",
        start: "09:00",
        end: "10:00",
      })),
      sessions: sessions.map((s, i) => ({
        id: String(i + 1),
        title: "",
        chairs: s.chairs,
        groups: s.groups,
        estimate: s.estimate
          ? {
              min: s.estimate.min,
              max: s.estimate.extra === null ? null : s.estimate.min + s.estimate.extra,
            }
          : null,
        requestedSlots: s.requested
          ? s.requested.filter((t) => t < slots).map((t) => `S${t}`)
          : null,
        meetings: s.meetings,
        avoid: i > 0 ? ["1"] : [],
        tracks: s.tracks,
        kind: s.plenary ? "plenary" : "breakout",
        voters: s.chairs,
        pinned: false,
        recorded: [],
      })),
    }),
  );

describe("the scheduler's hard rules", () => {
  it("never puts a chair or a group in two places, overfills a room, or breaks the plenary rules", () => {
    fc.assert(
      fc.property(problemArb, (problem) => {
        const result = solveSchedule(problem);
        const f = evaluate(problem, result.assignment);
        expect(f).toMatchObject({
          chairClashes: 0,
          groupClashes: 0,
          roomClashes: 0,
          sessionTwiceInSlot: 0,
          tooManyMeetings: 0,
          plenaryRulesBroken: 0,
          unknownPlaces: 0,
        });
      }),
      { numRuns: 200 },
    );
  });

  it("reports the figures the assignment has, and never beats a bound it proved", () => {
    fc.assert(
      fc.property(problemArb, (problem) => {
        const { stats, assignment, unscheduled } = solveSchedule(problem);
        const f = evaluate(problem, assignment);
        expect(stats.meetings.placed).toBe(f.placed);
        expect(stats.meetings.placed).toBeLessThanOrEqual(stats.meetings.bound);
        expect(stats.requestedTimesMissed.value).toBe(f.requestedTimesMissed);
        expect(stats.requestedTimesMissed.value).toBeGreaterThanOrEqual(
          stats.requestedTimesMissed.bound ?? 0,
        );
        expect(stats.roomsTooSmallForTop.value).toBeGreaterThanOrEqual(
          stats.roomsTooSmallForTop.bound ?? 0,
        );
        expect(stats.roomsTooSmallForBottom.value).toBeGreaterThanOrEqual(
          stats.roomsTooSmallForBottom.bound ?? 0,
        );
        expect(stats.conflicts.value).toBeGreaterThanOrEqual(stats.conflicts.bound ?? 0);
        expect(stats.attendance.value).toBeLessThanOrEqual(
          stats.attendance.bound ?? Number.POSITIVE_INFINITY,
        );
        expect(stats.trackClashes.value).toBeGreaterThanOrEqual(stats.trackClashes.bound ?? 0);
        // Every level bound printed is one the schedule cannot beat; "optimal" means every gap is 0.
        for (const level of stats.levels)
          expect(level.value).toBeGreaterThanOrEqual(level.bound ?? Number.NEGATIVE_INFINITY);
        expect(stats.optimal).toBe(stats.levels.every((l) => l.gap === 0));
        expect(unscheduled.reduce((n, u) => n + u.missing, 0)).toBe(f.asked - f.placed);
      }),
      { numRuns: 200 },
    );
  });
});

describe("the scheduler's determinism", () => {
  it("gives the same sessions, listed in another order, the same schedule", () => {
    fc.assert(
      fc.property(problemArb, (problem) => {
        const reversed = { ...problem, sessions: [...problem.sessions].reverse() };
        expect(solveSchedule(reversed).assignment).toEqual(solveSchedule(problem).assignment);
      }),
      { numRuns: 100 },
    );
  });
});
