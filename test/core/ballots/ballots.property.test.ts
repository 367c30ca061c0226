import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ballotFileText,
  changeDots,
  dotsPlaced,
  openBallots,
  sealBallot,
  tallyBallots,
  tallyReactions,
  withBallots,
} from "../../../src/core/index.js";
import { ballotKeys } from "../../../src/jobs/ballot-keys.js";
import { config, topic, vote } from "../../helpers/factories.js";

const keys = ballotKeys("a-ballot-secret-for-tests-only-0123456789");
const otherKeys = ballotKeys("another-ballot-secret-for-tests-only-0123456789");
const topics = [1, 2, 3, 4, 5, 6].map((n) => topic(n));
const open = new Set(topics.map((t) => t.number));
const logins = fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/), {
  minLength: 1,
  maxLength: 12,
});
const rules = fc.record({
  perPerson: fc.integer({ min: 1, max: 6 }),
  maxPerTopic: fc.integer({ min: 1, max: 6 }),
});
/** One change a person makes on the ballot page: a dot added, taken back, or moved. */
const change = fc.record({
  topic: fc.integer({ min: 0, max: 7 }),
  delta: fc.integer({ min: -2, max: 3 }),
  from: fc.option(fc.integer({ min: 0, max: 7 }), { nil: undefined }),
});

describe("ballots (property)", () => {
  it("no ballot the page builds exceeds the budget or maxPerTopic", () => {
    fc.assert(
      fc.property(rules, fc.array(change, { maxLength: 40 }), (r, changes) => {
        let dots: Record<string, number> = {};
        for (const c of changes) {
          const next = changeDots(dots, c, r, open);
          if ("dots" in next) dots = next.dots;
          expect(dotsPlaced(dots)).toBeLessThanOrEqual(r.perPerson);
          for (const n of Object.values(dots)) {
            expect(n).toBeGreaterThan(0);
            expect(n).toBeLessThanOrEqual(r.maxPerTopic);
          }
        }
      }),
    );
  });

  it("the tally from ballots equals the tally from the same dots given as 👍", () => {
    fc.assert(
      fc.property(
        logins,
        fc.array(fc.uniqueArray(fc.integer({ min: 1, max: 6 }), { maxLength: 3 })),
        (people, choices) => {
          const votes = { ...config().votes, perPerson: 3, maxPerTopic: 1 };
          const picks = people.map((_, i) => choices[i] ?? []);
          // As reactions: each person's 👍 on the topics they picked.
          const withReactions = topics.map((t) => ({
            ...t,
            reactions: people.flatMap((login, i) =>
              (picks[i] ?? []).includes(t.number) ? [vote(login, "2026-11-01T10:00:00Z")] : [],
            ),
          }));
          const fromReactions = tallyReactions(withReactions, votes, () => true);
          // As ballots: the same picks, one dot each, under pseudonyms.
          const ballots = people.map((login, i) =>
            sealBallot(
              {
                round: "open",
                pseudonym: keys.pseudonym("open", login),
                dots: Object.fromEntries((picks[i] ?? []).map((n) => [String(n), 1])),
              },
              keys.mac,
            ),
          );
          const text = ballotFileText(withBallots({ version: 1, ballots: [] }, ballots));
          const fromBallots = tallyBallots(topics, votes, openBallots(text, "open", keys.mac));
          const counts = (tally: typeof fromBallots) =>
            [...tally.topics].map(([n, t]) => [n, t.voters.length]);
          expect(counts(fromBallots)).toEqual(counts(fromReactions));
          expect(fromBallots.voters).toBe(fromReactions.voters);
          expect(fromBallots.ignoredBallots).toBe(0);
        },
      ),
    );
  });

  it("a pseudonym is stable within a round and differs across rounds", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,20}$/),
        fc.uniqueArray(fc.stringMatching(/^(open|20\d\d-\d\d-\d\d)$/), {
          minLength: 2,
          maxLength: 2,
        }),
        (login, [a = "", b = ""]) => {
          expect(keys.pseudonym(a, login)).toBe(keys.pseudonym(a, login.toUpperCase()));
          expect(keys.pseudonym(a, login)).not.toBe(keys.pseudonym(b, login));
          expect(keys.pseudonym(a, login)).not.toBe(otherKeys.pseudonym(a, login));
          expect(keys.pseudonym(a, login)).toMatch(/^[0-9a-f]{32}$/);
        },
      ),
    );
  });

  it("a changed count, topic, round or pseudonym breaks the MAC", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 3 }),
        (n, count, extra) => {
          const sealed = sealBallot(
            { round: "open", pseudonym: keys.pseudonym("open", "ann"), dots: { [n]: count } },
            keys.mac,
          );
          const tampered = { ...sealed, dots: { [n]: count + extra } };
          const text = ballotFileText({ version: 1, ballots: [tampered] });
          expect(openBallots(text, "open", keys.mac)).toMatchObject({ ballots: [], ignored: 1 });
          const intact = ballotFileText({ version: 1, ballots: [sealed] });
          expect(openBallots(intact, "open", keys.mac).ballots).toEqual([sealed]);
          expect(openBallots(intact, "open", otherKeys.mac).ignored).toBe(1);
        },
      ),
    );
  });
});

describe("the example ballot file", () => {
  it("holds no login: only pseudonyms, dots and MACs", () => {
    const people = ["Codertocat", "octocat", "person-1", "person-2", "monalisa"];
    const ballots = people.map((login, i) =>
      sealBallot(
        {
          round: "2026-11-01",
          pseudonym: keys.pseudonym("2026-11-01", login),
          dots: { [i + 1]: 1 },
        },
        keys.mac,
      ),
    );
    const text = ballotFileText({ version: 1, ballots });
    for (const login of people) expect(text.toLowerCase()).not.toContain(login.toLowerCase());
    expect(text).toMatch(/"pseudonym":"[0-9a-f]{32}"/);
  });
});
