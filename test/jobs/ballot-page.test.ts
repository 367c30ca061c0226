import { describe, expect, it } from "vitest";
import { ballotViewOf } from "../../src/core/index.js";
import { ballotKeys } from "../../src/jobs/ballot-keys.js";
import { decideBallot } from "../../src/jobs/ballot-page.js";
import { config, issue, snapshot } from "../helpers/factories.js";

const keys = ballotKeys("a-ballot-secret-for-tests-only-0123456789");
const run = { owner: "acme", repo: "board", installation: 2, dryRun: false };
const board = snapshot([issue(2, { labels: ["topic"] }), issue(3, { labels: ["topic"] })]);
const input = {
  login: "person-1",
  keys,
  pending: async () => undefined,
  change: { kind: "add" as const, topic: 2 },
};
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
  it("takes the ballot and writes nothing: its batch's timer is named once the ballot is held", () => {
    const planned = decideBallot.plan(viewOf(null), input, { ...run, now: "2026-12-07T10:00:42Z" });
    expect(planned.effects).toEqual([]);
    expect(planned.result.decided).toEqual({
      ballot: { round: "open", pseudonym: "p".repeat(32), dots: { 2: 1 } },
    });
    expect(planned.followUps).toEqual([]);
  });

  it("with votes.roundEnd, asks too for the timer that writes the round's last batch when it ends", () => {
    const planned = decideBallot.plan(viewOf("2026-12-10T17:00:00Z"), input, {
      ...run,
      now: "2026-12-07T10:00:42Z",
    });
    expect(planned.followUps).toEqual([
      expect.objectContaining({ trigger: "ballots", at: "2026-12-10T17:00:00Z" }),
    ]);
  });

  it("a ballot refused asks for no timer", () => {
    const view = { ...viewOf(null), eligible: false };
    const planned = decideBallot.plan(view, input, { ...run, now: "2026-12-07T10:00:42Z" });
    expect(planned.result.decided).toEqual({
      refused: "You are not eligible to vote in this round.",
    });
    expect(planned.followUps ?? []).toEqual([]);
  });
});
