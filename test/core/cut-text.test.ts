import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/index.js";
import { maxCommentLength } from "../../src/core/commands.js";
import { cutText, parseCommands, parseSnapshot } from "../../src/core/index.js";
import { meetingOf } from "../../src/core/meetings/meeting.js";
import { renderPages } from "../../src/render/pages/render-pages.js";

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

describe("cutText on long text", () => {
  /** The cut read from the whole text's graphemes, as cutText reads only the stretch near it. */
  const whole = (text: string, max: number) => {
    let end = 0;
    for (const { segment, index } of new Intl.Segmenter("en", {
      granularity: "grapheme",
    }).segment(text)) {
      if (index + segment.length > max) break;
      end = index + segment.length;
    }
    return text.slice(0, end);
  };
  const piece = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 8 }),
    fc.constantFrom("👩‍👩‍👧‍👦", "🇩🇪🇫🇷", "e\u0301", "\r\n", "a", " ", "\u0600a"),
  );

  it("cuts where reading the whole text would", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 600 }), fc.nat(3000), (pieces, max) => {
        const text = pieces.join("");
        expect(cutText(text, max)).toBe(whole(text, max));
      }),
      { numRuns: 200 },
    );
  });

  it("cuts a comment of 65,536 letters in a moment", () => {
    const started = Date.now();
    expect(cutText(`${"a".repeat(65_535)}😀`, 65_536)).toHaveLength(65_535);
    expect(Date.now() - started).toBeLessThan(500);
  });
});

describe("a person's text cut anywhere it is kept or shown", () => {
  const example = parseSnapshot(readFileSync("examples/board.json", "utf8"), "examples/board.json");
  const config = parseConfig(readFileSync("examples/roundtable.yml", "utf8"));
  /** The example's November lean coffee with its /takeaway and /outcome saying `text`. */
  const withNotes = (takeaway: string, outcome: string) => {
    const snapshot = structuredClone(example);
    for (const c of snapshot.issues.find((i) => i.number === 60)?.comments ?? []) {
      if (c.body.startsWith("/takeaway Postmortem")) c.body = `/takeaway ${takeaway}`;
      if (c.body.startsWith("/outcome")) c.body = `/outcome ${outcome}`;
    }
    return snapshot;
  };
  const everything = (snapshot: ReturnType<typeof withNotes>) => {
    const meeting = meetingOf(
      snapshot.issues.find((i) => i.number === 60) as Parameters<typeof meetingOf>[0],
      config,
    );
    const notes = meeting.discussions.flatMap((d) => [
      d.outcome?.text ?? "",
      ...d.takeaways.map((t) => t.text),
    ]);
    const pages = renderPages(snapshot, config, () => undefined).map((p) => p.content);
    return { notes, pages };
  };
  // Emoji sequences, flags, skin tones, combining marks and plain letters, in any order.
  const piece = fc.constantFrom(
    "👩‍👩‍👧‍👦",
    "🇩🇪",
    "🏳️‍🌈",
    "👍🏽",
    "😀",
    "e\u0301",
    "a\u0308\u0332",
    "a",
    " ",
    "漢",
  );
  const text = fc
    .array(piece, { minLength: 300, maxLength: 700 })
    .map((pieces) => pieces.join("").trim() || "a");

  it("a 2,001-unit argument with an emoji at the cut: whole graphemes in the record and on every page, the same pages twice", () => {
    const long = `${"a".repeat(1999)}😀!`;
    expect(long).toHaveLength(2002);
    const { notes, pages } = everything(withNotes(long, long));
    expect(notes.filter((n) => n.startsWith("aaa")).map((n) => n.length)).toEqual([1999, 1999]);
    for (const content of [...notes, ...pages]) {
      expect(loneSurrogate.test(content)).toBe(false);
      expect(content).not.toContain("\uFFFD");
    }
    // What a second publish would write is what the first wrote: it commits nothing.
    expect(everything(withNotes(long, long)).pages).toEqual(pages);
  });

  it("no lone surrogate in records or pages, whatever the emoji, flags and combining marks", () => {
    fc.assert(
      fc.property(text, text, (takeaway, outcome) => {
        const { notes, pages } = everything(withNotes(takeaway, outcome));
        for (const content of [...notes, ...pages]) expect(loneSurrogate.test(content)).toBe(false);
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  it("a comment cut at its limit keeps no half of a pair in the command it ends with", () => {
    const body = `/takeaway ${"a".repeat(maxCommentLength - 11)}😀`;
    const [command] = parseCommands(body);
    expect(command?.args).toBe("a".repeat(maxCommentLength - 11));
  });
});
