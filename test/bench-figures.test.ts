import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { docFigures, docWithFigures, figuresRegion } from "../bench/doc-figures.js";
import { beginMarker, endMarker } from "../src/render/splice.js";

const printed = [
  "footprint on node v20.20.2, medians of 7 runs (lowest–highest); load average 0.50, 0.40, 0.30",
  "  render 100k issues, CPU               1735 (1669–1839) ms |       295 (286–302) ms | 5.89×   ",
  "",
  "  [footprint: peak RSS of this step's process 550 MB]",
  "",
].join("\n");

describe("a bench step's figures written into its doc (npm run bench -- STEP --docs)", () => {
  it("puts what the step printed in the doc's region and keeps every line around it", () => {
    const doc = `# Performance\n\nHand-written prose.\n\n${beginMarker("bench footprint")}\nlast run's lines\n${endMarker("bench footprint")}\n\nMore prose.\n`;
    const after = docWithFigures(doc, "docs/performance.md", "footprint", printed, "20.20.2");
    expect(after.startsWith("# Performance\n\nHand-written prose.\n\n")).toBe(true);
    expect(after.endsWith(`${endMarker("bench footprint")}\n\nMore prose.\n`)).toBe(true);
    expect(after).not.toContain("last run's lines");
    expect(after).toContain(
      "Printed by `npm run bench -- footprint --docs` on Node 20.20.2 (the figures are that run's):",
    );
    // The lines as printed, trailing blanks trimmed; the bench's own note of its memory left out.
    expect(after).toContain(
      "```text\nfootprint on node v20.20.2, medians of 7 runs (lowest–highest); load average 0.50, 0.40, 0.30\n  render 100k issues, CPU               1735 (1669–1839) ms |       295 (286–302) ms | 5.89×\n```",
    );
    expect(after).not.toContain("peak RSS of this step's process");
  });

  it("refuses a doc whose region's markers are broken, rather than guess", () => {
    const broken = `${beginMarker("bench footprint")}\nno end\n`;
    expect(() =>
      docWithFigures(broken, "docs/performance.md", "footprint", printed, "20.20.2"),
    ).toThrow(/docs\/performance\.md: the managed region "bench footprint" needs exactly one/);
  });

  it("has each doc hold its step's figures from a run, every bar of the footprint among them", () => {
    for (const [step, file] of Object.entries(docFigures)) {
      const doc = readFileSync(file, "utf8");
      const from = doc.indexOf(beginMarker(figuresRegion(step)));
      const to = doc.indexOf(endMarker(figuresRegion(step)));
      expect(from, `${file} has no region for ${step}'s figures`).toBeGreaterThan(-1);
      const region = doc.slice(from, to);
      expect(region).toContain(`npm run bench -- ${step} --docs`);
      if (step === "footprint")
        for (const measure of [
          "Action cold start, CPU",
          "Action bundle dist/, code",
          "roundtable --version, CPU",
          "app RSS, idle 10 s after start",
          "render 100k issues, CPU",
          "render 100k issues, peak RSS",
        ])
          expect(region).toContain(measure);
    }
  });
});
