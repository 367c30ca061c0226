import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cutText } from "../../src/core/index.js";

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("cutText", () => {
  it("never splits a surrogate pair, an emoji sequence or a combining mark", () => {
    const family = "👩‍👩‍👧‍👦";
    expect(cutText(`${"a".repeat(1999)}😀`, 2000)).toBe("a".repeat(1999));
    expect(cutText(`ab${family}`, 5)).toBe("ab");
    expect(cutText("cafe\u0301 au lait", 4)).toBe("caf");
    expect(cutText(`${"x".repeat(88)}😀😀`, 90, "…")).toBe(`${"x".repeat(88)}…`);
  });

  it("keeps text that fits, and cuts anything else to a stable prefix of whole graphemes", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), fc.nat(80), (text, max) => {
        const cut = cutText(text, max);
        expect(cut.length).toBeLessThanOrEqual(Math.max(max, 0));
        expect(text.startsWith(cut)).toBe(true);
        expect(loneSurrogate.test(cut)).toBe(loneSurrogate.test(text.slice(0, cut.length)));
        expect(cutText(cut, max)).toBe(cut);
        if (text.length <= max) expect(cut).toBe(text);
      }),
    );
  });
});
