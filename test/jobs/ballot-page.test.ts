import { describe, expect, it } from "vitest";
import { ballotViewOf } from "../../src/core/index.js";
import { ballotKeys } from "../../src/jobs/ballot-keys.js";
import { decideBallot } from "../../src/jobs/ballot-page.js";
import { config, issue, snapshot } from "../helpers/factories.js";

const keys = ballotKeys("a-ballot-secret-for-tests-only-0123456789");
const run = { owner: "acme", repo: "board", installation: 2, dryRun: false };
const board = snapshot([issue(2, { labels: ["topic"] }), issue(3, { labels: ["topic"] })]);
const input = (batchSeconds: number) => ({
  login: "person-1",
  keys,
  pending: async () => undefined,
  change: { kind: "add" as const, topic: 2 },
  batchSeconds,
});
const viewOf = (roundEnd: string | null) =>
  ballotViewOf(
    board,
    config((c) => {
      c.votes.source = "ballots";
      c.votes.roundEnd = roundEnd;
    }),
    { login: "person-1", pseudonym: "p".repeat(32) },
  );

describe("a person's ballot on the ballot page (decideBallot's plan)", () => {
  it("takes the ballot and asks for its batch's timer at the end of the batch interval, the app's to set", () => {
    const planned = decideBallot.plan(viewOf(null), input(60), {
      ...run,
      now: "2026-12-07T10:00:42Z",
    });
    expect(planned.effects).toEqual([]);
    expect(planned.result.decided).toEqual({
      ballot: { round: "open", pseudonym: "p".repeat(32), dots: { 2: 1 } },
    });
    expect(planned.followUps).toEqual([
      { trigger: "ballots", at: "2026-12-07T10:01:00.000Z", key: expect.any(String), data: {} },
    ]);
  });

  it("names the timer by its interval: two ballots of one interval ask for the same timer, the next interval's is another", () => {
    const at = (now: string) =>
      (decideBallot.plan(viewOf(null), input(60), { ...run, now }).followUps as unknown[])[0];
    expect(at("2026-12-07T10:00:01Z")).toEqual(at("2026-12-07T10:00:59Z"));
    expect(at("2026-12-07T10:01:00Z")).not.toEqual(at("2026-12-07T10:00:59Z"));
  });

  it("with votes.roundEnd, asks too for the timer that writes the round's last batch when it ends", () => {
    const planned = decideBallot.plan(viewOf("2026-12-10T17:00:00Z"), input(60), {
      ...run,
      now: "2026-12-07T10:00:42Z",
    });
    expect(planned.followUps).toEqual([
      expect.objectContaining({ trigger: "ballots", at: "2026-12-07T10:01:00.000Z" }),
      expect.objectContaining({ trigger: "ballots", at: "2026-12-10T17:00:00Z" }),
    ]);
  });

  it("a ballot refused asks for no timer", () => {
    const view = { ...viewOf(null), eligible: false };
    const planned = decideBallot.plan(view, input(60), { ...run, now: "2026-12-07T10:00:42Z" });
    expect(planned.result.decided).toEqual({
      refused: "You are not eligible to vote in this round.",
    });
    expect(planned.followUps ?? []).toEqual([]);
  });
});
