import { describe, expect, it } from "vitest";
import { scheduleEvent } from "../../src/jobs/schedule-event.js";
import { runUseCase } from "../../src/jobs/use-case.js";

/** The command line's run: no repository. */
const offline = { now: "2026-12-07T09:00:00Z", log: () => {} };

/** A small event: two rooms, two slots, three sessions, two of them chaired by one person. */
const problem = JSON.stringify({
  format: "neutral-schedule/1",
  rooms: [
    { name: "Ada", capacity: 20 },
    { name: "Byron", capacity: 40 },
  ],
  slots: [
    { id: "mon-1", day: "2026-03-02", start: "09:00", end: "10:30" },
    { id: "mon-2", day: "2026-03-02", start: "11:00", end: "12:30" },
  ],
  sessions: [
    { id: 1, title: "Payments", chairs: ["ann"], estimate: { min: 10, max: 30 } },
    { id: 2, title: "Search", chairs: ["bob"], requestedSlots: ["mon-1"] },
    { id: 3, title: "Hiring", chairs: ["ann"] },
  ],
});

describe("scheduleEvent, from the files a person named", () => {
  it("reads the problem, schedules it and lays out its grid", async () => {
    const read: string[] = [];
    const files: Record<string, string> = { "event.json": problem };
    const { result, grid } = await runUseCase(scheduleEvent, offline, {
      problem: "event.json",
      read: (file) => {
        read.push(file);
        return files[file] ?? "";
      },
    });

    expect(read).toEqual(["event.json"]);
    expect(result.stats.meetings).toMatchObject({ placed: 3, asked: 3 });
    // The two sessions ann chairs are never in one slot.
    const slotOf = (id: number) => result.assignment[id]?.[0]?.slot;
    expect(slotOf(1)).not.toBe(slotOf(3));
    expect(result.assignment[2]?.[0]?.slot).toBe("mon-1");
    expect(grid.join("\n")).toContain("Search");
  });

  it("a broken problem is told before the kept schedule is read", async () => {
    const read: string[] = [];
    const run = runUseCase(scheduleEvent, offline, {
      problem: "event.json",
      keep: "kept.json",
      read: (file) => {
        read.push(file);
        return file === "event.json" ? "{" : "";
      },
    });

    await expect(run).rejects.toThrow(/event\.json/);
    expect(read).toEqual(["event.json"]);
  });
});
