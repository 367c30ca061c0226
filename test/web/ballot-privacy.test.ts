import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { FakeGitHub } from "../helpers/fake-github.js";
import { roundtable } from "../helpers/meeting-board.js";
import { signIn } from "../helpers/sign-in.js";
import { startWebApp, type WebApp } from "../helpers/web-app.js";

/**
 * The findings of the security review on private ballots, each through the real app over HTTP
 * (Probot, the web pages, the batch timers) against the fake GitHub on loopback. Each test names
 * its finding and failed before ballots were sealed, signed over the repository and batched by
 * at least three voters.
 */
const secret = "a-ballot-secret-for-the-privacy-tests-0123456789";
const env = { BALLOT_SECRET: secret, BALLOT_BATCH_SECONDS: "1" };
const voters = ["person-1", "person-2", "person-3", "person-4"];
const csrfOf = (page: string) => /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? "";

beforeAll(() => {
  // The app's jobs read BALLOT_SECRET from its environment when they load the board.
  vi.stubEnv("BALLOT_SECRET", secret);
});
afterAll(() => {
  vi.unstubAllEnvs();
});

const apps: WebApp[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

/** The meeting board of Codertocat/`repo` with private ballots: topics #2, #3 and #4 open. */
function board(repo: string, reveal: "live" | "after-close"): FakeGitHub {
  const template = roundtable();
  const fake = new FakeGitHub("Codertocat", repo);
  fake.issues = template.issues;
  fake.pushCommit("main", {
    ".github/roundtable.yml": [
      "votes:",
      "  source: ballots",
      `  reveal: ${reveal}`,
      "  perPerson: 3",
      "  maxPerTopic: 2",
      `  eligible: [Codertocat, ${voters.join(", ")}]`,
      "",
    ].join("\n"),
  });
  fake.readers = new Set(["Codertocat", ...voters]);
  Object.defineProperty(fake, "clock", { get: () => new Date().toISOString(), set: () => {} });
  return fake;
}

async function start(fake: FakeGitHub): Promise<WebApp> {
  const app = await startWebApp(fake, env);
  apps.push(app);
  return app;
}

/** A person signed in on the app, who reads pages and presses the ballot page's buttons. */
async function person(app: WebApp, login: string) {
  const ballot = `/roundtable/${app.fake.owner}/${app.fake.repo}/ballot`;
  const cookie = await signIn(app, login, ballot);
  const get = async (path: string) => {
    const answer = await fetch(`${app.url}${path}`, { headers: { cookie } });
    expect(answer.status).toBe(200);
    return answer.text();
  };
  return {
    get,
    /** The pseudonym the ballot page shows the person as theirs. */
    pseudonym: async () => /class="pseudonym">([0-9a-f]+)</.exec(await get(ballot))?.[1],
    press: async (form: Record<string, string>) => {
      const csrf = csrfOf(await get(ballot));
      const answer = await fetch(`${app.url}${ballot}`, {
        method: "POST",
        headers: { cookie },
        body: new URLSearchParams({ csrf, ...form }),
        redirect: "manual",
      });
      expect(answer.status, await answer.text()).toBeLessThan(400);
    },
  };
}

async function until(what: string, done: () => boolean, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const ballotText = (fake: FakeGitHub) => fake.files("roundtable/ballots").get("ballots.json");
const ballotCommits = (fake: FakeGitHub) =>
  fake
    .graphqlCalls("CreateCommit")
    .filter((c) => JSON.stringify(c.variables).includes("roundtable/ballots")).length;

/**
 * Everything a reader of the repository can add up without a key: every file of every commit the
 * fake holds (every branch, and their history), each JSON value walked for dots by topic, or
 * counts by topic. Returns the votes by topic a reader can compute.
 */
function readableTally(fake: FakeGitHub): Record<string, number> {
  const tally: Record<string, number> = {};
  const walk = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (typeof value !== "object" || value === null) return;
    for (const [key, inner] of Object.entries(value)) {
      if (["dots", "topics", "tally"].includes(key) && typeof inner === "object" && inner)
        for (const [topic, n] of Object.entries(inner))
          if (typeof n === "number") tally[topic] = (tally[topic] ?? 0) + n;
      walk(inner);
    }
  };
  for (const files of fake.commits.values())
    for (const text of files.values()) {
      try {
        walk(JSON.parse(text));
      } catch {
        // Not JSON: the Markdown pages, which say "votes hidden" while the round is open.
      }
    }
  return tally;
}

/** The board page's queue: [topic, votes] in its order. */
const queueOf = (html: string) =>
  [
    ...html.matchAll(
      /<td class="votes">(.*?)<\/td>\s*<td><a href="[^"]*"><span class="num">#(\d+)<\/span>/g,
    ),
  ].map((m) => [Number(m[2]), m[1]?.startsWith("<span") ? "hidden" : Number(m[1])]);

describe("private ballots against a reader, a pusher and another repository", () => {
  it("finding 'hidden tallies are readable': with ballots cast and the round open, nothing on any branch lets a reader compute a tally", async () => {
    const fake = board("Hello-World", "after-close");
    const app = await start(fake);
    for (const [i, login] of voters.entries())
      await (await person(app, login)).press({ add: String((i % 3) + 2) });
    await until("the batch of four", () => ballotText(fake) !== undefined);
    // The app counts them (it holds the key); the board still says hidden.
    const page = await (await person(app, "person-1")).get("/roundtable/Codertocat/Hello-World");
    expect(page).toContain("votes hidden until the round closes");
    expect(readableTally(fake)).toEqual({});
    expect(ballotText(fake)).not.toContain('"dots"');
  }, 60_000);

  it("finding 'ballots can be linked to people': one login has another pseudonym in each repository, and no commit holds fewer than three voters' changes", async () => {
    const a = board("Hello-World", "live");
    const b = board("Other-Board", "live");
    const appA = await start(a);
    const appB = await start(b);
    const inA = await (await person(appA, "person-1")).pseudonym();
    const inB = await (await person(appB, "person-1")).pseudonym();
    expect(inA).toMatch(/^[0-9a-f]{32}$/);
    expect(inB).toMatch(/^[0-9a-f]{32}$/);
    expect(inA).not.toBe(inB);

    // One voter, then a second, more than a batch interval apart: nothing is written yet.
    await (await person(appA, "person-1")).press({ add: "2" });
    await new Promise((r) => setTimeout(r, 2_200));
    await (await person(appA, "person-2")).press({ add: "3" });
    await new Promise((r) => setTimeout(r, 2_200));
    expect(ballotCommits(a)).toBe(0);
    await (await person(appA, "person-3")).press({ add: "3" });
    await until("the batch of three", () => ballotText(a) !== undefined);
    expect(ballotCommits(a)).toBe(1);
    expect(JSON.parse(ballotText(a) ?? "{}").rounds?.[0]?.size).toBe(3);
  }, 60_000);

  it("finding 'the MAC does not cover the repository': a ballot file copied from another repository counts nothing, and a rolled-back entry is refused", async () => {
    const a = board("Hello-World", "live");
    const b = board("Other-Board", "live");
    const appA = await start(a);
    const appB = await start(b);
    const people = await Promise.all(voters.slice(0, 3).map((login) => person(appA, login)));
    for (const p of people) await p.press({ add: "2" });
    await until("the first batch", () => ballotText(a) !== undefined);
    const first = ballotText(a) as string;
    expect(
      queueOf((await people[0]?.get("/roundtable/Codertocat/Hello-World")) as string),
    ).toContainEqual([2, 3]);

    // Copied into B, A's file counts nothing there, and B's board says why.
    b.pushCommit("roundtable/ballots", { "ballots.json": first });
    const reader = await person(appB, "person-4");
    const pageB = await reader.get("/roundtable/Codertocat/Other-Board");
    expect(pageB).toContain("3 ballot entries ignored (copied from another repository");
    expect(queueOf(pageB).every(([, votes]) => votes === 0)).toBe(true);

    // A second batch: person-2 moves their dot from #2 to #3 (and the two others add one).
    await people[1]?.press({ from: "2", to: "3" });
    await people[0]?.press({ add: "4" });
    await people[2]?.press({ add: "4" });
    await until("the second batch", () => ballotText(a) !== first);
    const second = ballotText(a) as string;
    const before = JSON.parse(first);
    const after = JSON.parse(second);
    expect(queueOf((await people[0]?.get("/roundtable/Codertocat/Hello-World")) as string)).toEqual(
      expect.arrayContaining([
        [2, 2],
        [3, 1],
        [4, 2],
      ]),
    );
    // A pusher puts person-2's entry back as it was before: their dot back on #2.
    const theirs = await people[1]?.pseudonym();
    after.ballots = after.ballots.map((entry: { pseudonym: string }) =>
      entry.pseudonym === theirs
        ? before.ballots.find((old: { pseudonym: string }) => old.pseudonym === theirs)
        : entry,
    );
    a.pushCommit("roundtable/ballots", { "ballots.json": JSON.stringify(after, null, 2) });
    const pageA = (await people[0]?.get("/roundtable/Codertocat/Hello-World")) as string;
    expect(pageA).toContain("1 ballot entry ignored (rolled back to an earlier version)");
    expect(queueOf(pageA)).toEqual(
      expect.arrayContaining([
        [2, 2],
        [3, 0],
        [4, 2],
      ]),
    );
  }, 90_000);
});
