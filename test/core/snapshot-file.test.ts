import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseSnapshot } from "../../src/core/index.js";

describe("parseSnapshot", () => {
  it("reads the example board", () => {
    const snapshot = parseSnapshot(
      readFileSync("examples/board.json", "utf8"),
      "examples/board.json",
    );
    expect(snapshot.repository).toBe("acme-leads/roundtable");
    expect(snapshot.issues.filter((i) => i.labels.includes("topic"))).toHaveLength(25);
  });

  it("fills in what a hand-made snapshot leaves out, as the schema's defaults", () => {
    const text = JSON.stringify({
      version: 1,
      repository: "acme/board",
      takenAt: "2026-11-20T09:00:00Z",
      ballots: { round: "r1", ballots: [] },
      issues: [
        {
          number: 1,
          title: "x",
          url: "https://github.com/acme/board/issues/1",
          state: "open",
          author: { login: "a" },
          createdAt: "2026-11-01T00:00:00Z",
          body: null,
          reactions: [{ login: "b", createdAt: "2026-11-02T00:00:00Z" }],
          board: { itemId: "PVTI_1" },
        },
      ],
    });
    const snapshot = parseSnapshot(text, "board.json");
    expect(snapshot.ballots?.ignored).toBe(0);
    expect(snapshot.issues[0]).toMatchObject({
      author: { login: "a", bot: false },
      closedAt: null,
      body: "",
      labels: [],
      assignees: [],
      milestone: null,
      parent: null,
      subIssues: [],
      reactions: [{ login: "b", bot: false }],
      board: { itemId: "PVTI_1", fields: {} },
    });
  });

  it("says the file is not JSON, and what to do", () => {
    expect(() => parseSnapshot("{ nope", "board.json")).toThrow(
      /^board\.json: not valid JSON \(.+\); take a new snapshot with 'roundtable snapshot'$/,
    );
  });

  it("names the first field that is wrong", () => {
    const text = JSON.stringify({
      version: 1,
      repository: "acme/board",
      takenAt: "2026-11-20T09:00:00Z",
      issues: [
        {
          number: 1,
          title: "x",
          url: "javascript:alert(1)",
          state: "open",
          author: { login: "a" },
          createdAt: "2026-11-01T00:00:00Z",
        },
      ],
    });
    expect(() => parseSnapshot(text, "board.json")).toThrow(
      /^board\.json: issues\[0\]\.url: expected the issue's https URL; this is not a Roundtable snapshot/,
    );
  });

  it("names a wrong field of an issue after many good ones", () => {
    const good = {
      title: "x",
      url: "https://github.com/acme/board/issues/1",
      state: "open",
      author: { login: "a" },
      createdAt: "2026-11-01T00:00:00Z",
    };
    const issues = [1, 2, 3].map((number) => ({ ...good, number }));
    const text = JSON.stringify({
      version: 1,
      repository: "acme/board",
      takenAt: "2026-11-20T09:00:00Z",
      issues: [...issues, { ...good, number: 4, reactions: [{ login: "b" }] }],
    });
    expect(() => parseSnapshot(text, "board.json")).toThrow(
      /^board\.json: issues\[3\]\.reactions\[0\]\.createdAt: /,
    );
  });

  it("refuses a snapshot of another version", () => {
    expect(() => parseSnapshot('{"version": 3}', "board.json")).toThrow(
      /board\.json: version: expected version 1 or 2 \(take a new snapshot\)/,
    );
  });
});
