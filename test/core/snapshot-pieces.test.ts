import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSnapshotPieces } from "../../src/core/snapshot-pieces.js";

const bytes = (text: string) => new TextEncoder().encode(text);

/** The text's bytes in pieces of `size` (the last one shorter). */
function chunks(text: string, size: number): Uint8Array[] {
  const all = bytes(text);
  const out: Uint8Array[] = [];
  for (let at = 0; at < all.length; at += size) out.push(all.slice(at, at + size));
  return out;
}

const tricky = {
  version: 1,
  repository: "acme/board",
  takenAt: "2026-03-31T00:00:00Z",
  issues: [
    { number: 1, title: 'braces } ] { [ and "quotes" \\ in a title', labels: ["a,b"] },
    { number: 2, title: "émoji 👍 split across chunks", body: '\\\\"}', subIssues: [[], {}] },
    { number: 3, title: "", issues: [{ number: 9 }] },
  ],
  ballots: { round: "r", ballots: [] },
};

describe("parseSnapshotPieces", () => {
  it("reads a pretty-printed file in chunks of any size as JSON.parse reads it whole", () => {
    const text = `${JSON.stringify(tricky, null, 2)}\n`;
    for (const size of [1, 2, 3, 7, 64, 1 << 20])
      expect(parseSnapshotPieces(chunks(text, size))).toEqual(JSON.parse(text));
  });

  it("reads a compact file, with issues anywhere among the keys", () => {
    const text = JSON.stringify({ issues: tricky.issues, version: 1, takenAt: "x" });
    expect(parseSnapshotPieces(chunks(text, 5))).toEqual(JSON.parse(text));
    expect(parseSnapshotPieces(chunks('{"issues":[]}', 3))).toEqual({ issues: [] });
  });

  it("parses any issues' JSON as JSON.parse does", () => {
    fc.assert(
      fc.property(fc.array(fc.dictionary(fc.string(), fc.jsonValue())), fc.nat(40), (issues, n) => {
        const text = JSON.stringify({ version: 1, issues }, null, n % 3);
        expect(parseSnapshotPieces(chunks(text, n + 1))).toEqual(JSON.parse(text));
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ["not JSON", "{ nope"],
    ["an array at the top", "[1, 2]"],
    ["no issues", '{"version": 1}'],
    ["an issue that is not an object", '{"issues": [1]}'],
    ["a string for an issue", '{"issues": ["a"]}'],
    ["a missing comma", '{"issues": [{} {}]}'],
    ["a trailing comma", '{"issues": [{},]}'],
    ["a leading comma", '{"issues": [,{}]}'],
    ["an issue cut short", '{"issues": [{"a": 1]}'],
    ["the file cut short", '{"issues": [{}]'],
    ["a second issues key (JSON.parse keeps the last)", '{"issues": [{}], "issues": [{}]}'],
    ["a byte-order mark (JSON.parse refuses it)", '\ufeff{"issues": []}'],
    ["an issue that is not JSON", '{"issues": [{"a": tru}]}'],
  ])("leaves %s to JSON.parse (undefined)", (_, text) => {
    expect(parseSnapshotPieces(chunks(text, 4))).toBeUndefined();
  });
});
