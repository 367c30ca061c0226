import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TopicStatus } from "../../../src/core/board/status.js";
import { buildQueue, tallyVotes } from "../../../src/core/index.js";
import { config, topic, vote } from "../../helpers/factories.js";

const votesFor = (n: number, logins: string[]) =>
  logins.map((login, i) => vote(login, `2026-11-0${1 + (i % 9)}T10:0${n % 10}:00Z`));

describe("buildQueue", () => {
  it("orders by votes, then the earlier-created issue, then the lower number", () => {
    const topics = [
      topic(1, { createdAt: "2026-10-03T00:00:00Z", reactions: votesFor(1, ["a"]) }),
      topic(2, { createdAt: "2026-10-02T00:00:00Z", reactions: votesFor(2, ["a", "b"]) }),
      topic(3, { createdAt: "2026-10-01T00:00:00Z", reactions: votesFor(3, ["b"]) }),
      topic(4, { createdAt: "2026-10-01T00:00:00Z", reactions: votesFor(4, ["c"]) }),
    ];
    const queue = buildQueue(
      topics,
      tallyVotes(topics, config().votes, () => true),
    );
    expect(queue.toDiscuss.map((e) => [e.topic.number, e.votes])).toEqual([
      [2, 2],
      [3, 1],
      [4, 1],
      [1, 1],
    ]);
  });

  it("leaves parked and discussed topics out, and keeps the one under discussion apart", () => {
    const topics = [
      topic(1, { status: "parked" }),
      topic(2, { status: "discussed", closedAt: "2026-11-10T00:00:00Z" }),
      topic(3, { status: "discussing", assignees: ["ann"], sponsor: "ann" }),
      topic(4),
    ];
    const queue = buildQueue(
      topics,
      tallyVotes(topics, config().votes, () => true),
    );
    expect(queue.toDiscuss.map((e) => e.topic.number)).toEqual([4]);
    expect(queue.discussing.map((e) => e.topic.number)).toEqual([3]);
    expect(queue.parked.map((t) => t.number)).toEqual([1]);
    expect(queue.discussed.map((t) => t.number)).toEqual([2]);
  });

  it("flags topics without a sponsor", () => {
    const topics = [topic(1, { assignees: ["ann"], sponsor: "ann" }), topic(2)];
    const queue = buildQueue(
      topics,
      tallyVotes(topics, config().votes, () => true),
    );
    expect(queue.toDiscuss.map((e) => e.sponsored)).toEqual([true, false]);
    expect(queue.unsponsored.map((t) => t.number)).toEqual([2]);
  });

  it("is sorted by votes and the tie-break, whatever the board", () => {
    const statuses: TopicStatus[] = ["toDiscuss", "discussing", "discussed", "parked"];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            status: fc.constantFrom(...statuses),
            day: fc.integer({ min: 1, max: 5 }),
            voters: fc.subarray(["a", "b", "c", "d", "e", "f"]),
          }),
          { maxLength: 15 },
        ),
        (specs) => {
          const topics = specs.map((s, i) =>
            topic(i + 1, {
              status: s.status,
              createdAt: `2026-10-0${s.day}T00:00:00Z`,
              reactions: votesFor(i, s.voters),
            }),
          );
          const queue = buildQueue(
            topics,
            tallyVotes(topics, config().votes, () => true),
          );
          expect(queue.toDiscuss.every((e) => e.topic.status === "toDiscuss")).toBe(true);
          expect(queue.toDiscuss.length).toBe(specs.filter((s) => s.status === "toDiscuss").length);
          for (let i = 1; i < queue.toDiscuss.length; i++) {
            const a = queue.toDiscuss[i - 1];
            const b = queue.toDiscuss[i];
            if (!a || !b) throw new Error("unreachable");
            const key = (e: typeof a) => [-e.votes, Date.parse(e.topic.createdAt), e.topic.number];
            const [ka, kb] = [key(a), key(b)];
            const order = ka.findIndex((v, j) => v !== kb[j]);
            expect(order).not.toBe(-1);
            expect(ka[order] as number).toBeLessThan(kb[order] as number);
          }
        },
      ),
    );
  });
});
