import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { memoryCoordination } from "../../src/coordination/memory.js";
import {
  ballotsPath,
  mergeBallots,
  openBallots,
  parseBallotFile,
  parseSnapshot,
  type StoredBallot,
} from "../../src/core/index.js";
import { createClient } from "../../src/github/index.js";
import { ballotKeys, ballotSecretProblems, ballotVerifier } from "../../src/jobs/ballot-keys.js";
import { queueReport } from "../../src/jobs/queue-report.js";
import { pendingBallots } from "../../src/web/pending-ballots.js";
import { FakeGitHub } from "../helpers/fake-github.js";
import { roundtable } from "../helpers/meeting-board.js";
import { serveFake } from "../helpers/serve-fake.js";
import { signIn } from "../helpers/sign-in.js";
import { startWebApp, type WebApp } from "../helpers/web-app.js";

/**
 * The claims of docs/ballots-threat-model.md that no other test checks, one test each, named as
 * the document names them.
 */
const secret = "a-ballot-secret-for-the-threat-model-0123456789";
const keys = ballotKeys(secret);
const publicOnly = ballotVerifier(keys.publicKey);
const repository = "Codertocat/Hello-World";
const round = "open";
const where = { repository, round };
const logins = ["person-1", "person-2", "person-3"];
const scope = { installation: 2, repository, round };
const ballots: StoredBallot[] = logins.map((login, i) => ({
  round,
  pseudonym: keys.pseudonym(scope, login),
  dots: { [String(i + 2)]: 1 },
}));
const write = (options: { counts: boolean; final?: boolean; before?: string }) =>
  mergeBallots(
    options.before,
    { repository, round, installation: 2, ballots, final: options.final ?? false, ...options },
    keys,
  ).text;

/** The board of Codertocat/Hello-World with private ballots and the app's public key in its config. */
function board(reveal: "live" | "after-close" = "after-close"): FakeGitHub {
  const template = roundtable();
  const fake = new FakeGitHub("Codertocat", "Hello-World");
  fake.issues = template.issues;
  fake.pushCommit("main", {
    ".github/roundtable.yml": [
      "votes:",
      "  source: ballots",
      `  reveal: ${reveal}`,
      `  ballotKey: "${keys.publicKey}"`,
      `  eligible: [Codertocat, ${logins.join(", ")}]`,
      "",
    ].join("\n"),
  });
  fake.readers = new Set(["Codertocat", ...logins]);
  Object.defineProperty(fake, "clock", { get: () => new Date().toISOString(), set: () => {} });
  return fake;
}

describe("a repository reader", () => {
  it("a reader learns the number of voters and each batch's size, and with reveal live the counts", () => {
    const hidden = parseBallotFile(write({ counts: false })).file;
    expect(hidden?.rounds).toMatchObject([{ size: 3, version: 1 }]);
    expect(hidden?.rounds[0]?.pseudonyms).toHaveLength(3);
    expect(hidden?.rounds[0]?.counts).toBeUndefined();
    const live = openBallots(write({ counts: true }), where, publicOnly);
    expect(live).toMatchObject({
      ballots: [],
      sealed: true,
      counts: { topics: { 2: 1, 3: 1, 4: 1 }, voters: 3 },
    });
  });
});

describe("a repository admin", () => {
  it("the counts reach the repository only with reveal live or at the close", () => {
    const sealed = openBallots(write({ counts: false }), where, publicOnly);
    expect(sealed).toMatchObject({ ballots: [], sealed: true });
    expect(sealed.counts).toBeUndefined();
    const closed = openBallots(write({ counts: false, final: true }), where, publicOnly);
    expect(closed.ballots.map((b) => b.dots)).toHaveLength(3);
  });

  it("an admin can put the whole branch back to an earlier state, which the App notices", async () => {
    nock.enableNetConnect("127.0.0.1");
    const fake = board();
    const served = await serveFake(fake);
    try {
      const github = createClient({
        token: "ghs_app",
        apiUrl: `${served.url}/api/v3`,
        graphqlUrl: `${served.url}/api/graphql`,
        throttle: false,
      });
      const log: string[] = [];
      const coordination = memoryCoordination();
      const pending = pendingBallots({
        coordination,
        installation: async () => github,
        installationId: async () => 2,
        keys,
        batchSeconds: 3600,
        now: () => new Date().toISOString(),
        log: (line) => log.push(line),
      });
      const batch = async (dots: Record<string, number>) => {
        for (const b of ballots) await pending.put("Codertocat", "Hello-World", { ...b, dots });
        await pending.flush("Codertocat", "Hello-World");
      };
      const file = () => fake.files("roundtable/ballots").get(ballotsPath);
      await batch({ 2: 1 });
      const first = file() as string;
      await batch({ 3: 1 });
      fake.pushCommit("roundtable/ballots", { [ballotsPath]: first });
      // The earlier state holds together: a reader with the public key cannot tell.
      expect(openBallots(file(), where, keys)).toMatchObject({ ignored: 0 });
      await batch({ 4: 1 });
      expect(log.filter((l) => l.includes("put back"))).toEqual([
        "ballots of Codertocat/Hello-World: the ballots branch was put back from version 2 to 1: round open is taken from the last good state the app kept, and written back",
      ]);
      // The batch went on from the last good state (version 2), not from the one put back.
      expect(parseBallotFile(file()).file?.rounds[0]?.version).toBe(3);
      // The App's log says each batch's size and names no voter.
      expect(log.filter((l) => l.includes("a sealed batch of 3 voters' changes"))).toHaveLength(3);
      for (const login of logins) expect(log.join("\n")).not.toContain(login);
      await coordination.close();
    } finally {
      served.server.closeAllConnections();
      served.close();
    }
  });
});

describe("a workflow author", () => {
  it("the public key opens nothing and names no one", () => {
    expect(Object.keys(publicOnly)).toEqual(["verify"]);
    const sealed = write({ counts: false });
    expect(openBallots(sealed, where, publicOnly)).toMatchObject({ ballots: [], sealed: true });
    // The only names in the file are pseudonyms, which only BALLOT_SECRET's key computes.
    for (const login of logins) expect(sealed).not.toContain(login);
  });

  it("a step given BALLOT_SECRET is told to remove it, and one without votes.ballotKey to set it", () => {
    const votes = { source: "ballots", ballotKey: keys.publicKey };
    expect(ballotSecretProblems(votes, { BALLOT_SECRET: secret })).toEqual([
      expect.stringMatching(/^BALLOT_SECRET is set in this step's environment: .* Remove it/),
    ]);
    expect(ballotSecretProblems(votes, {})).toEqual([]);
    expect(ballotSecretProblems({ ...votes, ballotKey: null }, {})).toEqual([
      expect.stringMatching(/^votes.ballotKey is not set/),
    ]);
    expect(ballotSecretProblems({ source: "reactions", ballotKey: null }, {})).toEqual([]);
  });

  it("the Action's job, with the public key only, counts an opened round and hides a sealed one", async () => {
    nock.enableNetConnect("127.0.0.1");
    const fake = board();
    const served = await serveFake(fake);
    vi.stubEnv("BALLOT_SECRET", undefined);
    try {
      const env = {
        GITHUB_TOKEN: "ghs_actions",
        GITHUB_API_URL: `${served.url}/api/v3`,
        GITHUB_GRAPHQL_URL: `${served.url}/api/graphql`,
      };
      const snapshot = async () => {
        const out: string[] = [];
        const io = {
          cwd: process.cwd(),
          env,
          out: (l: string) => out.push(l),
          err: () => {},
          now: () => new Date().toISOString(),
        };
        expect(await runCli(["snapshot", "--repo", repository], io)).toBe(0);
        return parseSnapshot(out.join("\n"), "snapshot.json");
      };
      fake.pushCommit("roundtable/ballots", { [ballotsPath]: write({ counts: false }) });
      const whileOpen = await snapshot();
      expect(whileOpen.ballots).toMatchObject({ ballots: [], sealed: true, ignored: 0 });
      const config = (await import("../helpers/factories.js")).config((c) => {
        c.votes.source = "ballots";
      });
      expect(queueReport(whileOpen, config).hidden).toBe(true);
      fake.pushCommit("roundtable/ballots", {
        [ballotsPath]: write({ counts: false, final: true }),
      });
      const opened = await snapshot();
      expect(queueReport(opened, config).rows.map((r) => [r.number, r.votes])).toEqual(
        expect.arrayContaining([
          [2, 1],
          [3, 1],
          [4, 1],
        ]),
      );
    } finally {
      vi.unstubAllEnvs();
      served.server.closeAllConnections();
      served.close();
    }
  });
});

describe("the App's operator", () => {
  it("the coordination store holds the ballots waiting for their batch, in the clear, under pseudonyms", async () => {
    const coordination = memoryCoordination();
    const pending = pendingBallots({
      coordination,
      installation: async () => {
        throw new Error("no GitHub read before the batch");
      },
      installationId: async () => 2,
      keys,
      batchSeconds: 3600,
      now: () => "2026-12-06T10:00:00Z",
      log: () => {},
    });
    await pending.put("Codertocat", "Hello-World", ballots[0] as StoredBallot);
    const stored = await coordination.cache.get<Record<string, StoredBallot>>(
      "ballots",
      "codertocat/hello-world",
    );
    expect(stored).toEqual({ [ballots[0]?.pseudonym as string]: ballots[0] });
    expect(JSON.stringify(stored)).not.toContain("person-1");
    await coordination.close();
  });

  it("the operator, with BALLOT_SECRET, can name every voter and read every ballot", () => {
    const text = write({ counts: false });
    const entries = parseBallotFile(text).file?.ballots ?? [];
    const named = Object.fromEntries(
      logins.map((login) => [
        login,
        entries.find((e) => e.pseudonym === keys.pseudonym(scope, login)),
      ]),
    );
    expect(Object.values(named).every(Boolean)).toBe(true);
    const theirs = openBallots(text, where, keys).ballots;
    expect(theirs.find((b) => b.pseudonym === keys.pseudonym(scope, "person-2"))?.dots).toEqual({
      3: 1,
    });
    // And could write a ballot nobody cast: the signature says the App wrote it, no more.
    const forged = mergeBallots(
      text,
      {
        repository,
        round,
        installation: 2,
        ballots: [{ round, pseudonym: "f".repeat(32), dots: { 2: 3 } }],
        final: true,
        counts: false,
      },
      keys,
    ).text;
    expect(openBallots(forged, where, publicOnly)).toMatchObject({ ignored: 0 });
  });
});

describe("GitHub", () => {
  let app: WebApp | undefined;
  beforeAll(() => {
    vi.stubEnv("BALLOT_SECRET", secret);
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });
  afterEach(async () => {
    await app?.close();
  });

  it("no request to GitHub carries a ballot in the clear while the round is open", async () => {
    const fake = board("live");
    app = await startWebApp(fake, { BALLOT_SECRET: secret, BALLOT_BATCH_SECONDS: "1" });
    const ballot = "/roundtable/Codertocat/Hello-World/ballot";
    for (const [i, login] of logins.entries()) {
      const cookie = await signIn(app, login, ballot);
      const page = await (await fetch(`${app.url}${ballot}`, { headers: { cookie } })).text();
      const csrf = /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? "";
      await fetch(`${app.url}${ballot}`, {
        method: "POST",
        headers: { cookie },
        body: new URLSearchParams({ csrf, add: String(i + 2) }),
        redirect: "manual",
      });
    }
    const deadline = Date.now() + 15_000;
    while (!fake.files("roundtable/ballots").has(ballotsPath) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    expect(fake.files("roundtable/ballots").has(ballotsPath)).toBe(true);
    const sent = fake.calls.map((call) => {
      const text = JSON.stringify(call);
      // File contents travel base64-encoded in a commit: read them as GitHub would.
      const contents = [...text.matchAll(/"contents":"([A-Za-z0-9+/=]+)"/g)].map((m) =>
        Buffer.from(m[1] ?? "", "base64").toString("utf8"),
      );
      return [text, ...contents].join("\n");
    });
    expect(sent.filter((text) => text.includes('"dots"'))).toEqual([]);
    expect(sent.some((text) => text.includes('"sealed"'))).toBe(true);
  }, 60_000);
});
