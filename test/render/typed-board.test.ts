import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/index.js";
import { type IssueRecord, parseSnapshot, type Snapshot } from "../../src/core/index.js";
import { renderPages } from "../../src/render/pages/render-pages.js";
import { expectGolden } from "../helpers/golden.js";

const example = parseSnapshot(readFileSync("examples/board.json", "utf8"), "examples/board.json");
const exampleConfig = parseConfig(readFileSync("examples/roundtable.yml", "utf8"));

/** The example board as an organisation with issue types keeps it: each kind a type, no kind label. */
function typed(snapshot: Snapshot): Snapshot {
  const types: Record<string, string> = {
    roadmap: "Roadmap item",
    objective: "Objective",
    "key-result": "Key result",
  };
  const retype = (i: IssueRecord): IssueRecord => {
    const kind = i.labels.find((l) => l in types);
    return kind ? { ...i, type: types[kind], labels: i.labels.filter((l) => l !== kind) } : i;
  };
  return { ...snapshot, issues: snapshot.issues.map(retype) };
}

const pagesOf = (snapshot: Snapshot) =>
  new Map(renderPages(snapshot, exampleConfig, () => undefined).map((p) => [p.path, p.content]));

describe("a board whose objectives, key results and roadmap items carry types and no labels", () => {
  const board = typed(example);
  const pages = pagesOf(board);

  it("has no kind labels left on them", () => {
    const kindLabels = ["roadmap", "objective", "key-result"];
    expect(board.issues.filter((i) => i.labels.some((l) => kindLabels.includes(l)))).toEqual([]);
    expect(board.issues.filter((i) => i.type).length).toBe(19);
  });

  for (const [path, golden] of [
    ["docs/roadmap.md", "roadmap-example/roadmap.md"],
    ["docs/okrs/2026-Q3.md", "okrs-example/2026-Q3.md"],
    ["docs/okrs/2026-Q4.md", "okrs-example/2026-Q4.md"],
    ["docs/okrs/2026.md", "okrs-example/2026.md"],
  ] as const) {
    it(`publishes ${path} as the labelled example board does`, () => {
      expect(pages.get(path)).toBeDefined();
      expectGolden(pages.get(path) ?? "", golden);
    });
  }

  it("says on the roadmap page, once, where a type and a label disagree", () => {
    const mixed = typed(example);
    const item = mixed.issues.find((i) => i.number === 26) as IssueRecord;
    item.labels.push("topic");
    const page = pagesOf(mixed).get("docs/roadmap.md") ?? "";
    expect(page).toContain("## Types and labels that disagree");
    expect(page).toContain(
      "| [Shared on-call runbook template](https://github.com/acme-leads/roundtable/issues/26) #26 | Roadmap item | topic |",
    );
    expect(page.match(/disagree/g)).toHaveLength(1);
    expect(page.split("## Types and labels that disagree")[1]?.match(/\| \[/g)).toHaveLength(1);
    expect(pages.get("docs/roadmap.md")).not.toContain("disagree");
  });
});
