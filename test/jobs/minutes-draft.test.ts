import { describe, expect, it } from "vitest";
import { decodeDraftRecord, type MinutesDraft } from "../../src/core/minutes/index.js";
import { fittingDraft, maxDraftLength } from "../../src/jobs/minutes-draft.js";

const words = (n: number, word: string) => Array.from({ length: n }, () => word).join(" ");

/** A day of topics, each drafted as long as the drafter ever makes one. */
const longDraft: MinutesDraft = {
  id: "1",
  topics: Array.from({ length: 30 }, (_, i) => ({
    index: 100 + i,
    title: `Topic ${i}`,
    outcome: `The team discussed topic ${i}: Ada said "${words(50, "rota")}"`,
    takeaways: [1, 2, 3].map(() => `${words(39, "handover")}.`),
    actionItems: [1, 2, 3].map(() => ({ who: "Ada", what: words(20, "write") })),
    turns: 10,
  })),
};

describe("the draft comment", () => {
  it("holds the most topics that fit in one GitHub comment, and says how many were left out", () => {
    const { record, body } = fittingDraft(longDraft, {
      issues: new Map(),
      site: "https://github.com",
      by: "fay",
    });
    expect(body.length).toBeLessThanOrEqual(maxDraftLength);
    expect(record.topics.length).toBeGreaterThan(5);
    expect(record.topics.length).toBeLessThan(30);
    expect(body).toContain(`${30 - record.topics.length} more topics were not drafted`);
    expect(decodeDraftRecord(body)).toEqual(record);
  });
});
