import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  changeDots,
  dotsPlaced,
  mergeBallots,
  openBallots,
  parseBallotFile,
  type StoredBallot,
  tallyBallots,
  tallyReactions,
} from "../../../src/core/index.js";
import { ballotKeys, ballotVerifier } from "../../../src/jobs/ballot-keys.js";
import { config, topic, vote } from "../../helpers/factories.js";

const keys = ballotKeys("a-ballot-secret-for-tests-only-0123456789");
const otherKeys = ballotKeys("another-ballot-secret-for-tests-only-0123456789");
const repository = "acme/board";
const scope = (round: string, repo = repository) => ({ installation: 7, repository: repo, round });
/** The ballot file after one batch of `ballots` in round `open` of acme/board. */
const written = (
  ballots: StoredBallot[],
  options: { final?: boolean; counts?: boolean; before?: string } = {},
) =>
  mergeBallots(
    options.before,
    {
      repository,
      round: "open",
      installation: 7,
      ballots,
      final: options.final ?? false,
      counts: options.counts ?? false,
    },
    keys,
  ).text;
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
          const ballots: StoredBallot[] = people.map((login, i) => ({
            round: "open",
            pseudonym: keys.pseudonym(scope("open"), login),
            dots: Object.fromEntries((picks[i] ?? []).map((n) => [String(n), 1])),
          }));
          const where = { repository, round: "open" };
          // Sealed, the app opens them; opened at the close, anyone with the public key counts.
          const fromBallots = tallyBallots(
            topics,
            votes,
            openBallots(written(ballots), where, keys),
          );
          const publicOnly = ballotVerifier(keys.publicKey);
          const fromOpened = tallyBallots(
            topics,
            votes,
            openBallots(written(ballots, { final: true }), where, publicOnly),
          );
          const fromSignedCounts = tallyBallots(
            topics,
            votes,
            openBallots(written(ballots, { counts: true }), where, publicOnly),
          );
          const counts = (tally: typeof fromBallots) =>
            [...tally.topics].map(([n, t]) => [n, t.voters.length]);
          for (const tally of [fromBallots, fromOpened, fromSignedCounts]) {
            expect(counts(tally)).toEqual(counts(fromReactions));
            expect(tally.voters).toBe(fromReactions.voters);
            expect(tally.ignoredBallots).toBe(0);
          }
        },
      ),
    );
  });

  it("a pseudonym is stable within a repository's round and differs across rounds, repositories and installations", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,20}$/),
        fc.uniqueArray(fc.stringMatching(/^(open|20\d\d-\d\d-\d\d)$/), {
          minLength: 2,
          maxLength: 2,
        }),
        (login, [a = "", b = ""]) => {
          const p = keys.pseudonym(scope(a), login);
          expect(p).toBe(keys.pseudonym(scope(a, "ACME/Board"), login.toUpperCase()));
          expect(p).not.toBe(keys.pseudonym(scope(b), login));
          expect(p).not.toBe(keys.pseudonym(scope(a, "acme/other"), login));
          expect(p).not.toBe(keys.pseudonym({ ...scope(a), installation: 8 }, login));
          expect(p).not.toBe(otherKeys.pseudonym(scope(a), login));
          expect(p).toMatch(/^[0-9a-f]{32}$/);
        },
      ),
    );
  });

  it("a changed count, topic, version or pseudonym in an opened entry breaks its signature", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 3 }),
        (n, count, extra) => {
          const ballot = {
            round: "open",
            pseudonym: keys.pseudonym(scope("open"), "ann"),
            dots: { [n]: count },
          };
          const intact = written([ballot], { final: true });
          const where = { repository, round: "open" };
          const publicOnly = ballotVerifier(keys.publicKey);
          expect(openBallots(intact, where, publicOnly).ballots).toEqual([ballot]);
          expect(openBallots(intact, where, ballotVerifier(otherKeys.publicKey))).toMatchObject({
            ballots: [],
            ignored: 1,
          });
          const tampered = intact.replace(
            `"dots":{"${n}":${count}}`,
            `"dots":{"${n}":${count + extra}}`,
          );
          expect(tampered).not.toBe(intact);
          expect(openBallots(tampered, where, publicOnly)).toMatchObject({
            ballots: [],
            ignored: 1,
            ignoredWhy: "edited by hand: the app's signature does not match",
          });
        },
      ),
    );
  });
});

describe("the ballot file while the round is open", () => {
  const people = ["Codertocat", "octocat", "person-1", "person-2", "monalisa"];
  const ballots: StoredBallot[] = people.map((login, i) => ({
    round: "open",
    pseudonym: keys.pseudonym(scope("open"), login),
    dots: (i === 0 ? { 1: 1, 2: 1, 3: 1 } : { [i + 1]: 1 }) as Record<string, number>,
  }));

  it("holds no login and no dots: only pseudonyms and sealed entries of one length", () => {
    const text = written(ballots);
    for (const login of people) expect(text.toLowerCase()).not.toContain(login.toLowerCase());
    expect(text).toMatch(/"pseudonym":"[0-9a-f]{32}"/);
    expect(text).not.toContain('"dots"');
    const entries = parseBallotFile(text).file?.ballots ?? [];
    expect(entries).toHaveLength(5);
    expect(new Set(entries.map((e) => e.sealed?.length)).size).toBe(1);
  });

  it("seals every entry afresh at each batch: a diff does not tell whose ballot changed", () => {
    const first = written(ballots);
    const changed = { ...(ballots[2] as StoredBallot), dots: { 6: 1 } };
    const second = written([changed], { before: first });
    const before = parseBallotFile(first).file?.ballots ?? [];
    const after = parseBallotFile(second).file?.ballots ?? [];
    expect(after.map((e) => e.pseudonym)).toEqual(before.map((e) => e.pseudonym));
    for (const [i, entry] of after.entries()) {
      expect(entry.sealed).not.toBe(before[i]?.sealed);
      expect(entry.version).toBe(2);
    }
    const opened = openBallots(second, { repository, round: "open" }, keys);
    expect(opened.ballots.find((b) => b.pseudonym === changed.pseudonym)?.dots).toEqual({ 6: 1 });
  });
});
