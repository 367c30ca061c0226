import { describe, expect, it } from "vitest";
import { parseMeetingForm, type QueueEntry } from "../../../src/core/index.js";
import { scheduleMeeting } from "../../../src/core/meetings/unconference.js";

const form = parseMeetingForm(
  [
    "### Date\n\n2026-12-03",
    "### Start time\n\n10:00",
    "### Time zone\n\nEurope/Berlin",
    "### Format\n\nUnconference",
    "### Unconference slots\n\n2 x 45 at 10:00, 11:00",
    "### Unconference rooms\n\nAtrium 40, Library 12",
  ].join("\n\n"),
);

/** A topic to discuss, its body written by the topic form. */
function entry(
  number: number,
  sponsor: string,
  voters: string[],
  session: Record<string, string> = {},
): QueueEntry {
  const body = [
    "### What is it?\n\nA topic",
    ...Object.entries(session).map(([label, text]) => `### ${label}\n\n${text}`),
  ].join("\n\n");
  return {
    topic: { number, title: `Topic ${number}`, sponsor, body } as QueueEntry["topic"],
    votes: voters.length,
    voters,
    sponsored: true,
  };
}

describe("a meeting's schedule from its forms", () => {
  it("seats the big session in the big room, keeps preferred slots and keeps co-chairs apart", () => {
    const plan = scheduleMeeting(form, [
      entry(1, "ann", ["a", "b"], { "Expected attendance": "30-35", "Co-chairs": "bob" }),
      entry(2, "bob", ["c"], { "Expected attendance": "5-10" }),
      entry(3, "cy", ["d"], { "Preferred slots": "11:00", "Expected attendance": "10" }),
      entry(4, "dee", ["e"]),
      entry(5, "ed", []),
    ]);
    expect(plan?.rooms).toEqual([
      { name: "Atrium", seats: 40 },
      { name: "Library", seats: 12 },
    ]);
    const where = (n: number) => {
      const t = plan?.grid.findIndex((slot) => slot.includes(n)) ?? -1;
      return t < 0 ? null : { slot: t, room: plan?.grid[t]?.indexOf(n) };
    };
    expect(where(1)?.room).toBe(0); // 35 people: the Atrium
    expect(where(3)?.slot).toBe(1); // asked for 11:00
    expect(where(2)?.slot).not.toBe(where(1)?.slot); // bob co-chairs #1
    expect(plan?.unplaced).toEqual([{ topic: 5, reason: "every room is taken in every slot" }]);
    expect(plan?.expected).toEqual([
      { topic: 1, min: 30, max: 35 },
      { topic: 2, min: 5, max: 10 },
      { topic: 3, min: 10, max: 10 },
    ]);
  });
});
