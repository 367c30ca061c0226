import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/run-cli.js";
import {
  type Assignment,
  evaluate,
  readProblem,
  type ScheduleResult,
  solveSchedule,
} from "../../../src/core/schedule/index.js";

/** W3C's real events, converted to the problem format (test/fixtures/tpac, MIT, see its LICENSE). */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const dataDir = resolve(repoRoot, "test/fixtures/tpac");
const dataFile = (name: string) => resolve(dataDir, name);
const problemOf = (name: string) => readProblem(readFileSync(dataFile(name), "utf8"), name);

async function scheduleCli(...args: string[]): Promise<ScheduleResult & { code: number }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(["schedule", ...args, "--json"], {
    cwd: repoRoot,
    env: {},
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    now: () => "",
  });
  expect(err).toEqual([]);
  return { code, ...JSON.parse(out.join("\n")) };
}

const placementsMoved = (before: Assignment, after: Assignment) =>
  Object.entries(before).flatMap(([id, places]) =>
    places
      .filter((p) => !(after[id] ?? []).some((q) => q.slot === p.slot && q.room === p.room))
      .map(() => id),
  );

describe("roundtable schedule on W3C's events", () => {
  it("places TPAC 2023's 223 meetings at their requested times, with rooms too small at the floor", async () => {
    const result = await scheduleCli("--problem", dataFile("tpac2023.json"));
    expect(result.code).toBe(0);
    const { stats } = result;
    expect(stats.meetings).toEqual({ asked: 223, placed: 223, bound: 223 });
    expect(stats.requestedTimesMissed).toEqual({ value: 0, bound: 0 });
    expect(stats.roomsTooSmallForTop).toEqual({ value: 4, bound: 4 });
    expect(stats.chairClashes).toBe(0);
    expect(stats.groupClashes).toBe(0);
    expect(stats.roomClashes).toBe(0);
    expect(result.unscheduled).toEqual([]);
    // The figures hold when counted again from the assignment alone.
    const again = evaluate(problemOf("tpac2023.json"), result.assignment);
    expect(again).toMatchObject({
      placed: 223,
      requestedTimesMissed: 0,
      roomsTooSmallForTop: 4,
      chairClashes: 0,
      groupClashes: 0,
      roomClashes: 0,
      sessionTwiceInSlot: 0,
      tooManyMeetings: 0,
    });
  });

  it("places Breakouts Day 2024's 19 sessions with no conflict, no clash, and the plenary kept for plenaries", async () => {
    const result = await scheduleCli("--problem", dataFile("breakouts-day-2024.json"));
    expect(result.code).toBe(0);
    const { stats } = result;
    expect(stats.meetings).toEqual({ asked: 19, placed: 19, bound: 19 });
    expect(stats.conflicts.value).toBe(0);
    expect(stats.trackClashes.value).toBe(0);
    expect(stats.chairClashes).toBe(0);
    expect(stats.groupClashes).toBe(0);
    expect(stats.plenaryRulesBroken).toBe(0);
    expect(stats.optimal).toBe(true);
    const inPlenary = Object.values(result.assignment)
      .flat()
      .filter((p) => p.room === "Plenary");
    expect(inPlenary).toEqual([]);
  });
});

describe("replanning TPAC 2023", () => {
  const problem = problemOf("tpac2023.json");
  const first = solveSchedule(problem);

  it("moves only the session whose requested slot changed, and at most 2 other meetings", () => {
    // Session 6 (one meeting) asked for Monday 09:30; it now asks for Friday 09:30 instead.
    const session = problem.sessions.find((s) => s.id === "6");
    expect(session?.requestedSlots).toEqual(["2023-09-11 09:30"]);
    const changed = {
      ...problem,
      sessions: problem.sessions.map((s) =>
        s.id === "6" ? { ...s, requestedSlots: ["2023-09-15 09:30"] } : s,
      ),
    };
    const replanned = solveSchedule(changed, { keep: first.assignment });
    expect(replanned.assignment["6"]?.map((p) => p.slot)).toEqual(["2023-09-15 09:30"]);
    const moved = placementsMoved(first.assignment, replanned.assignment);
    expect(moved).toContain("6");
    expect(moved.filter((id) => id !== "6").length).toBeLessThanOrEqual(2);
    expect(replanned.stats.requestedTimesMissed.value).toBe(0);
    expect(replanned.stats.moved?.value).toBe(moved.length);
    expect(replanned.moves.map((m) => m.session).sort()).toEqual([...moved].sort());
    expect(replanned.moves.find((m) => m.session === "6")?.why).toBe(
      "it no longer asks for 2023-09-11 09:30",
    );
  });

  it("moves nothing when nothing changed", () => {
    const again = solveSchedule(problem, { keep: first.assignment });
    expect(placementsMoved(first.assignment, again.assignment)).toEqual([]);
    expect(again.moves).toEqual([]);
  });

  it("never moves a pinned meeting, even one whose requested slot changed", () => {
    const changed = {
      ...problem,
      sessions: problem.sessions.map((s) =>
        s.id === "6" ? { ...s, pinned: true, requestedSlots: ["2023-09-15 09:30"] } : s,
      ),
    };
    const replanned = solveSchedule(changed, { keep: first.assignment });
    expect(replanned.assignment["6"]).toEqual(first.assignment["6"]);
  });

  it("moves the meetings of a room that is lost, and says why", () => {
    const lost = "Giralda V";
    const changed = { ...problem, rooms: problem.rooms.filter((r) => r.name !== lost) };
    const replanned = solveSchedule(changed, { keep: first.assignment });
    const wasThere = Object.values(first.assignment)
      .flat()
      .filter((p) => p.room === lost).length;
    expect(replanned.moves.filter((m) => m.why === `its room ${lost} is gone`).length).toBe(
      wasThere,
    );
    expect(replanned.stats.meetings.placed).toBe(223);
  });
});

describe("replanning TPAC 2023 after a change that breaks the kept schedule", () => {
  const problem = problemOf("tpac2023.json");
  const first = solveSchedule(problem);
  // Two sessions that meet at once in the first schedule now share a group: one must move.
  const inSlot = new Map<string, string[]>();
  for (const [id, places] of Object.entries(first.assignment))
    for (const p of places) inSlot.set(p.slot, [...(inSlot.get(p.slot) ?? []), id]);
  const [a, b] = [...inSlot.values()].find((ids) => ids.length >= 2) as [string, string];
  const changed = {
    ...problem,
    sessions: problem.sessions.map((s) =>
      s.id === a || s.id === b ? { ...s, groups: [...s.groups, "joint"] } : s,
    ),
  };
  const replanned = solveSchedule(changed, { keep: first.assignment });
  const fresh = solveSchedule(changed);

  it("does no worse than a fresh run on every objective ranked before moving kept meetings", () => {
    const levels = (r: ScheduleResult) =>
      r.stats.levels.slice(0, 3).map((l) => ({ level: l.level, value: l.value }));
    for (const [i, level] of levels(replanned).entries())
      expect(level.value).toBeLessThanOrEqual(levels(fresh)[i]?.value as number);
    expect(replanned.stats.groupClashes).toBe(0);
  });

  it("says why each kept meeting moved, naming what it gained", () => {
    expect(replanned.moves.length).toBeGreaterThan(0);
    for (const move of replanned.moves) expect(move.why).toMatch(/^(so |it made way for #)/);
    expect(replanned.moves.map((m) => m.why)).toContain(
      "so no chair or group is in two places at once (the kept schedule had them so)",
    );
  });

  it("gives the same schedule when run twice", () => {
    expect(solveSchedule(changed, { keep: first.assignment }).assignment).toEqual(
      replanned.assignment,
    );
  });
});
