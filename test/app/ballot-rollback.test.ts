import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import nock from "nock";
import { afterAll, beforeAll, describe, it } from "vitest";
import { openBallots, parseBallotFile } from "../../src/core/index.js";
import { ballotKeys } from "../../src/jobs/ballot-keys.js";
import { type AppProcess, type GitHubForProcesses, startApp } from "../helpers/app-process.js";
import { FakeGitHub } from "../helpers/fake-github.js";
import type { Adapter } from "../helpers/fault-bench.js";
import { freePort } from "../helpers/free-port.js";
import { roundtable } from "../helpers/meeting-board.js";
import { type RedisServer, startRedis } from "../helpers/redis.js";
import { serveFake } from "../helpers/serve-fake.js";
import { csrfOf, signIn } from "../helpers/sign-in.js";
import type { WebApp } from "../helpers/web-app.js";

// The app as `npm start` runs it, restarted, with the ballots branch put back to an earlier state
// of its own (a state a reader with the public key cannot tell from the current one): the app
// notices against the file it wrote last (kept under ROUNDTABLE_DATA_DIR without Redis, in Redis
// with it), says so once, and writes the round back from that last good state.
const secret = "a-ballot-secret-for-the-rollback-test-0123456789";
const keys = ballotKeys(secret);
const voters = ["person-1", "person-2", "person-3"];
const ballot = "/roundtable/Codertocat/Hello-World/ballot";

function board(): FakeGitHub {
  const fake = new FakeGitHub("Codertocat", "Hello-World");
  fake.issues = roundtable().issues;
  fake.pushCommit("main", {
    ".github/roundtable.yml": `votes:\n  source: ballots\n  eligible: [${voters.join(", ")}]\n`,
  });
  fake.readers = new Set(["Codertocat", ...voters]);
  Object.defineProperty(fake, "clock", { get: () => new Date().toISOString(), set: () => {} });
  return fake;
}

const waitFor = async (check: () => boolean, ms = 45_000) => {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
  return check();
};

function rollback(adapter: Adapter) {
  describe(`the ballots branch put back across a restart (${adapter})`, () => {
    const fake = board();
    let served: Awaited<ReturnType<typeof serveFake>>;
    let dataDir: string;
    let redis: RedisServer | undefined;
    let env: Record<string, string>;
    let app: AppProcess | undefined;

    beforeAll(async () => {
      nock.enableNetConnect("127.0.0.1");
      served = await serveFake(fake, { app: { slug: "roundtable" } });
      dataDir = await mkdtemp(join(tmpdir(), "roundtable-data-"));
      redis = adapter === "redis" ? await startRedis() : undefined;
      const port = String(await freePort());
      env = {
        PORT: port,
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        GITHUB_CLIENT_ID: "Iv1.rollback",
        GITHUB_CLIENT_SECRET: "rollback-secret",
        SESSION_SECRET: "a session secret of at least thirty-two characters",
        BALLOT_SECRET: secret,
        BALLOT_BATCH_SECONDS: "1",
        ROUNDTABLE_DATA_DIR: dataDir,
        // The killed app's lease on the repository lapses in 3 s, not the 15 s a restart
        // otherwise waits before its first batch; a waiter asks for it every 25 ms.
        ...(redis && {
          REDIS_URL: redis.url,
          ROUNDTABLE_LEASE_MS: "3000",
          ROUNDTABLE_LEASE_RETRY_MS: "25",
        }),
      };
    }, 60_000);
    afterAll(async () => {
      await app?.stop();
      await redis?.stop();
      served?.server.closeAllConnections();
      served?.close();
      await rm(dataDir, { recursive: true, force: true });
    });

    const start = () =>
      startApp({ host: served.url.replace("http://", "") } as GitHubForProcesses, env);
    /** `login` signs in and adds a dot on `topic` on the ballot page: the page's answer. */
    const dot = async (running: AppProcess, login: string, topic: number) => {
      const cookie = await signIn({ url: running.url } as WebApp, login, ballot);
      const page = await (await fetch(`${running.url}${ballot}`, { headers: { cookie } })).text();
      const answer = await fetch(`${running.url}${ballot}`, {
        method: "POST",
        headers: { cookie },
        body: new URLSearchParams({ csrf: csrfOf(page), add: String(topic) }),
        redirect: "manual",
      });
      return { status: answer.status, text: await answer.text() };
    };
    const file = () => fake.files("roundtable/ballots").get("ballots.json");
    const version = () => parseBallotFile(file()).file?.rounds[0]?.version ?? 0;
    /** Each pseudonym's dots, as the app (holding BALLOT_SECRET) opens the branch's file. */
    const tally = (): Record<string, Record<string, number>> =>
      Object.fromEntries(
        openBallots(file(), { repository: "Codertocat/Hello-World", round: "open" }, keys)
          .ballots.map((b) => [b.pseudonym, b.dots])
          .sort(([a], [b]) => String(a).localeCompare(String(b))),
      );
    const said = (running: AppProcess) => running.log.filter((l) => l.includes("was put back"));

    it("after a restart, a branch put back is noticed once, and the round's tally is its last good state", async ({
      expect,
    }) => {
      /** A dot added, and the page says it took it. */
      const vote = async (running: AppProcess, login: string, topic: number) => {
        const answer = await dot(running, login, topic);
        expect(answer.status, answer.text).toBeLessThan(400);
      };
      app = await start();
      for (const [i, login] of voters.entries()) await vote(app, login, 2 + i);
      expect(await waitFor(() => version() === 1)).toBe(true);
      const first = file() as string;
      for (const [i, login] of voters.entries()) await vote(app, login, 2 + ((i + 1) % 3));
      expect(await waitFor(() => version() === 2)).toBe(true);
      // The batch is recorded once the app says it (a crash between its commit and its record
      // leaves the branch ahead of the record, which is taken as it stands).
      const running = app;
      const batches = () => running.log.filter((l) => l.includes("a sealed batch of 3")).length;
      expect(await waitFor(() => batches() === 2)).toBe(true);
      const lastGood = tally();
      expect(Object.values(lastGood).map((d) => Object.values(d).length)).toEqual([2, 2, 2]);
      await app.stop("SIGKILL");

      // While the app is down, an admin puts the branch back to its first batch.
      fake.pushCommit("roundtable/ballots", { "ballots.json": first });
      expect(version()).toBe(1);
      app = await start();
      // The next event: one voter's change, too few for a batch of its own.
      await vote(app, "person-1", 4);
      const restarted = app;
      const noticed = await waitFor(() => version() === 3 && said(restarted).length > 0);
      if (!noticed)
        console.log(
          `${adapter}: version ${version()}; the app said:\n${restarted.log.filter((l) => /ballots|ERROR|WARN/.test(l)).join("\n")}`,
        );
      expect(noticed).toBe(true);
      expect(said(restarted)).toEqual([
        expect.stringContaining(
          "ballots of Codertocat/Hello-World: the ballots branch was put back from version 2 to 1: round open is taken from the last good state the app kept, and written back",
        ),
      ]);
      expect(tally()).toEqual(lastGood);

      // Put back again while the app runs: the next event notices it, against version 3 now.
      fake.pushCommit("roundtable/ballots", { "ballots.json": first });
      await vote(app, "person-2", 2);
      expect(await waitFor(() => version() === 4 && said(restarted).length === 2)).toBe(true);
      expect(said(restarted)[1]).toContain("was put back from version 3 to 1");
      expect(tally()).toEqual(lastGood);
      // Said once each: the round written back is what the app recorded, and holds past the
      // next batch's time (BALLOT_BATCH_SECONDS is 1 here).
      await new Promise((r) => setTimeout(r, 1_500));
      expect(said(restarted)).toHaveLength(2);
      expect(version()).toBe(4);
    }, 180_000);
  });
}

// Side by side: each adapter has its own fake, app process, data folder and Redis, and its test
// mostly waits (app starts, batch intervals); one after the other they took twice as long.
describe.concurrent("the ballots branch put back, with each coordination", () => {
  rollback("memory");
  rollback("redis");
});
