import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/index.js";
import { metricsOf, parseSnapshot } from "../../src/core/index.js";
import { renderPages } from "../../src/render/pages/render-pages.js";
import { config, issue, snapshot, vote } from "../helpers/factories.js";
import { expectGolden } from "../helpers/golden.js";
import { markdownProblems } from "../helpers/markdownlint.js";

const example = parseSnapshot(readFileSync("examples/board.json", "utf8"), "examples/board.json");
const exampleConfig = parseConfig(readFileSync("examples/roundtable.yml", "utf8"));

describe("the metrics page", () => {
  it("of the example board matches the golden file and passes markdownlint", () => {
    const page = renderPages(example, exampleConfig, () => undefined).find(
      (p) => p.path === "docs/metrics.md",
    );
    expectGolden(page?.content ?? "", "metrics-example/metrics.md");
    expect(markdownProblems(page?.content ?? "")).toEqual([]);
  });

  it("lists the meetings held: participants, topics, minutes, takeaways and check-in agreement", () => {
    const page =
      renderPages(example, exampleConfig, () => undefined).find((p) => p.path === "docs/metrics.md")
        ?.content ?? "";
    // 8 seated; one topic; 17:00–17:30; an outcome and two takeaways; 22 of 24 check-in answers 👍.
    expect(page).toContain(
      "| 2026-11-12 | [#60 Lean coffee, November](https://github.com/acme-leads/roundtable/issues/60) | 8 | 1 | 30 | 3 | 92% |",
    );
    // The offsite has not started: it is not a meeting held yet.
    expect(page).not.toContain("#61");
  });

  it("counts each quarter's topics, votes, voters, shipped items and action items", () => {
    const now = "2026-11-20T00:00:00Z";
    const rows = metricsOf(
      snapshot([
        issue(1, {
          createdAt: "2026-10-02T00:00:00Z",
          reactions: [
            vote("a", "2026-10-03T00:00:00Z"),
            vote("b", "2026-07-03T00:00:00Z"),
            vote("bot", "2026-10-03T00:00:00Z", true),
          ],
        }),
        issue(2, {
          createdAt: "2026-08-02T00:00:00Z",
          state: "closed",
          closedAt: "2026-10-05T00:00:00Z",
        }),
        issue(3, { createdAt: "2026-08-02T00:00:00Z", labels: ["topic", "status:parked"] }),
        issue(4, {
          labels: ["roadmap", "lane:research"],
          state: "closed",
          closedAt: "2026-11-01T00:00:00Z",
        }),
        issue(5, {
          labels: ["action-item"],
          createdAt: "2026-07-10T00:00:00Z",
          state: "closed",
          closedAt: "2026-10-10T00:00:00Z",
        }),
        issue(6, { createdAt: "2025-01-01T00:00:00Z" }),
      ]),
      config(),
      [],
      now,
    );
    const [, , q3, q4] = rows;
    expect(rows.map((r) => `${r.quarter.year}-Q${r.quarter.q}`)).toEqual([
      "2026-Q1",
      "2026-Q2",
      "2026-Q3",
      "2026-Q4",
    ]);
    expect(q3).toMatchObject({
      topicsProposed: 2,
      topicsParked: 1,
      votes: 1,
      voters: 1,
      actionItemsOpened: 1,
      actionItemsClosed: 0,
    });
    expect(q4).toMatchObject({
      topicsProposed: 1,
      topicsDiscussed: 1,
      votes: 1,
      voters: 1,
      shippedByLane: { research: 1 },
      actionItemsClosed: 1,
    });
  });
});
