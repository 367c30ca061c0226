// @vitest-environment jsdom
// Mermaid's parser needs a DOM (DOMPurify, d3): jsdom gives it one inside Node, so every diagram
// is checked by the package GitHub draws with, in the ordinary test run, without a browser.
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/index.js";
import { parseSnapshot, roadmapOf } from "../../src/core/index.js";
import { mermaid, renderMetricsPage, renderYearOkrs, toMarkdown } from "../../src/render/index.js";
import { renderPages } from "../../src/render/pages/render-pages.js";
import { config, issue, snapshot } from "../helpers/factories.js";
import { mermaidBlocks, parseDiagram } from "../helpers/mermaid.js";

const example = parseSnapshot(readFileSync("examples/board.json", "utf8"), "examples/board.json");
const exampleConfig = parseConfig(readFileSync("examples/roundtable.yml", "utf8"));

/** Words and punctuation Mermaid's grammars give a meaning to, and some ordinary words. */
const token = fc.constantFrom(
  "section",
  "Section 508",
  "title",
  "Title and ownership",
  "click",
  "Click tracking",
  "call",
  "href",
  "includes",
  "Includes:",
  "excludes",
  "todayMarker",
  "topAxis",
  "inclusiveEndDates",
  "axisFormat",
  "dateFormat",
  "tickInterval",
  "weekday monday",
  "weekend friday",
  "accTitle:",
  "accDescr {",
  "gantt",
  "pie",
  "xychart-beta",
  "x-axis",
  "bar [1]",
  "%%",
  "%%{init: {'theme':'forest'}}%%",
  ":",
  ";",
  "#",
  "#35;",
  '"',
  "'",
  "`",
  "<br>",
  "{",
  "}",
  "[",
  "]",
  "(",
  ")",
  "2026-10-01",
  ", 90d",
  "done,",
  "crit",
  "after a1",
  "\n",
  "\u202e",
  "@everyone",
  "the",
  "audit",
  "docs site",
);
const title = fc.array(token, { minLength: 1, maxLength: 8 }).map((t) => t.join(" "));

// Parsing hundreds of diagrams takes seconds, more on a busy machine.
describe("every Mermaid diagram Roundtable writes", { timeout: 120_000 }, () => {
  it("of the example board parses with the real mermaid package, one bar per item", async () => {
    const pages = renderPages(example, exampleConfig, () => undefined);
    const diagrams = pages.flatMap((p) => mermaidBlocks(p.content).map((d) => ({ p, d })));
    expect(diagrams.length).toBeGreaterThanOrEqual(3);
    for (const { d } of diagrams) await parseDiagram(d);

    const roadmap = pages.find((p) => p.path === "docs/roadmap.md")?.content ?? "";
    const [lanes, bars] = await Promise.all(mermaidBlocks(roadmap).map(parseDiagram));
    const placed = roadmapOf(example, exampleConfig, example.takenAt).lanes.flatMap((l) => [
      ...l.thisQuarter,
      ...l.nextQuarter,
      ...l.later,
    ]);
    expect(lanes?.items).toEqual(["Production (3)", "Early (2)", "Research (2)"]);
    expect(bars?.items.map((t) => t.split(" · ")[0]).sort()).toEqual(
      placed.map((i) => `#${i.issue.number}`).sort(),
    );
    expect(bars?.items).toHaveLength(placed.length);
    expect(bars?.sections).toEqual(["Production", "Early", "Research"]);
  });

  it("of the year's OKRs and the metrics, once there are three quarters to compare, parse too", async () => {
    const objective = (progress: number) => ({
      progress,
      status: "on-track",
      keyResults: [],
      issue: {},
    });
    const quarters = [1, 2, 3].map((q) => ({
      quarter: { year: 2026, q },
      elapsed: 1,
      objectives: [objective(q / 4), objective(q / 5)],
    }));
    const year = toMarkdown(renderYearOkrs(2026, quarters as never, example.takenAt));
    const okrs = await Promise.all(mermaidBlocks(year).map(parseDiagram));
    expect(okrs.map((d) => d.items)).toEqual([["Q1", "Q2", "Q3"]]);

    const row = (q: 1 | 2 | 3 | 4) => ({
      quarter: { year: 2026, q },
      topicsProposed: q * 3,
      topicsDiscussed: q,
      topicsParked: 0,
      votes: q * 7,
      voters: q,
      shippedByLane: { production: q - 1 },
      okrAttainment: null,
      actionItemsOpened: 0,
      actionItemsClosed: 0,
    });
    const metrics = toMarkdown(
      renderMetricsPage(
        [1, 2, 3, 4].map((q) => row(q as 1)),
        exampleConfig,
        example.takenAt,
      ),
    );
    const charts = await Promise.all(mermaidBlocks(metrics).map(parseDiagram));
    expect(charts.map((d) => d.items)).toEqual([["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]]);
    expect(metrics).toContain("0 --> 12");
  });

  it("keeps every roadmap title a bar of its own, whatever Mermaid syntax it holds", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(title, { minLength: 1, maxLength: 7 }), async (titles) => {
        const lanes = ["lane:production", "lane:early", "lane:research"];
        const issues = titles.map((t, i) =>
          issue(i + 1, {
            title: t,
            labels: ["roadmap", lanes[i % 3] as string],
            milestone: i % 2 === 0 ? "2026-Q4" : "2027-Q1",
          }),
        );
        const page = renderPages(snapshot(issues), config(), () => undefined).find(
          (p) => p.path === "docs/roadmap.md",
        );
        const diagrams = await Promise.all(mermaidBlocks(page?.content ?? "").map(parseDiagram));
        const gantt = diagrams.find((d) => d.type === "gantt");
        expect(gantt?.items.map((t) => t.split(" · ")[0]).sort()).toEqual(
          titles.map((_, i) => `#${i + 1}`).sort(),
        );
        expect(gantt?.sections).toEqual(
          ["Production", "Early", "Research"].slice(0, Math.min(3, titles.length)),
        );
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it("keeps every session of the example offsite's schedule a bar of its own, whatever the topics' titles", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(title, { minLength: 30, maxLength: 30 }), async (titles) => {
        const board = {
          ...example,
          issues: example.issues.map((i, n) => ({
            ...i,
            title: titles[n % titles.length] as string,
          })),
        };
        const page = renderPages(board, exampleConfig, () => undefined).find((p) =>
          p.path.endsWith("platform-offsite.md"),
        );
        const content = page?.content ?? "";
        const sessions = content.split("\n").filter((l) => /^\| \d\d:\d\d–/.test(l));
        const cells = sessions
          .flatMap((l) => l.split(" | ").slice(1))
          .filter((c) => c.includes("[#"));
        const [gantt] = await Promise.all(mermaidBlocks(content).map(parseDiagram));
        expect(cells.length).toBeGreaterThan(0);
        expect(gantt?.items).toHaveLength(cells.length);
        expect(gantt?.sections).toEqual(["Room 1", "Room 2"]);
      }),
      { numRuns: 15 },
    );
  }, 120_000);

  it("keeps every session of a meeting's schedule a bar of its own, and every label a label", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(title, { minLength: 1, maxLength: 6 }),
        title,
        title,
        async (titles, chartTitle, lane) => {
          const schedule = mermaid.gantt({
            dateFormat: "HH:mm",
            axisFormat: "%H:%M",
            sections: [
              {
                name: lane,
                tasks: titles.map((t, i) => ({
                  number: i + 1,
                  title: t,
                  start: `${String(9 + i).padStart(2, "0")}:00`,
                  duration: "45m",
                })),
              },
            ],
          });
          const parsed = await parseDiagram(schedule);
          expect(parsed.items).toHaveLength(titles.length);
          expect(parsed.sections).toHaveLength(1);

          const pie = mermaid.pie(chartTitle, [
            { label: lane, count: 2 },
            { label: titles[0] ?? "", count: 1 },
          ]);
          expect((await parseDiagram(pie ?? "")).items).toHaveLength(2);

          const xy = mermaid.xychart({
            title: chartTitle,
            categories: titles.map((t, i) => `${i} ${t}`),
            yAxis: { title: lane, max: 3 },
            bar: titles.map((_, i) => i),
          });
          expect((await parseDiagram(xy)).items).toHaveLength(titles.length);
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});

describe("the charts", () => {
  it("give pie slices whole percentages that add up to 100, and draw no pie of one slice", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(50), { minLength: 1, maxLength: 6 }), (counts) => {
        const shares = mermaid.percentages(counts);
        if (counts.some((c) => c > 0)) expect(shares.reduce((a, b) => a + b, 0)).toBe(100);
      }),
    );
    expect(mermaid.percentages([3, 2, 2])).toEqual([43, 29, 28]);
    expect(
      mermaid.pie("Lanes", [
        { label: "Production", count: 4 },
        { label: "Early", count: 0 },
      ]),
    ).toBeNull();
  });

  it("tick a count axis in whole numbers", () => {
    expect(
      mermaid.xychart({ title: "t", categories: ["a"], yAxis: { title: "n", max: 3 } }),
    ).toContain("0 --> 8");
    expect(
      mermaid.xychart({ title: "t", categories: ["a"], yAxis: { title: "n", max: 23 } }),
    ).toContain("0 --> 23");
  });
});

describe("the diagrams in the README and docs/", () => {
  const files = [
    "README.md",
    ...readdirSync("docs")
      .filter((f) => f.endsWith(".md"))
      .map((f) => `docs/${f}`),
  ];
  const diagrams = files.flatMap((file) =>
    mermaidBlocks(readFileSync(file, "utf8")).map((text, i) => ({ file, i, text })),
  );

  it("are there to check (the README's and the hierarchy's at least)", () => {
    expect(new Set(diagrams.map((d) => d.file))).toEqual(
      new Set(["README.md", "docs/hierarchy.md"]),
    );
  });

  it.each(diagrams.map((d) => [`${d.file} #${d.i + 1}`, d.text] as const))(
    "%s parses as GitHub draws it",
    async (_, text) => {
      expect((await parseDiagram(text)).type).toBe("flowchart-v2");
    },
  );
});
