import { describe, expect, it } from "vitest";
import { parsePromoteArgs, planPromotedLinks } from "../../../src/core/index.js";

const item = { number: 1001, url: "u", title: "t", type: "Roadmap item", parent: null };
const wanted = { type: "Roadmap item", label: "roadmap" };

describe("/promote's argument", () => {
  it("is nothing or one key result's number", () => {
    expect(parsePromoteArgs("")).toEqual({ keyResult: null });
    expect(parsePromoteArgs(" #12 ")).toEqual({ keyResult: 12 });
    expect(parsePromoteArgs("12 please")).toEqual({
      error:
        '/promote: got "12 please", expected nothing or a key result\'s number such as #12. Give /promote #12 to put the roadmap item under key result #12.',
    });
  });
});

describe("the promoted item's links", () => {
  it("puts an item without a parent under the key result, and one under it already nowhere", () => {
    expect(planPromotedLinks(item, 6, wanted)).toEqual({
      subIssue: { parent: 6, child: 1001 },
      label: null,
      notes: [],
    });
    expect(planPromotedLinks({ ...item, parent: 6 }, 6, wanted).subIssue).toBeNull();
  });

  it("never moves an item from another parent, and says so", () => {
    const links = planPromotedLinks({ ...item, parent: 7 }, 6, wanted);
    expect(links.subIssue).toBeNull();
    expect(links.notes).toEqual([
      "#1001 is a sub-issue of #7 already: Roundtable does not move it. To put it under #6, change its parent on GitHub.",
    ]);
  });

  it("labels an item whose type GitHub dropped, and says why", () => {
    const links = planPromotedLinks({ ...item, type: null }, null, wanted);
    expect(links.label).toBe("roadmap");
    expect(links.notes[0]).toContain("GitHub did not keep the issue type Roadmap item on #1001");
    // Where the owner has no such type, the label is the kind, and nothing needs saying.
    expect(
      planPromotedLinks({ ...item, type: null }, null, { type: null, label: "roadmap" }),
    ).toEqual({ subIssue: null, label: "roadmap", notes: [] });
  });
});
