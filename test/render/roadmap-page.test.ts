import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/index.js";
import { parseSnapshot } from "../../src/core/index.js";
import { renderPages } from "../../src/render/pages/render-pages.js";
import { config, issue, snapshot } from "../helpers/factories.js";
import { expectGolden } from "../helpers/golden.js";
import { markdownProblems } from "../helpers/markdownlint.js";

const example = parseSnapshot(readFileSync("examples/board.json", "utf8"), "examples/board.json");
const exampleConfig = parseConfig(readFileSync("examples/roundtable.yml", "utf8"));
const roadmapPage = (snap = example, cfg = exampleConfig) =>
  renderPages(snap, cfg, () => undefined).find((p) => p.path === "docs/roadmap.md");

describe("the roadmap page", () => {
  it("of the example board matches the golden file and passes markdownlint", () => {
    const page = roadmapPage();
    expectGolden(page?.content ?? "", "roadmap-example/roadmap.md");
    expect(markdownProblems(page?.content ?? "")).toEqual([]);
  });

  it("says which formula ranks the items, and shows each score's parts", () => {
    const content = roadmapPage()?.content ?? "";
    expect(content).toContain("priority: aligned × impact × importance × joy ÷ effort");
    expect(content).toContain("| **16.2** (3 × 3 × 1.5 × 1.2 ÷ 1) |");
    expect(content).toContain("_unscored: effort unanswered_");
  });

  it("charts the lanes and the quarters", () => {
    const content = roadmapPage()?.content ?? "";
    expect(content).toContain(
      '```mermaid\npie title Roadmap items by lane\n  "Production (3)" : 43\n  "Early (2)" : 29\n  "Research (2)" : 28\n```',
    );
    expect(content).toContain(
      "  section Early\n  #28 · Golden path for new services :2027-01-01, 90d",
    );
  });

  it("is not written for a repository without roadmap items", () => {
    expect(renderPages(snapshot([issue(1)]), config(), () => undefined).map((p) => p.path)).toEqual(
      ["docs/topics.md"],
    );
  });

  it("keeps a hostile title out of the charts' syntax", () => {
    const hostile = issue(1, {
      labels: ["roadmap", "lane:early"],
      milestone: "2026-Q4",
      title: 'Break: the "chart"; #1 {x} [y] <z>\nsection Evil',
    });
    const content = roadmapPage(snapshot([hostile]), config())?.content ?? "";
    const chart = content.split("```mermaid\ngantt")[1]?.split("```")[0] ?? "";
    expect(chart).toContain("  #1 · Break – the chart, #1 {x} [y] z section Evil :2026-10-01, 90d");
    expect(chart.split("\n").filter((l) => l.includes("section"))).toHaveLength(2);
    expect(markdownProblems(content)).toEqual([]);
  });

  it("shows at most 100 items a table, and says how many more there are", () => {
    const many = Array.from({ length: 150 }, (_, i) => issue(i + 1, { labels: ["roadmap"] }));
    const content = roadmapPage(snapshot(many), config())?.content ?? "";
    const ideas = content.split("## Further ideas")[1] ?? "";
    expect(ideas.split("\n").filter((l) => l.startsWith("| ["))).toHaveLength(100);
    expect(ideas).toContain("…and 50 more, lower in priority.");
  });
});
