import nock from "nock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliveries } from "../../src/app/deliveries.js";
import { runDue } from "../../src/app/run-trigger.js";
import type { Web } from "../../src/app/web.js";
import type { Coordination, TimerJob } from "../../src/coordination/index.js";
import { memoryCoordination } from "../../src/coordination/memory.js";
import { openBallots } from "../../src/core/index.js";
import { createClient } from "../../src/github/index.js";
import { ballotKeys } from "../../src/jobs/ballot-keys.js";
import { type PendingBallots, pendingBallots } from "../../src/web/pending-ballots.js";
import { FakeGitHub } from "../helpers/fake-github.js";
import { roundtable } from "../helpers/meeting-board.js";
import { mountGitHub } from "../helpers/mount-github.js";
import { mountInstallationToken, testProbot } from "../helpers/probot.js";

const keys = ballotKeys("a-ballot-secret-for-the-timer-tests-0123456789");
const voters = ["person-1", "person-2", "person-3"];
const repository = "Codertocat/Hello-World";

function board(): FakeGitHub {
  const fake = new FakeGitHub("Codertocat", "Hello-World");
  fake.issues = roundtable().issues;
  fake.pushCommit("main", {
    ".github/roundtable.yml": `votes:\n  source: ballots\n  eligible: [${voters.join(", ")}]\n`,
  });
  return fake;
}

describe("a due timer of kind ballots", () => {
  beforeAll(() => nock.disableNetConnect());
  afterAll(() => nock.cleanAll());

  it("set by 0.7.0, with no installation in it, writes the waiting batch as the repository's installation", async () => {
    const fake = board();
    mountInstallationToken();
    mountGitHub(fake, { rest: ["GET", "POST", "PATCH", "PUT", "DELETE"] });
    const coordination = memoryCoordination({ now: () => Date.parse(fake.clock) });
    const clock = () => fake.clock;
    const github = createClient({ token: "ghs_app", throttle: false });
    const ballots = pendingBallots({
      coordination,
      installation: async () => github,
      installationId: async () => 2,
      keys,
      batchSeconds: 60,
      now: clock,
      log: () => {},
    });
    const scope = { installation: 2, repository, round: "open" };
    for (const [i, login] of voters.entries())
      await ballots.put("Codertocat", "Hello-World", {
        round: "open",
        pseudonym: keys.pseudonym(scope, login),
        dots: { [String(i + 2)]: 1 },
      });
    const deps = {
      app: testProbot(),
      coordination,
      clock,
      web: { ballots } as unknown as Web,
      handle: deliveries(coordination, clock),
    };
    // The job as 0.7.0's pages stored it (in Redis, it outlives the upgrade): kind, owner, repo.
    const job = { id: "ballots-0123456789abcdef01234567-29", at: fake.clock };
    await runDue(deps, {
      ...job,
      data: { kind: "ballots", owner: "Codertocat", repo: "Hello-World" },
    });
    const file = fake.files("roundtable/ballots").get("ballots.json");
    const opened = openBallots(file, { repository, round: "open" }, keys);
    expect(opened.ballots.map((b) => b.dots)).toEqual(
      expect.arrayContaining([{ 2: 1 }, { 3: 1 }, { 4: 1 }]),
    );
    expect(await ballots.get("Codertocat", "Hello-World", keys.pseudonym(scope, "person-1"))).toBe(
      undefined,
    );
    await coordination.close();
  });

  describe("at an instance that cannot write ballots, beside one that can (one Redis)", () => {
    /** Two instances' deps on one shared store; the timers each sets are kept, to run by hand. */
    function fleet(fake: FakeGitHub, incapable: "no web pages" | "no BALLOT_SECRET") {
      mountInstallationToken();
      mountGitHub(fake, { rest: ["GET", "POST", "PATCH", "PUT", "DELETE"] });
      const shared = memoryCoordination({ now: () => Date.parse(fake.clock) });
      const armed: TimerJob[] = [];
      const coordination: Coordination = {
        ...shared,
        timers: { ...shared.timers, schedule: async (job) => void armed.push(job) },
      };
      const clock = () => fake.clock;
      const github = createClient({ token: "ghs_app", throttle: false });
      const ballotsWith = (withKeys: boolean) =>
        pendingBallots({
          coordination,
          installation: async () => github,
          installationId: async () => 2,
          keys: withKeys ? keys : undefined,
          batchSeconds: 60,
          now: clock,
          log: () => {},
        });
      const deps = (ballots: PendingBallots | undefined) => ({
        app: testProbot(),
        coordination,
        clock,
        web: ballots && ({ ballots } as unknown as Web),
        handle: deliveries(coordination, clock),
      });
      const able = ballotsWith(true);
      return {
        able,
        armed,
        close: () => shared.close(),
        can: deps(able),
        cannot: deps(incapable === "no web pages" ? undefined : ballotsWith(false)),
      };
    }
    const scope = { installation: 2, repository, round: "open" };
    const vote = (ballots: PendingBallots) =>
      Promise.all(
        voters.map((login, i) =>
          ballots.put("Codertocat", "Hello-World", {
            round: "open",
            pseudonym: keys.pseudonym(scope, login),
            dots: { [String(i + 2)]: 1 },
          }),
        ),
      );
    const due = (at: string): TimerJob => ({
      id: "ballots-due",
      at,
      data: { kind: "ballots", installation: 2, owner: "Codertocat", repo: "Hello-World" },
    });

    for (const incapable of ["no web pages", "no BALLOT_SECRET"] as const)
      it(`with ${incapable}, sets the batch's timer again for the next interval, and the other instance writes the batch then`, async () => {
        const fake = board();
        const instances = fleet(fake, incapable);
        await vote(instances.able);
        await runDue(instances.cannot, due(fake.clock));
        expect(fake.files("roundtable/ballots").get("ballots.json")).toBe(undefined);
        expect(instances.armed).toEqual([
          expect.objectContaining({
            at: "2026-11-21T00:01:00.000Z",
            data: expect.objectContaining({ kind: "ballots", owner: "Codertocat" }),
          }),
        ]);
        await runDue(instances.can, instances.armed[0] as TimerJob);
        const file = fake.files("roundtable/ballots").get("ballots.json");
        const opened = openBallots(file, { repository, round: "open" }, keys);
        expect(opened.ballots.map((b) => b.dots)).toEqual(
          expect.arrayContaining([{ 2: 1 }, { 3: 1 }, { 4: 1 }]),
        );
        await instances.close();
      });

    it("with no ballot waiting, sets no timer: a fleet where no instance takes ballots runs none", async () => {
      const fake = board();
      const instances = fleet(fake, "no BALLOT_SECRET");
      await runDue(instances.cannot, due(fake.clock));
      expect(instances.armed).toEqual([]);
      await instances.close();
    });
  });
});
