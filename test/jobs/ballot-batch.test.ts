import { describe, expect, it } from "vitest";
import { mergeBallots, type StoredBallot } from "../../src/core/index.js";
import { type BatchInput, ballotBatch } from "../../src/jobs/ballot-batch.js";
import { ballotKeys } from "../../src/jobs/ballot-keys.js";
import { config, issue, snapshot } from "../helpers/factories.js";

const keys = ballotKeys("a-ballot-secret-for-tests-only-0123456789");
const run = { owner: "acme", repo: "board", installation: 2, dryRun: false, now: "" };
const ballot = (n: number, round = "open"): StoredBallot => ({
  round,
  pseudonym: String(n).repeat(32).slice(0, 32),
  dots: { [String(n + 1)]: 1 },
});
const topics = [issue(2, { labels: ["topic"] }), issue(3, { labels: ["topic"] })];
/** The board read at 2026-11-20T09:00Z (the factory's); with `ended`, the round ended before. */
const loaded = (options: { ended?: boolean; branch?: string } = {}) => ({
  config: config((c) => {
    c.votes.source = "ballots";
    c.votes.reveal = "after-close";
    if (options.ended) c.votes.roundEnd = "2026-11-19T17:00:00Z";
  }),
  snapshot: snapshot(topics),
  ...(options.branch !== undefined && { branch: options.branch }),
});
const plan = (l: ReturnType<typeof loaded>, input: Partial<BatchInput>) =>
  ballotBatch.plan(l, { waiting: [], keys, ...input }, run);
/** The ballot file after batches of these ballots, one after the other, as the app writes them. */
const fileAfter = (...batches: StoredBallot[][]) =>
  batches.reduce<string | undefined>(
    (text, ballots) =>
      mergeBallots(
        text,
        {
          repository: "acme/board",
          round: "open",
          installation: 2,
          ballots,
          final: false,
          counts: false,
        },
        keys,
      ).text,
    undefined,
  );

describe("the ballots' batch (ballotBatch's plan)", () => {
  it("keeps fewer than votes.batchSize voters' changes waiting, and writes nothing", () => {
    const planned = plan(loaded(), { waiting: [ballot(1), ballot(2)] });
    expect(planned.effects).toEqual([]);
    expect(planned.followUps ?? []).toEqual([]);
    expect(planned.result).toEqual({
      round: "open",
      keep: [ballot(1), ballot(2)],
      said: "2 voters' changes waiting for a batch of 3",
      written: false,
    });
  });

  it("writes a sealed batch of votes.batchSize, then asks for the pages to be published again", () => {
    const waiting = [ballot(1), ballot(2), ballot(3)];
    const planned = plan(loaded(), { waiting });
    expect(planned.effects).toEqual([
      {
        kind: "write-ballots",
        batch: {
          repository: "acme/board",
          installation: 2,
          round: "open",
          ballots: waiting,
          final: false,
          counts: false,
          lastGood: undefined,
        },
      },
    ]);
    expect(planned.followUps).toEqual([{ trigger: "ballots-published", data: {} }]);
    expect(planned.result).toMatchObject({ keep: [], said: "a sealed batch of 3 voters' changes" });
  });

  it("drops the ballots of an earlier round: that round is over", () => {
    const planned = plan(loaded(), { waiting: [ballot(1, "2026-10-01"), ballot(2)] });
    expect(planned.result.keep).toEqual([ballot(2)]);
  });

  it("a round closed: its last batch, however small, is written and every ballot opened; once opened with nothing waiting, nothing", () => {
    const last = plan(loaded({ ended: true }), { waiting: [ballot(1)] });
    expect(last.effects).toMatchObject([
      { kind: "write-ballots", batch: { final: true, ballots: [ballot(1)] } },
    ]);
    expect(last.result.said).toBe(
      "round open closed: last batch of 1 voter's change, every ballot opened",
    );
    const none = plan(loaded({ ended: true }), { waiting: [] });
    expect(none.effects).toEqual([]);
    expect(none.result.said).toBe("round open closed, nothing to open");
  });

  it("a branch put back since the last good file: the round is written back from it, with no voter's change", () => {
    const lastGood = fileAfter(
      [ballot(1), ballot(2), ballot(3)],
      [ballot(4), ballot(5), ballot(6)],
    );
    const putBack = fileAfter([ballot(1), ballot(2), ballot(3)]);
    const planned = plan(loaded({ branch: putBack as string }), {
      waiting: [ballot(7)],
      lastGood,
    });
    expect(planned.effects).toMatchObject([
      { kind: "write-ballots", batch: { ballots: [], final: false, lastGood } },
    ]);
    expect(planned.result).toMatchObject({
      keep: [ballot(7)],
      lost: "the ballots branch was put back from version 2 to 1",
      said: "round written back; 1 voter's change waiting for a batch of 3",
      written: true,
    });
    // The branch as the app wrote it: nothing lost, nothing written for one voter.
    expect(
      plan(loaded({ branch: lastGood as string }), { waiting: [ballot(7)], lastGood }).effects,
    ).toEqual([]);
  });
});
