import { describe, expect, it } from "vitest";
import { memoryCoordination } from "../../src/coordination/index.js";
import type { GitHub } from "../../src/github/index.js";
import { pendingBallots } from "../../src/web/pending-ballots.js";

/** The waiting ballots of one instance, on a clock the test moves. */
function waiting(clock: { now: string }) {
  return pendingBallots({
    coordination: memoryCoordination(),
    installation: async () => ({}) as GitHub,
    installationId: async () => 2,
    keys: undefined,
    batchSeconds: 60,
    now: () => clock.now,
    log: () => {},
  });
}

const ballot = (pseudonym: string) => ({ round: "open", pseudonym, dots: { 2: 1 } });

describe("a ballot's batch timer, named once the ballot is held", () => {
  it("names the interval the ballot is held in: one timer an interval, the next interval's another", async () => {
    const clock = { now: "2026-12-07T10:00:01Z" };
    const ballots = waiting(clock);
    const [first] = await ballots.put("acme", "board", ballot("a".repeat(32)));
    clock.now = "2026-12-07T10:00:59.999Z";
    const [second] = await ballots.put("acme", "board", ballot("b".repeat(32)));
    expect(first).toEqual({
      trigger: "ballots",
      at: "2026-12-07T10:01:00.000Z",
      key: expect.any(String),
      data: {},
    });
    expect(second).toEqual(first);
    // Held just after the interval's end (its batch may already be written): the next timer,
    // never the one already run, which a second set would not bring back.
    clock.now = "2026-12-07T10:01:00.000Z";
    const [third] = await ballots.put("acme", "board", ballot("c".repeat(32)));
    expect(third).toMatchObject({ at: "2026-12-07T10:02:00.000Z" });
    expect(third?.key).not.toBe(first?.key);
  });
});
