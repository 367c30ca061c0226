import { describe, expect, it } from "vitest";
import {
  boardOf,
  mergeBallots,
  openBallots,
  parseSnapshot,
  serializeSnapshot,
} from "../../../src/core/index.js";
import { ballotKeys, ballotVerifier } from "../../../src/jobs/ballot-keys.js";
import { queueReport } from "../../../src/jobs/queue-report.js";
import { config, issue, snapshot, vote } from "../../helpers/factories.js";

const keys = ballotKeys("a-ballot-secret-for-tests-only-0123456789");
const repository = "acme/board";
const scope = (round: string) => ({ installation: 7, repository, round });
/** Ann's and Bob's ballots of `round`, in one batch: sealed, or opened once the round is final. */
const ballots = (round: string, final = false) =>
  mergeBallots(
    undefined,
    {
      repository,
      round,
      installation: 7,
      final,
      counts: false,
      ballots: [
        { round, pseudonym: keys.pseudonym(scope(round), "ann"), dots: { 1: 2, 2: 1 } },
        { round, pseudonym: keys.pseudonym(scope(round), "bob"), dots: { 2: 1 } },
      ],
    },
    keys,
  ).text;
const where = (round: string) => ({ repository, round });
const topics = [1, 2, 3].map((n) =>
  issue(n, {
    labels: ["topic"],
    // 👍 that must not count in a ballot round.
    reactions:
      n === 3 ? [vote("carol", "2026-11-02T10:00:00Z"), vote("dan", "2026-11-02T10:00:00Z")] : [],
  }),
);
const ballotConfig = (reveal: "live" | "after-close" = "live") =>
  config((c) => {
    c.votes.source = "ballots";
    c.votes.maxPerTopic = 2;
    c.votes.reveal = reveal;
  });

describe("a ballot round in a snapshot file", () => {
  it("round-trips the pseudonymous ballots, so `roundtable queue --snapshot` counts them offline", () => {
    const taken = snapshot(topics, { ballots: openBallots(ballots("open"), where("open"), keys) });
    const text = serializeSnapshot(taken);
    expect(text).not.toMatch(/ann|bob/);
    const report = queueReport(parseSnapshot(text, "board.json"), ballotConfig());
    expect(report.rows.map((r) => [r.number, r.votes])).toEqual([
      [1, 2],
      [2, 2],
      [3, 0],
    ]);
    expect(report).toMatchObject({ source: "ballots", overBudget: 0, voters: 2, hidden: false });
  });

  it("with reveal after-close, hides the counts until roundEnd passes", () => {
    const taken = (takenAt: string) =>
      snapshot(topics, { takenAt, ballots: openBallots(ballots("open"), where("open"), keys) });
    const hidden = ballotConfig("after-close");
    hidden.votes.roundEnd = "2026-12-01T17:00:00Z";
    const before = boardOf(taken("2026-12-01T16:59:59Z"), hidden);
    expect(before.hidden).toBe(true);
    expect(before.queue.toDiscuss.map((e) => [e.topic.number, e.votes])).toEqual([
      [1, 0],
      [2, 0],
      [3, 0],
    ]);
    const after = boardOf(taken("2026-12-01T17:00:00Z"), hidden);
    expect(after).toMatchObject({ hidden: false, closed: true });
    expect(after.queue.toDiscuss.map((e) => [e.topic.number, e.votes])).toEqual([
      [1, 2],
      [2, 2],
      [3, 0],
    ]);
  });

  it("a new round (roundStart) starts with new pseudonyms: last round's ballots do not count", () => {
    const next = ballotConfig();
    next.votes.roundStart = "2026-12-01";
    const opened = openBallots(ballots("open"), where("2026-12-01"), keys);
    expect(opened).toMatchObject({ ballots: [], ignored: 0 });
    expect(keys.pseudonym(scope("2026-12-01"), "ann")).not.toBe(
      keys.pseudonym(scope("open"), "ann"),
    );
  });

  it("without the app's public key nothing can be checked, and the report says so", () => {
    const opened = openBallots(ballots("open", true), where("open"), undefined);
    const report = queueReport(snapshot(topics, { ballots: opened }), ballotConfig());
    expect(report).toMatchObject({
      ignoredBallots: 2,
      ignoredWhy: "no public key to check them with: set votes.ballotKey",
    });
  });

  it("with the public key only, a sealed round's counts stay hidden; opened, they count", () => {
    const publicOnly = ballotVerifier(keys.publicKey);
    const sealed = openBallots(ballots("open"), where("open"), publicOnly);
    expect(sealed).toMatchObject({ ballots: [], ignored: 0, sealed: true, state: "sealed" });
    const whileOpen = boardOf(snapshot(topics, { ballots: sealed }), ballotConfig());
    expect(whileOpen.hidden).toBe(true);
    const opened = openBallots(ballots("open", true), where("open"), publicOnly);
    const report = queueReport(snapshot(topics, { ballots: opened }), ballotConfig());
    expect(report.rows.map((r) => [r.number, r.votes])).toEqual([
      [1, 2],
      [2, 2],
      [3, 0],
    ]);
  });
});
