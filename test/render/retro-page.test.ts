import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/index.js";
import { parseSnapshot } from "../../src/core/index.js";
import { renderPages } from "../../src/render/pages/render-pages.js";
import { expectGolden } from "../helpers/golden.js";
import { markdownProblems } from "../helpers/markdownlint.js";

const example = parseSnapshot(readFileSync("examples/board.json", "utf8"), "examples/board.json");
const exampleConfig = parseConfig(readFileSync("examples/roundtable.yml", "utf8"));
const page =
  renderPages(example, exampleConfig, () => undefined).find(
    (p) => p.path === "docs/retros/2026-Q3.md",
  )?.content ?? "";

describe("the retro page", () => {
  it("of the example board matches the golden file and passes markdownlint", () => {
    expectGolden(page, "retro-example/2026-Q3.md");
    expect(markdownProblems(page)).toEqual([]);
  });

  it("answers 'did we accomplish what we said?' from the quarter's objectives and roadmap", () => {
    expect(page).toContain(
      "- [Hire a staff engineer bench](https://github.com/acme-leads/roundtable/issues/43) #43: 33% (missed)",
    );
    expect(page).toContain("**Roadmap:** 0 of 1 planned items shipped");
  });

  it("sorts each prompt's answers by votes, and links action items to their issues", () => {
    const wentWell = page.split("## What went well")[1]?.split("##")[0] ?? "";
    expect(wentWell.indexOf("👍 6")).toBeLessThan(wentWell.indexOf("👍 4"));
    expect(page).toContain("[#52 (open)](https://github.com/acme-leads/roundtable/issues/52)");
    expect(page).toContain(
      "put action items first on the next agenda · [dan-okafor](https://github.com/dan-okafor) · issue not opened yet",
    );
  });
});
