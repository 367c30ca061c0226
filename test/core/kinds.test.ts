import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseConfig } from "../../src/config/index.js";
import { isKind, kindConflicts, okrsOf, roadmapOf, topicsOf } from "../../src/core/index.js";
import { config, issue, snapshot } from "../helpers/factories.js";

describe("an issue's kind", () => {
  it("is its type's when its type is one of kinds:, whatever its labels say", () => {
    const typed = issue(1, { labels: ["topic"], type: "Objective" });
    expect(isKind(typed, "objective", config())).toBe(true);
    expect(isKind(typed, "topic", config())).toBe(false);
  });

  it("is its label's when it has no type, or a type that is no kind (a Bug), as before types", () => {
    for (const type of [undefined, null, "Bug"]) {
      const labelled = issue(1, { labels: ["roadmap"], type });
      expect(isKind(labelled, "roadmap", config())).toBe(true);
      expect(isKind(labelled, "topic", config())).toBe(false);
    }
  });

  it("matches the type's name as GitHub does, without case, and follows renamed or dropped kinds", () => {
    expect(isKind(issue(1, { labels: [], type: "key RESULT" }), "keyResult", config())).toBe(true);
    const renamed = config((c) => {
      c.kinds.objective = "Goal";
      c.kinds.topic = null;
    });
    expect(isKind(issue(1, { labels: [], type: "Goal" }), "objective", renamed)).toBe(true);
    expect(isKind(issue(1, { labels: [], type: "Topic" }), "topic", renamed)).toBe(false);
    expect(isKind(issue(1, { labels: ["topic"], type: "Topic" }), "topic", renamed)).toBe(true);
  });

  it("lists each issue whose type and labels disagree, once", () => {
    const issues = [
      issue(1, { labels: ["roadmap", "topic"], type: "Objective" }),
      issue(2, { labels: ["objective"], type: "Objective" }),
      issue(3, { labels: ["topic"] }),
    ];
    expect(
      kindConflicts(snapshot(issues), config()).map((c) => [c.issue.number, c.type, c.labels]),
    ).toEqual([[1, "objective", ["topic", "roadmap"]]]);
  });

  it("puts typed issues without labels on the roadmap, the OKRs and the queue", () => {
    const now = "2026-11-20T09:00:00Z";
    const issues = [
      issue(1, { labels: [], type: "Topic" }),
      issue(2, { labels: ["lane:early"], type: "Roadmap item", milestone: "2026-Q4" }),
      issue(3, { labels: [], type: "Objective", milestone: "2026-Q4", subIssues: [4] }),
      issue(4, { labels: [], type: "Key result", parent: 3, state: "closed" }),
    ];
    const snap = snapshot(issues);
    expect(topicsOf(snap, config()).map((t) => t.number)).toEqual([1]);
    expect(roadmapOf(snap, config(), now).lanes[1]?.thisQuarter.map((i) => i.issue.number)).toEqual(
      [2],
    );
    const [q4] = okrsOf(snap, config(), now);
    expect(
      q4?.objectives.map((o) => [o.issue.number, o.keyResults.map((k) => k.issue.number)]),
    ).toEqual([[3, [4]]]);
  });
});

describe("the issue forms", () => {
  it("carry the issue type kinds: names by default, so an issue opened from a form is of its kind by type", () => {
    const forms = {
      topic: "templates/ISSUE_TEMPLATE/topic.yml",
      roadmap: "templates/ISSUE_TEMPLATE/roadmap-item.yml",
      objective: "templates/ISSUE_TEMPLATE/objective.yml",
      keyResult: "templates/ISSUE_TEMPLATE/key-result.yml",
    } as const;
    const kinds = parseConfig("").kinds;
    for (const [kind, file] of Object.entries(forms))
      expect((parse(readFileSync(file, "utf8")) as { type?: string }).type, file).toBe(
        kinds[kind as keyof typeof forms],
      );
  });
});
