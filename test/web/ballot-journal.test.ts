import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import nock from "nock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { armTimer, type Timed } from "../../src/app/arm-timer.js";
import { memoryCoordination } from "../../src/coordination/memory.js";
import { openBallots } from "../../src/core/index.js";
import { createClient } from "../../src/github/index.js";
import { ballotKeys } from "../../src/jobs/ballot-keys.js";
import { ballotJournal } from "../../src/web/ballot-journal.js";
import { pendingBallots } from "../../src/web/pending-ballots.js";
import { FakeGitHub } from "../helpers/fake-github.js";
import { serveFake } from "../helpers/serve-fake.js";

const keys = ballotKeys("a-ballot-secret-for-tests-only-0123456789");
const people = ["person-1", "person-2", "person-3"];
const pseudonym = (login: string) =>
  keys.pseudonym({ installation: 2, repository: "acme/board", round: "open" }, login);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "roundtable-journal-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("the ballot journal (memory mode)", () => {
  it("holds only pseudonyms and sealed dots of one length, in a file only the app's user reads", async () => {
    const journal = ballotJournal(join(dir, "privacy"), keys);
    await journal.write("acme", "board", [
      { round: "open", pseudonym: pseudonym("person-1"), dots: { 2: 1 } },
      { round: "open", pseudonym: pseudonym("person-2"), dots: { 2: 1, 3: 1, 4: 1, 15: 2 } },
    ]);
    const [name, ...more] = await readdir(join(dir, "privacy"));
    expect(more).toEqual([]);
    const path = join(dir, "privacy", name as string);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect((await stat(join(dir, "privacy"))).mode & 0o777).toBe(0o700);
    const text = await readFile(path, "utf8");
    expect(text).not.toMatch(/person-|dots|"2":1/);
    const entries = (JSON.parse(text) as { entries: Array<{ sealed: string }> }).entries;
    expect(new Set(entries.map((e) => e.sealed.length)).size).toBe(1);
    expect(await journal.read()).toEqual([
      {
        owner: "acme",
        repo: "board",
        ballots: [
          { round: "open", pseudonym: pseudonym("person-1"), dots: { 2: 1 } },
          { round: "open", pseudonym: pseudonym("person-2"), dots: { 2: 1, 3: 1, 4: 1, 15: 2 } },
        ],
      },
    ]);
    // Another BALLOT_SECRET opens nothing.
    const other = ballotJournal(
      join(dir, "privacy"),
      ballotKeys("another-secret-0123456789-0123456789"),
    );
    expect(await other.read()).toEqual([{ owner: "acme", repo: "board", ballots: [] }]);
    await journal.write("acme", "board", []);
    expect(await readdir(join(dir, "privacy"))).toEqual([]);
  });

  it("says where, and how to fix it, when the directory cannot be written", async () => {
    // A file where the directory should be.
    await writeFile(join(dir, "a-file"), "");
    const journal = ballotJournal(join(dir, "a-file", "journal"), keys);
    await expect(journal.write("acme", "board", [])).rejects.toThrow(
      /^ballot journal \S+\/a-file\/journal: could not be made: ENOTDIR.*; set ROUNDTABLE_DATA_DIR/,
    );
  });
});

describe("a restart between a ballot's acceptance and its batch (memory mode)", () => {
  let served: Awaited<ReturnType<typeof serveFake>>;
  const fake = new FakeGitHub("acme", "board");
  fake.pushCommit("main", { ".github/roundtable.yml": "votes:\n  source: ballots\n" });

  beforeAll(async () => {
    nock.enableNetConnect("127.0.0.1");
    served = await serveFake(fake);
  });
  afterAll(() => {
    served?.server.closeAllConnections();
    served?.close();
  });

  const instance = (where: string) => {
    const coordination = memoryCoordination();
    const github = createClient({
      token: "ghs_app",
      apiUrl: `${served.url}/api/v3`,
      graphqlUrl: `${served.url}/api/graphql`,
      throttle: false,
    });
    const ballots = pendingBallots({
      coordination,
      installation: async () => github,
      installationId: async () => 2,
      keys,
      batchSeconds: 1,
      now: () => new Date().toISOString(),
      log: () => {},
      journal: ballotJournal(where, keys),
      // The app's runner of follow-ups: the timers of what the journal gives back, set.
      followUps: async (owner, repo, list) => {
        for (const due of list)
          await armTimer({ installation: 2, owner, repo, coordination }, due as Timed);
      },
    });
    return { coordination, ballots };
  };

  it("a ballot the page took still waits for its batch after a thousand sign-ins fill the app's memory store", async () => {
    const where = join(dir, "crowded");
    const one = instance(where);
    const ballot = (login: string, topic: number) => ({
      round: "open",
      pseudonym: pseudonym(login),
      dots: { [topic]: 1 },
    });
    await one.ballots.put("acme", "board", ballot("person-1", 2));
    // Each sign-in records its session in the same store (src/web/session.ts): anybody can sign
    // in, again and again.
    for (let i = 0; i < 1_000; i++)
      await one.coordination.cache.set("web-session", `session-${i}`, { login: "someone" }, 3600);
    expect(await one.ballots.get("acme", "board", pseudonym("person-1"))).toEqual(
      ballot("person-1", 2),
    );
    await one.ballots.put("acme", "board", ballot("person-2", 3));
    const journaled = (await ballotJournal(where, keys).read())[0]?.ballots ?? [];
    expect(journaled.map((b) => b.pseudonym).sort()).toEqual(
      [pseudonym("person-1"), pseudonym("person-2")].sort(),
    );
    await one.coordination.close();
  });

  it("the ballots the first process accepted are written by the next one's batch", async () => {
    const where = join(dir, "restart");
    // The first process accepts three ballots, then stops before their batch is due.
    const first = instance(where);
    for (const [i, login] of people.entries())
      await first.ballots.put("acme", "board", {
        round: "open",
        pseudonym: pseudonym(login),
        dots: { [i + 2]: 1 },
      });
    await first.coordination.close();
    expect(fake.files("roundtable/ballots").get("ballots.json")).toBeUndefined();

    // The next process starts with an empty memory: the journal gives the ballots back.
    const next = instance(where);
    expect(await next.ballots.get("acme", "board", pseudonym("person-2"))).toEqual({
      round: "open",
      pseudonym: pseudonym("person-2"),
      dots: { 3: 1 },
    });
    next.coordination.timers.onDue(async ({ data }) => {
      await next.ballots.flush(String(data.owner), String(data.repo));
    });
    const file = () => fake.files("roundtable/ballots").get("ballots.json");
    const where_ = { repository: "acme/board", round: "open" };
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && openBallots(file(), where_, keys).ballots.length < 3)
      await new Promise((r) => setTimeout(r, 100));
    expect(
      openBallots(file(), where_, keys)
        .ballots.map((b) => [b.pseudonym, b.dots])
        .sort(),
    ).toEqual(people.map((login, i) => [pseudonym(login), { [i + 2]: 1 }]).sort());
    // Written: nothing is left in the journal to count twice; the file written is the last good.
    const waiting = async () => (await readdir(where)).filter((n) => n.startsWith("ballots-"));
    for (let i = 0; i < 50 && (await waiting()).length > 0; i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(await waiting()).toEqual([]);
    expect(await readdir(where)).toEqual([expect.stringMatching(/^last-good-[0-9a-f]{24}\.json$/)]);
    await next.coordination.close();
  }, 30_000);
});
