import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import nock from "nock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBallots } from "../../src/core/index.js";
import { ballotKeys } from "../../src/jobs/ballot-keys.js";
import { type AppProcess, type GitHubForProcesses, startApp } from "../helpers/app-process.js";
import { FakeGitHub } from "../helpers/fake-github.js";
import { freePort } from "../helpers/free-port.js";
import { roundtable } from "../helpers/meeting-board.js";
import { serveFake } from "../helpers/serve-fake.js";
import { csrfOf, signIn } from "../helpers/sign-in.js";
import type { WebApp } from "../helpers/web-app.js";

// The app as `npm start` runs it, in memory mode (no Redis), killed between a ballot's acceptance
// and its batch: the next process counts it (the ballot journal, under ROUNDTABLE_DATA_DIR).
const secret = "a-ballot-secret-for-the-restart-test-0123456789";
const voters = ["person-1", "person-2", "person-3"];

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

describe("a restart between a ballot's acceptance and its batch (memory mode, the app as a process)", () => {
  const fake = board();
  let served: Awaited<ReturnType<typeof serveFake>>;
  let dataDir: string;
  let env: Record<string, string>;
  let app: AppProcess | undefined;

  beforeAll(async () => {
    nock.enableNetConnect("127.0.0.1");
    served = await serveFake(fake, { app: { slug: "roundtable" } });
    dataDir = await mkdtemp(join(tmpdir(), "roundtable-data-"));
    const port = String(await freePort());
    env = {
      PORT: port,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      GITHUB_CLIENT_ID: "Iv1.restart",
      GITHUB_CLIENT_SECRET: "restart-secret",
      SESSION_SECRET: "a session secret of at least thirty-two characters",
      BALLOT_SECRET: secret,
      BALLOT_BATCH_SECONDS: "1",
      ROUNDTABLE_DATA_DIR: dataDir,
    };
  });
  afterAll(async () => {
    await app?.stop();
    served?.server.closeAllConnections();
    served?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const start = () =>
    startApp({ host: served.url.replace("http://", "") } as GitHubForProcesses, env);
  /** `login` signs in and puts a dot on `topic` on the ballot page; the page says it took it. */
  const vote = async (running: AppProcess, login: string, topic: number) => {
    const ballot = "/roundtable/Codertocat/Hello-World/ballot";
    const cookie = await signIn({ url: running.url } as WebApp, login, ballot);
    const page = await (await fetch(`${running.url}${ballot}`, { headers: { cookie } })).text();
    const answer = await fetch(`${running.url}${ballot}`, {
      method: "POST",
      headers: { cookie },
      body: new URLSearchParams({ csrf: csrfOf(page), add: String(topic) }),
      redirect: "manual",
    });
    expect(answer.status, await answer.text()).toBeLessThan(400);
  };
  const opened = () =>
    openBallots(
      fake.files("roundtable/ballots").get("ballots.json"),
      { repository: "Codertocat/Hello-World", round: "open" },
      ballotKeys(secret),
    ).ballots;

  it("the ballots taken before the crash are in the next process's batch", async () => {
    app = await start();
    await vote(app, "person-1", 2);
    await vote(app, "person-2", 3);
    // Two voters' changes wait for a batch of three: nothing is written yet. The process dies.
    await new Promise((r) => setTimeout(r, 1_500));
    expect(fake.files("roundtable/ballots").get("ballots.json")).toBeUndefined();
    await app.stop("SIGKILL");

    app = await start();
    await vote(app, "person-3", 4);
    const deadline = Date.now() + 20_000;
    while (opened().length < 3 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    expect(opened().map((b) => b.dots)).toEqual(
      expect.arrayContaining([{ 2: 1 }, { 3: 1 }, { 4: 1 }]),
    );
    expect(opened()).toHaveLength(3);
  }, 90_000);
});
