import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Topic } from "../../../src/core/board/topics.js";
import { tallyVotes } from "../../../src/core/index.js";
import { config, topic, vote } from "../../helpers/factories.js";

const everyone = () => true;
const votes = (over: Partial<ReturnType<typeof config>["votes"]> = {}) => ({
  ...config().votes,
  ...over,
});

describe("tallyVotes", () => {
  it("counts one vote per person per topic", () => {
    const t = topic(1, {
      reactions: [vote("ann", "2026-11-01T10:00:00Z"), vote("ANN", "2026-11-01T11:00:00Z")],
    });
    expect(tallyVotes([t], votes(), everyone).topics.get(1)?.voters).toEqual(["ann"]);
  });

  it("never counts a bot, and says why", () => {
    const t = topic(1, { reactions: [vote("renovate[bot]", "2026-11-01T10:00:00Z", true)] });
    const tally = tallyVotes([t], votes(), everyone);
    expect(tally.topics.get(1)).toEqual({
      voters: [],
      ignored: [{ login: "renovate[bot]", reason: "bot" }],
    });
  });

  it("counts the author's own vote only with countAuthor", () => {
    const t = topic(1, {
      author: { login: "ann", bot: false },
      reactions: [vote("ann", "2026-11-01T10:00:00Z"), vote("bob", "2026-11-01T10:00:00Z")],
    });
    expect(tallyVotes([t], votes(), everyone).topics.get(1)?.voters).toEqual(["ann", "bob"]);
    const without = tallyVotes([t], votes({ countAuthor: false }), everyone).topics.get(1);
    expect(without?.voters).toEqual(["bob"]);
    expect(without?.ignored).toEqual([{ login: "ann", reason: "author" }]);
  });

  it("counts only eligible people", () => {
    const t = topic(1, {
      reactions: [vote("ann", "2026-11-01T10:00:00Z"), vote("mallory", "2026-11-01T10:00:00Z")],
    });
    const tally = tallyVotes([t], votes(), (login) => login === "ann");
    expect(tally.topics.get(1)?.voters).toEqual(["ann"]);
    expect(tally.topics.get(1)?.ignored).toEqual([{ login: "mallory", reason: "ineligible" }]);
  });

  it("ignores votes cast before the round started", () => {
    const t = topic(1, {
      reactions: [vote("ann", "2026-10-31T23:59:59Z"), vote("bob", "2026-11-01T00:00:00Z")],
    });
    const tally = tallyVotes([t], votes({ roundStart: "2026-11-01" }), everyone);
    expect(tally.topics.get(1)?.voters).toEqual(["bob"]);
    expect(tally.topics.get(1)?.ignored).toEqual([{ login: "ann", reason: "before-round" }]);
  });

  it("counts a person's earliest votes up to the budget and reports the rest", () => {
    const topics = [1, 2, 3, 4].map((n) =>
      topic(n, { reactions: [vote("ann", `2026-11-0${5 - n}T10:00:00Z`)] }),
    );
    const tally = tallyVotes(topics, votes({ perPerson: 2 }), everyone);
    expect([1, 2, 3, 4].map((n) => tally.topics.get(n)?.voters.length)).toEqual([0, 0, 1, 1]);
    expect(tally.overBudget).toEqual([{ login: "ann", counted: [4, 3], notCounted: [2, 1] }]);
  });

  it("gives votes back when a topic is discussed or parked", () => {
    const reactions = (at: string) => [vote("ann", at)];
    const topics = [
      topic(1, { status: "discussed", reactions: reactions("2026-11-01T10:00:00Z") }),
      topic(2, { status: "parked", reactions: reactions("2026-11-02T10:00:00Z") }),
      topic(3, { reactions: reactions("2026-11-03T10:00:00Z") }),
    ];
    const tally = tallyVotes(topics, votes({ perPerson: 1 }), everyone);
    expect(tally.topics.get(3)?.voters).toEqual(["ann"]);
    expect(tally.topics.has(1)).toBe(false);
    expect(tally.overBudget).toEqual([]);
  });

  describe("properties", () => {
    const logins = ["ann", "bob", "cy", "dee", "ed", "renovate[bot]"];
    const arbitraryTopics = fc
      .array(
        fc.record({
          status: fc.constantFrom("toDiscuss", "discussing", "discussed", "parked" as const),
          reactions: fc.array(
            fc.record({
              login: fc.constantFrom(...logins),
              at: fc.integer({ min: 0, max: 1_000_000 }),
            }),
            { maxLength: 8 },
          ),
        }),
        { maxLength: 12 },
      )
      .map((list) =>
        list.map((t, i) =>
          topic(i + 1, {
            status: t.status,
            reactions: t.reactions.map((r) =>
              vote(
                r.login,
                new Date(Date.UTC(2026, 10, 1) + r.at * 1000).toISOString(),
                r.login.endsWith("[bot]"),
              ),
            ),
          }),
        ),
      );

    it("counts at most perPerson votes per person, and never a bot's", () => {
      fc.assert(
        fc.property(
          arbitraryTopics,
          fc.integer({ min: 1, max: 5 }),
          (topics: Topic[], perPerson) => {
            const tally = tallyVotes(topics, votes({ perPerson }), everyone);
            const perVoter = new Map<string, number>();
            for (const t of tally.topics.values()) {
              for (const login of t.voters) perVoter.set(login, (perVoter.get(login) ?? 0) + 1);
            }
            for (const [login, count] of perVoter) {
              expect(count).toBeLessThanOrEqual(perPerson);
              expect(login.endsWith("[bot]")).toBe(false);
            }
          },
        ),
      );
    });

    it("counts everyone within budget, and reports exactly those beyond it", () => {
      fc.assert(
        fc.property(
          arbitraryTopics,
          fc.integer({ min: 1, max: 5 }),
          (topics: Topic[], perPerson) => {
            const tally = tallyVotes(topics, votes({ perPerson }), everyone);
            const cast = new Map<string, Set<number>>();
            for (const t of topics) {
              if (t.status !== "toDiscuss" && t.status !== "discussing") continue;
              for (const r of t.reactions) {
                if (r.bot) continue;
                const set = cast.get(r.login) ?? new Set<number>();
                set.add(t.number);
                cast.set(r.login, set);
              }
            }
            for (const [login, set] of cast) {
              const counted = [...tally.topics.values()].filter((t) => t.voters.includes(login));
              expect(counted.length).toBe(Math.min(set.size, perPerson));
              const over = tally.overBudget.find((o) => o.login === login);
              expect(over?.notCounted.length ?? 0).toBe(Math.max(0, set.size - perPerson));
            }
          },
        ),
      );
    });
  });
});
