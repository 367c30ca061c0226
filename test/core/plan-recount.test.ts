import { describe, expect, it } from "vitest";
import type { Queue } from "../../src/core/board/queue.js";
import { planRecount } from "../../src/core/plan-recount.js";
import { queueCommentText } from "../../src/render/board/queue-comment-text.js";
import { config, issue, snapshot, vote } from "../helpers/factories.js";

/** Two topics, the second with more votes: it comes first in the queue. */
const board = snapshot([
  issue(1, { reactions: [vote("ann", "2026-11-01T09:00:00Z")] }),
  issue(2, {
    reactions: [vote("ann", "2026-11-01T09:00:00Z"), vote("bob", "2026-11-02T09:00:00Z")],
  }),
]);

describe("planRecount", () => {
  it("puts in the queue comment the text it is given for the queue it decided", () => {
    const given: Array<{ queue: Queue; site: string; page: string }> = [];
    const text = (queue: Queue, site: string, page: string) => {
      given.push({ queue, site, page });
      return "the queue, rendered";
    };
    const { plan } = planRecount(
      board,
      config((c) => (c.sync.queueIssue = 9)),
      null,
      text,
    );
    expect(plan).toEqual([
      {
        kind: "upsert-comment",
        issue: 9,
        marker: "<!-- roundtable:queue -->",
        body: "the queue, rendered",
      },
    ]);
    expect(given.map((g) => g.queue.toDiscuss.map((e) => e.topic.number))).toEqual([[2, 1]]);
    expect(given[0]?.page).toBe("docs/topics.md");
  });

  it("asks for no text and writes no comment without a queue issue", () => {
    const { plan, board: counted } = planRecount(board, config(), null, () => {
      throw new Error("no queue comment is wanted");
    });
    expect(plan).toEqual([]);
    expect(counted.queue.toDiscuss).toHaveLength(2);
  });

  it("with render's text, the comment lists the queue as GitHub shows it", () => {
    const { plan } = planRecount(
      board,
      config((c) => (c.sync.queueIssue = 9)),
      null,
      queueCommentText,
    );
    const body = plan[0]?.kind === "upsert-comment" ? plan[0].body : "";
    expect(body.indexOf("Topic 2")).toBeGreaterThan(-1);
    expect(body.indexOf("Topic 2")).toBeLessThan(body.indexOf("Topic 1"));
  });
});
