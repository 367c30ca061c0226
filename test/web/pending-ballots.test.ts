import nock from "nock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { armTimer, type Timed } from "../../src/app/arm-timer.js";
import type { Coordination } from "../../src/coordination/index.js";
import { redisCoordination } from "../../src/coordination/redis.js";
import { openBallots, type StoredBallot } from "../../src/core/index.js";
import { createClient } from "../../src/github/index.js";
import { ballotKeys } from "../../src/jobs/ballot-keys.js";
import { ballotBatchDue } from "../../src/jobs/follow-up.js";
import { type PendingBallots, pendingBallots } from "../../src/web/pending-ballots.js";
import { FakeGitHub } from "../helpers/fake-github.js";
import { type RedisServer, startRedis } from "../helpers/redis.js";
import { serveFake } from "../helpers/serve-fake.js";

const keys = ballotKeys("a-ballot-secret-for-tests-only-0123456789");
const people = Array.from({ length: 12 }, (_, i) => `person-${i + 1}`);
const pseudonym = (login: string) =>
  keys.pseudonym({ installation: 2, repository: "acme/board", round: "open" }, login);
const where = { repository: "acme/board", round: "open" };

describe("ballots waiting for their batch, across two instances sharing Redis", () => {
  let redis: RedisServer;
  let served: Awaited<ReturnType<typeof serveFake>>;
  const fake = new FakeGitHub("acme", "board");
  fake.pushCommit("main", { ".github/roundtable.yml": "votes:\n  source: ballots\n" });
  const instances: Array<{ coordination: Coordination; ballots: PendingBallots }> = [];

  beforeAll(async () => {
    nock.enableNetConnect("127.0.0.1");
    redis = await startRedis();
    served = await serveFake(fake);
    const github = createClient({
      token: "ghs_app",
      apiUrl: `${served.url}/api/v3`,
      graphqlUrl: `${served.url}/api/graphql`,
      throttle: false,
    });
    for (let i = 0; i < 2; i++) {
      const coordination = redisCoordination({ url: redis.url, leaseMs: 2_000, waitMs: 10_000 });
      const ballots = pendingBallots({
        coordination,
        installation: async () => github,
        installationId: async () => 2,
        keys,
        batchSeconds: 1,
        now: () => new Date().toISOString(),
        log: () => {},
      });
      coordination.timers.onDue(async ({ data }) => {
        await ballots.flush(String(data.owner), String(data.repo));
      });
      instances.push({ coordination, ballots });
    }
  }, 30_000);
  afterAll(async () => {
    for (const { coordination } of instances) await coordination.close();
    served?.server.closeAllConnections();
    served?.close();
    await redis?.stop();
  });

  /** As the ballot page does: the ballot held, then its batch's timer set as the app sets it. */
  const vote = async (on: (typeof instances)[number], ballot: StoredBallot) => {
    await on.ballots.put("acme", "board", ballot);
    const due = ballotBatchDue(new Date().toISOString(), 1) as Timed;
    await armTimer(
      { installation: 2, owner: "acme", repo: "board", coordination: on.coordination },
      due,
    );
  };

  it("12 people vote within one second, half on each instance: all are in the file, in few commits, but fewer than a batch left last", async () => {
    const started = Date.now();
    await Promise.all(
      people.map((login, i) =>
        vote(instances[i % 2] as (typeof instances)[number], {
          round: "open",
          pseudonym: pseudonym(login),
          dots: { [(i % 4) + 1]: 1 },
        }),
      ),
    );
    // Within a second on a quiet machine; a loaded one may take longer, and the batching below is
    // judged on the intervals the ballots really spanned.
    const submitted = Date.now() - started;
    const file = () => fake.files("roundtable/ballots").get("ballots.json");
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && openBallots(file(), where, keys).ballots.length < 12)
      await new Promise((r) => setTimeout(r, 100));
    const opened = openBallots(file(), where, keys);
    expect(opened.ignored).toBe(0);
    // A batch holds at least votes.batchSize (3) voters' changes: where the intervals split the
    // twelve so that fewer than three are left for the last, those wait for the next voter.
    const landed = opened.ballots.map((b) => b.pseudonym);
    expect(people.length - landed.length).toBeLessThan(3);
    expect(landed.filter((p) => !people.map(pseudonym).includes(p))).toEqual([]);
    expect(new Set(landed).size).toBe(landed.length);
    // The commits that landed on the ballots branch (a CreateCommit the branch had moved past is
    // refused, and sent again from the new head). Each adds at least a batch (3) of voters'
    // changes to the one before: one batch per interval at most, however the two instances'
    // timers fell on a loaded machine.
    const batches = [...fake.commits.values()]
      .map((files) => files.get("ballots.json"))
      .filter((text): text is string => text !== undefined)
      .map((text) => openBallots(text, where, keys).ballots.length);
    const commits = batches.length;
    expect(batches.map((n, i) => n - (batches[i - 1] ?? 0)).every((added) => added >= 3)).toBe(
      true,
    );
    expect(commits).toBeLessThanOrEqual(Math.min(4, Math.ceil(submitted / 1_000) + 2));
    console.log(
      `12 ballots put in ${submitted} ms across 2 instances → ${commits} commit(s), all 12 in ballots.json`,
    );
    // Nothing is left waiting once written: the batch forgets its ballots right after its commit
    // lands, which the file above may show a moment before.
    const waiting = () => instances[0]?.ballots.get("acme", "board", pseudonym("person-1"));
    const cleared = Date.now() + 5_000;
    while (Date.now() < cleared && (await waiting()) !== undefined)
      await new Promise((r) => setTimeout(r, 50));
    expect(await waiting()).toBe(undefined);
  }, 30_000);
});
