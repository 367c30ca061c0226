import { describe, expect, it } from "vitest";
import { toMarkdown } from "../../src/render/index.js";
import { scheduleDetails } from "../../src/render/meetings/schedule-details.js";

describe("the schedule's details on the meeting page", () => {
  it("shows the rooms' seats, each session's expected attendance, and what was left out and why", () => {
    const issues = new Map([
      [1, { title: "Platform charters", url: "https://github.com/o/r/issues/1" }],
      [2, { title: "On-call", url: "https://github.com/o/r/issues/2" }],
      [5, { title: "FinOps", url: "https://github.com/o/r/issues/5" }],
    ]);
    const markdown = toMarkdown({
      type: "root",
      children: scheduleDetails(
        {
          type: "schedule",
          at: "2026-12-03T09:00:00Z",
          grid: [[1, 2]],
          attendance: 3,
          upperBound: 3,
          rooms: [
            { name: "Atrium", seats: 40 },
            { name: "Library", seats: 12 },
          ],
          expected: [
            { topic: 1, min: 30, max: 35 },
            { topic: 2, min: 15, max: 20 },
          ],
          unplaced: [{ topic: 5, reason: "every room is taken in every slot" }],
        },
        issues,
      ),
    });
    expect(markdown).toContain("Rooms: Atrium (40 seats), Library (12 seats).");
    expect(markdown).toContain(
      "| [#1 Platform charters](https://github.com/o/r/issues/1) | Atrium | 40 | 30–35 |",
    );
    expect(markdown).toContain(
      "| [#2 On-call](https://github.com/o/r/issues/2) | Library | 12 | 15–20 (room too small) |",
    );
    expect(markdown).toContain("### Not placed (1)");
    expect(markdown).toContain(
      "- [#5 FinOps](https://github.com/o/r/issues/5): every room is taken in every slot.",
    );
  });

  it("adds nothing to a schedule recorded before rooms had seats", () => {
    expect(
      scheduleDetails(
        {
          type: "schedule",
          at: "2026-12-03T09:00:00Z",
          grid: [[1, null]],
          attendance: 1,
          upperBound: 1,
        },
        new Map(),
      ),
    ).toEqual([]);
  });
});
