// @vitest-environment jsdom
// Mermaid's parser needs a DOM: jsdom gives it one, so the chart is checked by the package GitHub draws with.
import { describe, expect, it } from "vitest";
import { checkinsMarker, encodeCheckins, okrsOf, roadmapOf } from "../../src/core/index.js";
import { renderPages } from "../../src/render/pages/render-pages.js";
import { config, issue, snapshot } from "../helpers/factories.js";
import { markdownProblems } from "../helpers/markdownlint.js";
import { mermaidBlocks, parseDiagram } from "../helpers/mermaid.js";

const now = "2026-11-20T09:00:00Z";
const hostile = 'Pager "fatigue"; %%{init}%% <b>#35; `x` [y] --> z\nflowchart';

/** Objective #1 → KR #2 (no numbers) → items #3 (shipped) and #4 → topic #5; KR #6 measured; KR #7 summed by GitHub. */
const board = snapshot([
  issue(1, { labels: [], type: "Objective", milestone: "2026-Q4", title: "Calm on-call" }),
  issue(2, { labels: [], type: "Key result", parent: 1, title: "Runbooks everywhere" }),
  issue(3, {
    labels: ["lane:production"],
    type: "Roadmap item",
    parent: 2,
    state: "closed",
    milestone: "2026-Q4",
    title: "Runbook template",
  }),
  issue(4, {
    labels: ["lane:early"],
    type: "Roadmap item",
    parent: 2,
    milestone: "2027-Q1",
    title: "Alert review bot",
  }),
  issue(5, { labels: ["topic"], parent: 4, title: hostile }),
  issue(6, {
    labels: ["key-result"],
    parent: 1,
    title: "Pages per week",
    body: "### What will we measure?\n\nPages\n\n### Start value\n\n10\n\n### Target value\n\n2\n\n### Current value\n\n6\n\n### Unit\n\n_No response_",
  }),
  issue(7, {
    labels: ["key-result"],
    parent: 1,
    title: "Alerts with an owner",
    subIssuesSummary: { total: 4, completed: 3, percentCompleted: 75 },
  }),
]);

describe("progress from the tree", () => {
  const [q4] = okrsOf(board, config(), now);
  const objective = q4?.objectives[0];

  it("gives a key result without numbers the share of its sub-issues closed, from GitHub's summary or the tree", () => {
    expect(objective?.keyResults.map((kr) => [kr.issue.number, kr.progress, kr.subIssues])).toEqual(
      [
        [2, 0.5, { total: 2, completed: 1 }],
        [6, 0.5, null],
        [7, 0.75, { total: 4, completed: 3 }],
      ],
    );
    expect(objective?.progress).toBeCloseTo((0.5 + 0.5 + 0.75) / 3);
  });

  it("keeps a closed key result done, whatever its sub-issues say", () => {
    const closed = snapshot(
      board.issues.map((i) => (i.number === 2 ? { ...i, state: "closed" as const } : i)),
    );
    expect(okrsOf(closed, config(), now)[0]?.objectives[0]?.keyResults[0]?.progress).toBe(1);
  });

  it("shows objective → key results → roadmap items → topics, with a chart Mermaid draws", async () => {
    const pages = new Map(
      renderPages(board, config(), () => undefined).map((p) => [p.path, p.content]),
    );
    const page = pages.get("docs/okrs/2026-Q4.md") ?? "";
    expect(page).toContain("`█████░░░░░` 50% (1 of 2 sub-issues closed)");
    expect(page).toContain("`████████░░` 75% (3 of 4 sub-issues closed)");
    expect(page).toContain(
      "| [Runbooks everywhere](https://github.com/acme/board/issues/2) #2 | [Alert review bot](https://github.com/acme/board/issues/4) #4 | [Pager",
    );
    expect(page).toContain(
      "[Runbook template](https://github.com/acme/board/issues/3) #3 (shipped) | – |",
    );
    expect(markdownProblems(page)).toEqual([]);
    const [chart] = mermaidBlocks(page);
    expect(chart).toMatch(/^flowchart LR\n/);
    // The hostile title is one box's label: no directive, entity, quote or extra line survives.
    const box = chart?.split("\n").find((l) => l.startsWith("  i5["));
    expect(box).toBe('  i5["#5 · Pager fatigue, %{init}% b#35, x [y] --…"]');
    expect(chart?.split("\n")).toContain("  i4 --> i5");
    const parsed = await parseDiagram(chart ?? "");
    expect(parsed.type).toBe("flowchart-v2");
  });

  it("says on the roadmap which key result each item serves", () => {
    const roadmap = roadmapOf(board, config(), now);
    expect(roadmap.lanes[0]?.thisQuarter[0]?.serves?.number).toBe(2);
    const page = renderPages(board, config(), () => undefined).find(
      (p) => p.path === "docs/roadmap.md",
    );
    expect(page?.content).toContain("| Serves |");
    expect(page?.content).toContain(
      "[Runbooks everywhere](https://github.com/acme/board/issues/2) #2",
    );
  });

  it("draws a key result's check-ins as a line Mermaid parses, whatever its title and notes say", async () => {
    const checkins = [
      {
        at: "2026-10-05T09:00:00Z",
        value: 3,
        status: "on-track" as const,
        note: "ok",
        by: "kai",
        comment: 1,
      },
      {
        at: "2026-11-02T09:00:00Z",
        value: 2.5,
        status: "at-risk" as const,
        note: hostile,
        by: "kai",
        comment: 2,
      },
    ];
    const own = {
      id: 1,
      url: "https://github.com/acme/board/issues/6#issuecomment-1",
      author: { login: "roundtable", bot: true, self: true },
      createdAt: "2026-11-02T09:00:00Z",
      body: `${checkinsMarker}\n${encodeCheckins(checkins)}`,
      votes: 0,
    };
    // The same record in someone else's comment means nothing.
    const pasted = {
      ...own,
      id: 2,
      author: { login: "mallory", bot: false },
      body: `${checkinsMarker}\n${encodeCheckins([{ ...checkins[0], value: 99 } as (typeof checkins)[0]])}`,
    };
    const issues = board.issues.map((i) =>
      i.number === 7 ? { ...i, title: hostile, comments: [pasted, own] } : i,
    );
    const page =
      renderPages(snapshot(issues), config(), () => undefined).find(
        (p) => p.path === "docs/okrs/2026-Q4.md",
      )?.content ?? "";
    const chart = mermaidBlocks(page).find((b) => b.startsWith("xychart-beta"));
    expect(chart).toContain('x-axis ["5 Oct", "2 Nov"]');
    expect(chart).toContain("line [3, 2.5]");
    expect((await parseDiagram(chart ?? "")).items).toEqual(["5 Oct", "2 Nov"]);
    expect(page).toContain("**drifted from on track**");
    expect(markdownProblems(page)).toEqual([]);
  });
});
