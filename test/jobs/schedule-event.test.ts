import { describe, expect, it } from "vitest";
import { scheduleFromFiles } from "../../src/jobs/schedule-event.js";

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

describe("scheduleFromFiles", () => {
  it("reads the problem, schedules it and lays out its grid", async () => {
    const read: string[] = [];
    const files: Record<string, string> = { "event.json": problem };
    const { result, grid } = await scheduleFromFiles({ problem: "event.json" }, (file) => {
      read.push(file);
      return files[file] ?? "";
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
    const run = scheduleFromFiles({ problem: "event.json", keep: "kept.json" }, (file) => {
      read.push(file);
      return file === "event.json" ? "{" : "";
    });

    await expect(run).rejects.toThrow(/event\.json/);
    expect(read).toEqual(["event.json"]);
  });
});
