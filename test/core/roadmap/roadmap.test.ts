import { describe, expect, it } from "vitest";
import { parseRoadmapForm, priorityOf, roadmapOf } from "../../../src/core/index.js";
import { config, issue, snapshot } from "../../helpers/factories.js";

const answers = {
  aligned: "strongly",
  impact: "high",
  effort: "medium",
  important: "yes",
  happy: "maybe",
  confidence: "medium",
  reach: 200,
} as const;

describe("priorityOf", () => {
  it("weighs the roadmap questions by default, and shows each part", () => {
    expect(priorityOf(answers, "default")).toEqual({
      value: 6.75,
      parts: [
        { name: "aligned", value: 3 },
        { name: "impact", value: 3 },
        { name: "importance", value: 1.5 },
        { name: "joy", value: 1 },
        { name: "effort", value: 2, divides: true },
      ],
      missing: [],
    });
  });

  it("computes ICE and RICE", () => {
    expect(priorityOf(answers, "ice").value).toBe(4.8); // 3 × 0.8 × 2
    expect(priorityOf(answers, "rice").value).toBe(480); // 200 × 3 × 0.8 ÷ 1
  });

  it("leaves an item unscored, naming what is missing, rather than guessing", () => {
    const blank = { ...answers, effort: null, reach: null };
    expect(priorityOf(blank, "default")).toMatchObject({ value: null, missing: ["effort"] });
    expect(priorityOf(blank, "rice")).toMatchObject({ value: null, missing: ["reach", "effort"] });
  });
});

describe("parseRoadmapForm", () => {
  it("reads dropdown answers by their first word, and a reach with separators", () => {
    const body = [
      "### What level of effort will it take?\n\nLarge (several quarters)",
      "### Is it aligned with our mission, vision and values?\n\nNot really",
      "### Reach (people it touches in a quarter)\n\n1,200",
      "### What is its potential impact?\n\nNone",
    ].join("\n\n");
    expect(parseRoadmapForm(body)).toMatchObject({
      effort: "large",
      aligned: "not",
      reach: 1200,
      impact: null,
    });
  });
});

describe("roadmapOf", () => {
  const item = (
    n: number,
    labels: string[],
    milestone: string | null,
    state: "open" | "closed" = "open",
  ) => issue(n, { labels: ["roadmap", ...labels], milestone, state });
  const now = "2026-11-20T00:00:00Z";

  it("places items by lane and quarter, and keeps unplaced ones as further ideas", () => {
    const roadmap = roadmapOf(
      snapshot([
        item(1, ["lane:production"], "2026-Q4"),
        item(2, ["lane:production"], "2027-Q1"),
        item(3, ["lane:research"], "2028-Q2"),
        item(4, ["lane:early"], "2026-Q2"),
        item(5, ["lane:early"], "2026-Q2", "closed"),
        item(6, [], "2026-Q4"),
        item(7, ["lane:early"], null),
        issue(8, { labels: ["topic"] }),
      ]),
      config(),
      now,
    );
    const numbers = (items: Array<{ issue: { number: number } }>) =>
      items.map((i) => i.issue.number);
    expect(
      roadmap.lanes.map((s) => [
        s.lane.key,
        numbers(s.thisQuarter),
        numbers(s.nextQuarter),
        numbers(s.later),
      ]),
    ).toEqual([
      ["production", [1], [2], []],
      ["early", [4], [], []],
      ["research", [], [], [3]],
    ]);
    expect(numbers(roadmap.furtherIdeas)).toEqual([6, 7]);
  });

  it("counts quarters from the fiscal year's first month", () => {
    const cfg = config((c) => {
      c.roadmap.fiscalYearStart = 4;
    });
    const roadmap = roadmapOf(snapshot([item(1, ["lane:production"], "2027-Q3")]), cfg, now);
    expect(roadmap.current).toEqual({ year: 2027, q: 3 });
    expect(roadmap.lanes[0]?.thisQuarter).toHaveLength(1);
  });

  it("reads lane and quarter from the board when a project is configured", () => {
    const cfg = config((c) => {
      c.project = {
        owner: "acme",
        number: 1,
        fields: { status: "Status", lane: "Lane", quarter: "Quarter", slot: "Slot", room: "Room" },
        statusOptions: {},
        setup: false,
      };
    });
    const onBoard = issue(1, {
      labels: ["roadmap"],
      board: { itemId: "I", fields: { Lane: "Research", Quarter: "Q1 2027" } },
    });
    const roadmap = roadmapOf(snapshot([onBoard]), cfg, now);
    expect(roadmap.lanes[2]?.nextQuarter.map((i) => i.issue.number)).toEqual([1]);
  });
});
