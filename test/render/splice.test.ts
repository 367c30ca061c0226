import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { beginMarker, endMarker, SpliceError, spliceRegion } from "../../src/render/index.js";
import { anyUnit } from "../helpers/any-text.js";

const begin = beginMarker("topics");
const end = endMarker("topics");

describe("spliceRegion", () => {
  it("replaces what stands between the markers", () => {
    const page = `# Mine\n\n${begin}\nold\n${end}\n\nMy notes.\n`;
    expect(spliceRegion(page, "topics", "new\n", "p.md")).toBe(
      `# Mine\n\n${begin}\nnew\n${end}\n\nMy notes.\n`,
    );
  });

  it("appends the region to a page that has none", () => {
    expect(spliceRegion("# Mine\n", "topics", "new", "p.md")).toBe(
      `# Mine\n\n${begin}\nnew\n${end}\n`,
    );
    expect(spliceRegion("", "topics", "new", "p.md")).toBe(`${begin}\nnew\n${end}\n`);
  });

  it("leaves other regions alone", () => {
    const other = `${beginMarker("roadmap")}\nkeep\n${endMarker("roadmap")}\n`;
    const page = `${other}${begin}\nold\n${end}\n`;
    expect(spliceRegion(page, "topics", "new", "p.md")).toBe(`${other}${begin}\nnew\n${end}\n`);
  });

  it("refuses unpaired, repeated or reversed markers, and says how to mend them", () => {
    expect(() => spliceRegion(`${begin}\nno end\n`, "topics", "x", "docs/topics.md")).toThrow(
      SpliceError,
    );
    expect(() => spliceRegion(`${begin}\nno end\n`, "topics", "x", "docs/topics.md")).toThrow(
      /^docs\/topics\.md: the managed region "topics" needs exactly one .* \(found 1 and 0\); mend the markers/,
    );
    expect(() =>
      spliceRegion(`${begin}\n${end}\n${begin}\n${end}\n`, "topics", "x", "p.md"),
    ).toThrow(/found 2 and 2/);
    expect(() => spliceRegion(`${end}\n${begin}\n`, "topics", "x", "p.md")).toThrow(
      /in the wrong order/,
    );
  });

  it("counts a marker only when it stands alone on its line", () => {
    const page = `Quote: \\${end} in text\n${begin}\nold\n${end}\n`;
    expect(spliceRegion(page, "topics", "new", "p.md")).toBe(
      `Quote: \\${end} in text\n${begin}\nnew\n${end}\n`,
    );
  });

  it("keeps every byte outside the markers", () => {
    // Hand-written text may hold anything but the region's own markers on a line of their own.
    const handWritten = fc
      .string({ unit: anyUnit, maxLength: 200 })
      .filter((s) => !s.split(/\r?\n/).some((line) => line === begin || line === end));
    fc.assert(
      fc.property(
        handWritten,
        handWritten,
        fc.string(),
        fc.string(),
        (before, after, old, content) => {
          const head = before === "" || before.endsWith("\n") ? before : `${before}\n`;
          const tail = after.startsWith("\n") || after.startsWith("\r") ? after : `\n${after}`;
          const oldBody = old.split(begin).join("").split(end).join("");
          const page = `${head}${begin}\n${oldBody}\n${end}${tail}`;
          const result = spliceRegion(page, "topics", content, "p.md");
          expect(result.startsWith(`${head}${begin}\n`)).toBe(true);
          expect(result.endsWith(`${end}${tail}`)).toBe(true);
          const inner = result.slice(
            head.length + begin.length + 1,
            result.length - end.length - tail.length,
          );
          expect(inner).toBe(content.endsWith("\n") ? content : `${content}\n`);
        },
      ),
    );
  });
});
