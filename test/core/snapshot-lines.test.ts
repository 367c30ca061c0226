import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSnapshotLines, snapshotLines } from "../../src/core/snapshot-lines.js";

/** The text's bytes in pieces of `size` (the last one shorter). */
function chunks(text: string, size: number): Uint8Array[] {
  const all = new TextEncoder().encode(text);
  const out: Uint8Array[] = [];
  for (let at = 0; at < all.length; at += size) out.push(all.slice(at, at + size));
  return out;
}

/** Chunks read into one buffer, overwritten by each read as the CLI's reader does. */
function* reused(text: string, size: number): Generator<Uint8Array> {
  const buffer = new Uint8Array(size);
  for (const piece of chunks(text, size)) {
    buffer.set(piece);
    yield buffer.subarray(0, piece.length);
  }
}

const tricky = {
  repository: "acme/board",
  takenAt: "2026-03-31T00:00:00Z",
  issues: [
    { number: 1, title: 'braces } ] { [ and "quotes" \\ in a title', labels: ["a,b"] },
    { number: 2, title: "émoji 👍 split across chunks", body: "line\nbreaks\r\n,\n]}\n" },
    { number: 3, title: "", issues: [{ number: 9 }] },
  ],
  ballots: { round: "r", ballots: [] },
};

describe("snapshotLines", () => {
  it("writes one JSON document, one issue per line", () => {
    const text = snapshotLines(tricky);
    expect(JSON.parse(text)).toEqual({ version: 1, ...tricky });
    expect(text.split("\n")).toHaveLength(tricky.issues.length + 3);
    expect(snapshotLines({ issues: [] })).toBe('{"version":1,"issues":[\n]}\n');
  });
});

describe("parseSnapshotLines", () => {
  it("reads the layout in chunks of any size, reused or not, as JSON.parse reads it whole", () => {
    const text = snapshotLines(tricky);
    for (const size of [1, 2, 3, 7, 64, 1 << 20]) {
      expect(parseSnapshotLines(chunks(text, size))).toEqual(JSON.parse(text));
      expect(parseSnapshotLines(reused(text, size))).toEqual(JSON.parse(text));
    }
    // As JSON.parse, the last of two "issues" keys is the one kept.
    const twice = '{"issues":[{"a":1}],"issues":[\n{"b":2}\n]}';
    expect(parseSnapshotLines(chunks(twice, 5))).toEqual(JSON.parse(twice));
    expect(parseSnapshotLines(chunks(snapshotLines({ issues: [] }), 2))).toEqual({
      version: 1,
      issues: [],
    });
  });

  it("parses any issues' JSON as JSON.parse does", () => {
    fc.assert(
      fc.property(fc.array(fc.dictionary(fc.string(), fc.jsonValue())), fc.nat(40), (issues, n) => {
        const text = snapshotLines({ issues });
        expect(parseSnapshotLines(chunks(text, n + 1))).toEqual(JSON.parse(text));
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ["an indented file", `${JSON.stringify(tricky, null, 2)}\n`],
    ["a compact file on one line", JSON.stringify(tricky)],
    ["two issues on a line", '{"issues":[\n{},{}\n]}'],
    ["an issue over two lines", '{"issues":[\n{"a":\n1}\n]}'],
    ["a value that is not an issue", '{"issues":[\n1\n]}'],
    ["a missing comma", '{"issues":[\n{}\n{}\n]}'],
    ["a trailing comma", '{"issues":[\n{},\n]}'],
    ["the file cut short", '{"issues":[\n{},\n{}'],
    ["text after the end", '{"issues":[\n{}\n]}\n{}'],
    ["a byte-order mark", '\ufeff{"issues":[\n]}'],
    ["an issue that is not JSON", '{"issues":[\n{"a": tru}\n]}'],
  ])("leaves %s to the general reader (undefined)", (_, text) => {
    expect(parseSnapshotLines(chunks(text, 4))).toBeUndefined();
  });
});
