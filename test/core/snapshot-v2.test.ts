import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readSnapshotFile } from "../../src/core/read-snapshot.js";
import type { IssueRecord, Snapshot } from "../../src/core/snapshot.js";
import { parseSnapshot, serializeSnapshot } from "../../src/core/snapshot-file.js";
import { snapshotLines } from "../../src/core/snapshot-lines.js";
import { hostileBoard } from "../helpers/hostile-board.js";

/** The text's bytes in pieces of `size`, as the CLI reads a file. */
function* chunks(text: string, size: number): Generator<Uint8Array> {
  const all = new TextEncoder().encode(text);
  for (let at = 0; at < all.length; at += size) yield all.subarray(at, at + size);
}

/** A file's snapshot as the CLI reads it: a line at a time, in chunks of `size`. */
const read = (text: string, size = 1 << 20) =>
  readSnapshotFile(
    () => chunks(text, size),
    () => text,
    "board.json",
  );

/** A snapshot without the `version` a version-1 file's reader leaves on it. */
function unversioned(snapshot: Snapshot): Snapshot {
  const { version: _, ...rest } = snapshot as Snapshot & { version?: number };
  return rest;
}

const example = unversioned(
  parseSnapshot(readFileSync("examples/board.json", "utf8"), "examples/board.json"),
);

describe("snapshot version 2", () => {
  it("is what serializeSnapshot writes, one issue per line, its tables on the first", () => {
    const text = serializeSnapshot(example);
    const lines = text.split("\n");
    expect(lines[0]).toMatch(/^\{"version":2,"repository":"acme-leads\/roundtable",.*"issues":\[$/);
    expect(lines).toHaveLength(example.issues.length + 3);
    expect(lines.slice(1, -2).every((l) => l.startsWith("["))).toBe(true);
    // The usual address is left out, and each login is written once.
    expect(text).not.toContain('/issues/1"');
  });

  it("reads back the snapshot a version-1 file holds: the example board, the hostile one", () => {
    for (const snapshot of [example, hostileBoard().snapshot]) {
      const v1 = snapshotLines(snapshot);
      const fromV1 = unversioned(read(v1));
      const v2 = serializeSnapshot(fromV1);
      for (const size of [7, 4096, 1 << 20]) expect(read(v2, size)).toEqual(fromV1);
      // Read whole (JSON.parse, as an indented or hand-edited file is), the same.
      expect(parseSnapshot(v2, "board.json")).toEqual(fromV1);
      expect(parseSnapshot(JSON.stringify(JSON.parse(v2), null, 2), "b.json")).toEqual(fromV1);
      // And written again, the same text.
      expect(serializeSnapshot(read(v2))).toBe(v2);
    }
  });

  it("keeps what most issues lack: node ids, types, other hosts, comments, board fields", () => {
    const rich = structuredClone(example);
    const [first, second] = rich.issues as [IssueRecord, IssueRecord];
    Object.assign(first, {
      id: "I_kwDO1",
      type: null,
      url: "https://github.example.com/acme-leads/roundtable/issues/1",
      blockedBy: [2],
      subIssuesSummary: { total: 3, completed: 1, percentCompleted: 33 },
      author: { login: "roundtable[bot]", bot: true, self: true },
      board: { itemId: "PVTI_1", fields: { Status: "To discuss", Lane: "Early" } },
    });
    Object.assign(second, { type: "Topic", milestone: "2026-Q1", parent: 1, subIssues: [3, 4] });
    expect(read(serializeSnapshot(rich))).toEqual(rich);
  });

  it("round-trips any issues the schema accepts", () => {
    const login = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9-]{0,6}(\[bot\])?$/);
    const date = fc
      .integer({ min: 0, max: 4e12 })
      .map((ms) => new Date(ms).toISOString().replace(/\.000Z$/, "Z"));
    const person = fc.record({ login, bot: fc.boolean() });
    const issue = fc.record(
      {
        number: fc.integer({ min: 1, max: 1e6 }),
        title: fc.string({ unit: "grapheme" }),
        state: fc.constantFrom("open" as const, "closed" as const),
        author: person,
        createdAt: date,
        closedAt: fc.option(date),
        body: fc.string({ unit: "binary" }),
        labels: fc.array(fc.string()),
        assignees: fc.array(login),
        milestone: fc.option(fc.string()),
        parent: fc.option(fc.integer({ min: 1, max: 99 })),
        subIssues: fc.array(fc.integer({ min: 1, max: 99 })),
        type: fc.option(fc.string()),
        reactions: fc.array(fc.record({ login, bot: fc.boolean(), createdAt: date })),
        board: fc.option(
          fc.record({ itemId: fc.string(), fields: fc.dictionary(fc.string(), fc.string()) }),
        ),
        url: fc.constantFrom("", "https://x.example/a/b/issues/7"),
      },
      { requiredKeys: ["number", "title", "state", "author", "createdAt", "body", "url"] },
    );
    fc.assert(
      fc.property(fc.array(issue, { maxLength: 8 }), (drawn) => {
        const issues = drawn.map((i) => ({
          closedAt: null,
          labels: [],
          assignees: [],
          milestone: null,
          parent: null,
          subIssues: [],
          reactions: [],
          board: null,
          ...i,
          url: i.url || `https://github.com/acme/board/issues/${i.number}`,
        }));
        const snapshot = { repository: "acme/board", takenAt: "2026-03-31T00:00:00Z", issues };
        const text = serializeSnapshot(snapshot as Snapshot);
        expect(read(text, 64)).toEqual(snapshot);
        expect(parseSnapshot(text, "board.json")).toEqual(snapshot);
      }),
      { numRuns: 150 },
    );
  });
});

describe("a version-2 file that is wrong", () => {
  const good = serializeSnapshot({
    repository: "acme/board",
    takenAt: "2026-03-31T00:00:00Z",
    issues: example.issues.slice(0, 3),
  });
  const lines = good.split("\n");
  /** The file with line `n` (the first is 1; the first issue, 2) changed by `change`. */
  const withRow = (n: number, change: (row: unknown[]) => void) => {
    const copy = [...lines];
    const text = copy[n - 1] as string;
    const comma = text.endsWith(",");
    const row = JSON.parse(comma ? text.slice(0, -1) : text) as unknown[];
    change(row);
    copy[n - 1] = JSON.stringify(row) + (comma ? "," : "");
    return copy.join("\n");
  };
  const tail = "; this is not a Roundtable snapshot, take one with 'roundtable snapshot'";

  it.each([
    [
      2,
      (r: unknown[]) => (r[0] = -4),
      "line 2, issues[0].number: expected a positive whole number, got -4",
    ],
    [
      3,
      (r: unknown[]) => (r[1] = "open"),
      'line 3, issues[1].state: expected 0 (open) or 1 (closed), got "open"',
    ],
    [
      4,
      (r: unknown[]) => (r[2] = 9999),
      "line 4, issues[2].author: expected a person's index, got 9999",
    ],
    [
      3,
      (r: unknown[]) => (r[3] = "yesterday"),
      'line 3, issues[1].createdAt: expected an ISO 8601 date-time, got "yesterday"',
    ],
    [2, (r: unknown[]) => (r[5] = null), "line 2, issues[0].title: expected a string, got null"],
    [
      3,
      (r: unknown[]) => (r[7] = [0, 77777]),
      "line 3, issues[1].labels[1]: expected a name's index, got 77777",
    ],
    [
      2,
      (r: unknown[]) => (r[12] = [0]),
      "line 2, issues[0].reactions: expected an array of person and date-time pairs, got [0]",
    ],
    [
      2,
      (r: unknown[]) => (r[13] = ["PVTI", { Status: 3 }]),
      "line 2, issues[0].board.fields: expected strings, got 3",
    ],
    [
      2,
      (r: unknown[]) => (r[14] = "javascript:alert(1)"),
      'line 2, issues[0].url: expected the issue\'s https URL, or null, got "javascript:alert(1)"',
    ],
    [4, (r: unknown[]) => (r[16] = { blockedBy: ["x"] }), "line 4, issues[2].blockedBy[0]"],
    [4, (r: unknown[]) => (r[16] = { colour: "red" }), "line 4, issues[2]"],
    [3, () => {}, ""],
  ])("line %i: names the line and the field", (n, change, message) => {
    const text = withRow(n, change);
    if (!message) {
      expect(read(text).issues).toHaveLength(3);
      return;
    }
    let error: Error | undefined;
    try {
      read(text);
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message.slice(0, 12 + message.length)).toBe(`board.json: ${message}`);
    expect(error?.message.endsWith(tail) && error.message).toBe(error?.message);
    expect(error?.message).not.toContain("\n");
  });

  it("names a wrong login in the tables once, on the first line", () => {
    const head = JSON.parse(`${lines[0]}]}`);
    head.people[0] = "not a login!";
    const text = [`${JSON.stringify(head).slice(0, -2)}`, ...lines.slice(1)].join("\n");
    expect(() => read(text)).toThrow(
      /^board\.json: line 1, people\[0\]: expected a GitHub login, got "not a login!"; /,
    );
  });

  it("says so when an assignee is a name that is not a login", () => {
    const head = JSON.parse(`${lines[0]}]}`);
    head.names.push("no spaces allowed");
    const at = head.names.length - 1;
    const text = [`${JSON.stringify(head).slice(0, -2)}`, ...lines.slice(1)].join("\n");
    const broken = text.split("\n");
    broken[1] = withRow(2, (r) => (r[8] = [at])).split("\n")[1] as string;
    expect(() => read(broken.join("\n"))).toThrow(
      /^board\.json: line 2, issues\[0\]\.assignees\[0\]: expected a GitHub login, got "no spaces allowed"/,
    );
  });

  it("says the file is not JSON when a line is cut short", () => {
    const text = lines.map((l, n) => (n === 3 ? l.slice(0, 20) : l)).join("\n");
    expect(() => read(text)).toThrow(/^board\.json: not valid JSON/);
  });
});
