import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/index.js";
import { okrsOf, parseSnapshot } from "../../src/core/index.js";
import { renderPages } from "../../src/render/pages/render-pages.js";
import { config, issue, snapshot } from "../helpers/factories.js";
import { expectGolden } from "../helpers/golden.js";
import { markdownProblems } from "../helpers/markdownlint.js";

const example = parseSnapshot(readFileSync("examples/board.json", "utf8"), "examples/board.json");
const exampleConfig = parseConfig(readFileSync("examples/roundtable.yml", "utf8"));
const pages = (existing: (path: string) => string | undefined = () => undefined) =>
  new Map(renderPages(example, exampleConfig, existing).map((p) => [p.path, p.content]));

describe("the OKR pages", () => {
  for (const path of ["docs/okrs/2026-Q3.md", "docs/okrs/2026-Q4.md", "docs/okrs/2026.md"]) {
    it(`${path} of the example board matches the golden file and passes markdownlint`, () => {
      const content = pages().get(path) ?? "";
      expectGolden(content, `okrs-example/${path.split("/").at(-1)}`);
      expect(markdownProblems(content)).toEqual([]);
    });
  }

  it("measures each key result from start to target, and flags what lags the calendar", () => {
    const q4 = pages().get("docs/okrs/2026-Q4.md") ?? "";
    expect(q4).toContain("| 19 days | 8 days | 5 days | `████████░░` 79% |");
    expect(q4).toContain(
      "| [Know our cloud spend per service](https://github.com/acme-leads/roundtable/issues/48) #48 | [aiko-t](https://github.com/aiko-t) | `█░░░░░░░░░` 8% | **At risk** |",
    );
    expect(q4).toContain("| – | – | – | done (no numbers) |");
  });

  it("calls a past quarter's lagging objective missed", () => {
    expect(pages().get("docs/okrs/2026-Q3.md")).toContain("| `███░░░░░░░` 33% | **Missed** |");
  });

  it("leaves a past quarter's page as it stood once written", () => {
    const frozen = "# OKRs 2026-Q3\n\nKept as it was.\n";
    const written = pages((path) => (path === "docs/okrs/2026-Q3.md" ? frozen : undefined));
    expect(written.has("docs/okrs/2026-Q3.md")).toBe(false);
    expect(written.has("docs/okrs/2026-Q4.md")).toBe(true);
  });

  it("counts quarters from the fiscal year's first month, and writes no OKR page without objectives", () => {
    const cfg = config((c) => {
      c.roadmap.fiscalYearStart = 4;
    });
    const objective = issue(1, { labels: ["objective"], milestone: "2027-Q3", state: "closed" });
    const [okrs] = okrsOf(snapshot([objective]), cfg, "2026-11-20T00:00:00Z");
    expect(okrs?.elapsed).toBeGreaterThan(0.5);
    expect(okrs?.objectives[0]?.status).toBe("done");
    expect(renderPages(snapshot([issue(2)]), config(), () => undefined).map((p) => p.path)).toEqual(
      ["docs/topics.md"],
    );
  });
});
