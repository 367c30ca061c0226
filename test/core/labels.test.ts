import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/index.js";
import { planLabels, roundtableLabels } from "../../src/core/index.js";

describe("roundtableLabels", () => {
  it("names every label the forms and jobs use, as the config names them", () => {
    const config = parseConfig(
      "labels:\n  topic: agenda\n  status:\n    parked: on-hold\nlanes:\n  - key: now\n    name: Now\n",
    );
    const labels = roundtableLabels(config);
    expect(labels.map((l) => l.name)).toEqual([
      "agenda",
      "roadmap",
      "objective",
      "key-result",
      "meeting",
      "retro",
      "action-item",
      "status:to-discuss",
      "status:discussing",
      "status:discussed",
      "on-hold",
      "lane:now",
    ]);
    for (const label of labels) {
      expect(label.color).toMatch(/^[0-9a-f]{6}$/);
      expect(label.description.length).toBeGreaterThan(0);
      expect(label.description.length).toBeLessThanOrEqual(100);
    }
  });
});

describe("planLabels", () => {
  const wanted = roundtableLabels(parseConfig(""));

  it("creates what is missing, and counts a label of another case as there", () => {
    const plan = planLabels(["TOPIC", "bug", "Meeting"], wanted);
    const names = plan.map((e) => (e.kind === "create-label" ? e.name : ""));
    expect(names).not.toContain("topic");
    expect(names).not.toContain("meeting");
    expect(names).toHaveLength(wanted.length - 2);
  });

  it("is empty once every label exists", () => {
    expect(
      planLabels(
        wanted.map((l) => l.name),
        wanted,
      ),
    ).toEqual([]);
  });

  it("creates a name the config gives twice only once", () => {
    const twice = parseConfig("labels:\n  retro: meeting\n");
    const plan = planLabels([], roundtableLabels(twice));
    expect(plan.filter((e) => e.kind === "create-label" && e.name === "meeting")).toHaveLength(1);
  });
});
