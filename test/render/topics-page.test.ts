import { readFileSync } from "node:fs";
import type { Root } from "mdast";
import { remark } from "remark";
import remarkGfm from "remark-gfm";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/index.js";
import { parseSnapshot } from "../../src/core/index.js";
import { beginMarker, endMarker } from "../../src/render/index.js";
import { renderPages } from "../../src/render/pages/render-pages.js";
import { config, issue, snapshot, vote } from "../helpers/factories.js";
import { expectGolden } from "../helpers/golden.js";
import { markdownProblems } from "../helpers/markdownlint.js";

const example = parseSnapshot(readFileSync("examples/board.json", "utf8"), "examples/board.json");
const exampleConfig = parseConfig(readFileSync("examples/roundtable.yml", "utf8"));

const topicsPage = (snap = example, cfg = exampleConfig, existing?: string) => {
  const page = renderPages(snap, cfg, () => existing).find((p) => p.path === "docs/topics.md");
  if (!page) throw new Error("no page rendered");
  return page;
};

const parse = (markdown: string): Root => remark().use(remarkGfm).parse(markdown);

describe("the topics page", () => {
  describe("of the example board", () => {
    const page = topicsPage();

    it("matches the golden file", () => {
      expect(page.path).toBe("docs/topics.md");
      expectGolden(page.content, "topics-example/topics.md");
    });

    it("passes markdownlint", () => {
      expect(markdownProblems(page.content)).toEqual([]);
    });

    it("ranks the queue and leaves the parked and discussed topics out of it", () => {
      const rows = page.content.split("\n").filter((l) => /^\| \d+ \|/.test(l));
      expect(rows).toHaveLength(23);
      expect(rows[0]).toMatch(
        /^\| 1 \| \[Engineering metrics the board understands.*\]\(.*\/issues\/13\) #13 \| 6 \|/,
      );
      expect(page.content).toMatch(/## Parked\n\n- \[Remote-first engineering culture/);
      expect(page.content).toMatch(/## Recently discussed\n\n- \[Blameless postmortems/);
    });

    it("calls out unsponsored topics and voters over budget", () => {
      expect(page.content.match(/\*\*needs a sponsor\*\*/g)).toHaveLength(6);
      expect(page.content).toContain("## Over budget");
      const overBudget = page.content.split("## Over budget")[1]?.split("\n##")[0] ?? "";
      const rows = overBudget.split("\n").filter((l) => l.startsWith("| ["));
      expect(rows.map((r) => r.slice(3, r.indexOf("]")))).toEqual([
        "aiko-t",
        "dan-okafor",
        "sofia-m",
      ]);
      // Each has three counted votes and the rest not counted.
      for (const row of rows) expect(row).toMatch(/\) \| #\d+, #\d+, #\d+ \| #\d+(, #\d+)* \|$/);
    });

    it("opens with a line to read at a glance: how many, the top three, who needs a sponsor", () => {
      const region = page.content.split(`${beginMarker("topics")}\n`)[1] ?? "";
      expect(region.split("\n")[0]).toBe(
        "**23 topics to discuss** · top 3: [Engineering metrics the board understands: DORA or business…](https://github.com/acme-leads/roundtable/issues/13) (6 votes), [Build vs buy for an internal developer platform](https://github.com/acme-leads/roundtable/issues/5) (4 votes) and [Migrating off a legacy monolith | strangler fig in practice](https://github.com/acme-leads/roundtable/issues/15) (4 votes) · 6 need a sponsor",
      );
    });

    it("draws no chart of the votes (the ranked table is one) and no Status column that says the same on every row", () => {
      expect(page.content).not.toContain("```mermaid");
      expect(page.content).toContain("| Rank | Topic | Votes | Sponsor | Age |");
    });

    it("links people to their profiles and mentions no one", () => {
      const text = page.content.replace(/\]\([^)]*\)/g, "]");
      expect(text).not.toMatch(/(^|[^\w\u2060])@[A-Za-z0-9]/);
    });

    it("is unchanged when rendered again over itself", () => {
      const again = topicsPage(example, exampleConfig, page.content);
      expect(again.changed).toBe(false);
      expect(again.content).toBe(page.content);
    });
  });

  it("keeps every hand-written line around the region", () => {
    const existing = `# Our agenda\n\nRules: be kind.\n\n${beginMarker("topics")}\nstale\n${endMarker("topics")}\n\n## Notes\n\nWritten by hand.\n`;
    const page = topicsPage(example, exampleConfig, existing);
    expect(
      page.content.startsWith(
        `# Our agenda\n\nRules: be kind.\n\n${beginMarker("topics")}\n**23 topics`,
      ),
    ).toBe(true);
    expect(page.content.endsWith(`${endMarker("topics")}\n\n## Notes\n\nWritten by hand.\n`)).toBe(
      true,
    );
  });

  describe("with hostile titles", () => {
    const titles = [
      "# Heading | with a pipe",
      "<script>alert(1)</script><img src=x onerror=alert(1)>",
      "`backticks` and ``` fences",
      "Ping @maya-chen and @acme/leads",
      `Ends the region ${endMarker("topics")}`,
      "Line\nbreak\r\nand\u0000control",
      "[fake](https://evil.example) ![img](x)",
      "x".repeat(5000),
    ];
    const hostile = snapshot(
      titles.map((title, i) =>
        issue(i + 1, {
          title,
          assignees: ["ann"],
          reactions: [vote("bob", "2026-11-01T10:00:00Z")],
        }),
      ),
    );
    const page = topicsPage(hostile, config());
    const region = page.content.slice(page.content.indexOf(beginMarker("topics")));
    const tree = parse(region);

    it("keeps each title as plain text in its own table row", () => {
      const rows = region.split("\n").filter((l) => /^\| \d+ \|/.test(l));
      expect(rows).toHaveLength(titles.length);
      for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(7);
    });

    it("lets no HTML, heading, image or extra link through", () => {
      const kinds = new Set<string>();
      visit(tree, (node) => {
        kinds.add(node.type);
      });
      expect(kinds.has("image")).toBe(false);
      const html: string[] = [];
      visit(tree, "html", (node) => {
        html.push(node.value);
      });
      expect(html).toEqual([beginMarker("topics"), endMarker("topics")]);
      const links: string[] = [];
      visit(tree, "link", (node) => {
        links.push(node.url);
      });
      expect(links.every((url) => url.startsWith("https://github.com/"))).toBe(true);
    });

    it("shows the titles' words, cut to a readable length, without mentions", () => {
      const cells: string[] = [];
      visit(tree, "table", (table) => {
        visit(table, "link", (node) => {
          if (node.url.includes("/issues/"))
            cells.push(node.children.map((c) => ("value" in c ? c.value : "")).join(""));
        });
      });
      expect(cells[0]).toBe("# Heading | with a pipe");
      expect(cells[1]).toBe("<script>alert(1)</script><img src=x onerror=alert(1)>");
      expect(cells[3]).toBe("Ping @\u2060maya-chen and @\u2060acme/leads");
      expect(cells[5]).toBe("Line break and control");
      expect(Array.from(cells[7] ?? "")).toHaveLength(120);
      expect(cells[7]?.endsWith("…")).toBe(true);
    });

    it("can be rendered again: a title quoting a marker does not break the region", () => {
      expect(topicsPage(hostile, config(), page.content).changed).toBe(false);
    });

    it("passes markdownlint", () => {
      expect(markdownProblems(page.content)).toEqual([]);
    });
  });

  it("says how to start when there is nothing to discuss", () => {
    const page = topicsPage(snapshot([]), config());
    expect(page.content).toContain(
      "No topics to discuss yet. Propose one with the Topic issue form.",
    );
    expect(page.content).not.toContain("```mermaid");
    expect(markdownProblems(page.content)).toEqual([]);
  });
});

describe("the topics page of a large board", () => {
  const many = snapshot(Array.from({ length: 150 }, (_, i) => issue(i + 1)));
  const [page] = renderPages(many, config(), () => undefined);
  const content = page?.content ?? "";

  it("lists the first 100 topics and links to every open topic, most 👍 first", () => {
    expect(content.split("\n").filter((l) => /^\| \d+ \|/.test(l))).toHaveLength(100);
    expect(content).toContain(
      "…and 50 more topics to discuss: see [every open topic, most 👍 first](https://github.com/acme/board/issues?q=is%3Aissue%20is%3Aopen%20label%3A%22topic%22%20sort%3Areactions-%2B1-desc).",
    );
    expect(content).toContain("…and 50 more topics without a sponsor");
    expect(markdownProblems(content)).toEqual([]);
  });
});
