import { mkdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { ballotFileText, openBallots, parseBallotFile } from "../../src/core/index.js";
import { ballotKeys, ballotVerifier } from "../../src/jobs/ballot-keys.js";
import type { FakeGitHub } from "../helpers/fake-github.js";
import { roundtable } from "../helpers/meeting-board.js";
import { startWebApp, type WebApp } from "../helpers/web-app.js";
import { closeContexts, signedIn, workerBrowser } from "./browser-kit.js";

/**
 * Private ballots in Chromium (Debian's, driven by playwright-core), against the built app as
 * Probot runs it and the fake GitHub on loopback: people place and move dots on the ballot page,
 * the ballots reach roundtable/ballots in batches, counts stay hidden until the facilitator
 * closes the round from the room. No test is skipped: without Chromium, these fail.
 */
// The committed screenshots come from screenshots.browser.test.ts (a realistic board, not this
// file's hostile title): these go to a temporary folder.
const shots = join(tmpdir(), "roundtable-screenshots");
const secret = "a-ballot-secret-for-the-browser-test-0123456789";
const keys = ballotKeys(secret);
const where = { repository: "Codertocat/Hello-World", round: "open" };
/** A person's pseudonym in the fake's repository (installation 2) and round. */
const pseudonym = (login: string) => keys.pseudonym({ installation: 2, ...where }, login);
const repoUrl = "/roundtable/Codertocat/Hello-World";
const config = [
  "votes:",
  "  source: ballots",
  "  reveal: after-close",
  "  perPerson: 3",
  "  maxPerTopic: 2",
  "  eligible: [Codertocat, person-1, person-2]",
  "",
].join("\n");

let browser: Browser;
beforeAll(async () => {
  browser = await workerBrowser();
  // The jobs read BALLOT_SECRET from the app's environment when they load the board.
  vi.stubEnv("BALLOT_SECRET", secret);
});
afterAll(async () => {
  await closeContexts(browser);
  vi.unstubAllEnvs();
});

function board(): FakeGitHub {
  const fake = roundtable();
  fake.project = null;
  fake.issues.push({
    ...(fake.issues[3] as (typeof fake.issues)[number]),
    id: "I_5",
    number: 5,
    title: "Layoffs: talking to the team that stays",
    author: "person-2",
    assignees: [],
    reactions: [],
  });
  fake.pushCommit("main", { ".github/roundtable.yml": config });
  fake.readers = new Set(["Codertocat", "person-1", "person-2", "person-3"]);
  Object.defineProperty(fake, "clock", { get: () => new Date().toISOString(), set: () => {} });
  return fake;
}

/** A person's page, their session put into the browser: a phone below 600 px wide. */
function signIn(app: WebApp, login: string, path: string, width = 1280): Promise<Page> {
  const phone = width < 600;
  const viewport = { width, height: phone ? 844 : 900 };
  return signedIn(
    browser,
    app,
    login,
    path,
    viewport,
    phone ? { isMobile: true, hasTouch: true } : {},
  );
}

/** Presses a button of the ballot's forms: the page posts, and shows the ballot in place. */
async function press(page: Page, selector: string): Promise<void> {
  const before = await page.evaluate(() => document.body.dataset.saves ?? "0");
  await page.click(selector);
  await page.waitForFunction((n) => (document.body.dataset.saves ?? "0") !== n, before);
}

const ballotFile = (fake: FakeGitHub) => fake.files("roundtable/ballots").get("ballots.json");

describe("private ballots in Chromium", () => {
  let app: WebApp;
  let fake: FakeGitHub;
  let ann: Page;
  let bob: Page;

  beforeAll(async () => {
    fake = board();
    app = await startWebApp(fake, { BALLOT_SECRET: secret, BALLOT_BATCH_SECONDS: "1" });
    ann = await signIn(app, "person-1", `${repoUrl}/ballot`);
    bob = await signIn(app, "person-2", `${repoUrl}/ballot`);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
  });

  it("shows the To-discuss topics, the dots left and the person's own pseudonym", async () => {
    expect(await ann.textContent(".summary")).toContain("3 dots left of 3");
    expect(await ann.locator(".ballot-topic").count()).toBe(4);
    expect(await ann.textContent(".pseudonym")).toBe(pseudonym("person-1"));
  });

  it("two people place dots, one of them two on one topic, and no more than maxPerTopic", async () => {
    await press(ann, 'button[name=add][value="2"]');
    await press(ann, 'button[name=add][value="3"]');
    expect(await ann.textContent(".summary")).toContain("1 dot left of 3");
    expect(await ann.textContent(".notice.go")).toContain("Saved");
    await press(bob, 'button[name=add][value="3"]');
    await press(bob, 'button[name=add][value="3"]');
    expect(await bob.isDisabled('button[name=add][value="3"]')).toBe(true);
    expect(await bob.textContent(".summary")).toContain("1 dot left of 3");
  });

  it("one changes their mind: a dot moves from #3 to #5, by keyboard", async () => {
    await ann.selectOption("select[name=from]", "3");
    await ann.selectOption("select[name=to]", "5");
    await ann.focus(".move button");
    const before = await ann.evaluate(() => document.body.dataset.saves ?? "0");
    await ann.keyboard.press("Enter");
    await ann.waitForFunction((n) => (document.body.dataset.saves ?? "0") !== n, before);
    const mine = await ann.$$eval(".ballot-topic", (rows) =>
      rows.map((r) => [r.querySelector(".num")?.textContent, r.querySelectorAll(".pip.on").length]),
    );
    expect(mine).toEqual([
      ["#2", 1],
      ["#3", 0],
      ["#4", 0],
      ["#5", 1],
    ]);
  });

  it("keeps two voters' ballots waiting: a batch holds at least three, so nothing is written yet", async () => {
    // Past two batch intervals (1 s here): a batch of two would have been written by now.
    await new Promise((r) => setTimeout(r, 2_500));
    expect(ballotFile(fake)).toBeUndefined();
    expect(await ann.textContent(".summary")).toContain("1 dot left of 3");
  });

  it("a third person, not eligible, sees the topics but cannot vote", async () => {
    const carol = await signIn(app, "person-3", `${repoUrl}/ballot`);
    expect(await carol.textContent(".notice.stop")).toContain("not eligible");
    expect(await carol.locator("button[name=add]").count()).toBe(0);
    const answer = await carol.evaluate(async () => {
      const csrf = (document.querySelector("input[name=csrf]") as HTMLInputElement).value;
      const r = await fetch(location.pathname, {
        method: "POST",
        body: new URLSearchParams({ csrf, add: "2" }),
      });
      return { status: r.status, text: await r.text() };
    });
    expect(answer).toEqual({ status: 403, text: "You are not eligible to vote in this round." });
    await carol.context().close();
  });

  it("before the close, the board and the topics page show no counts", async () => {
    const page = await ann.context().newPage();
    await page.goto(`${app.url}${repoUrl}`);
    expect(await page.textContent(".summary")).toContain("votes hidden until the round closes");
    expect(
      await page.$$eval(".queue tbody .votes", (cells) => cells.map((c) => c.textContent)),
    ).toEqual(["–", "–", "–", "–"]);
    await page.close();
    const topics = await publishTopicsPage();
    expect(topics).toContain("Votes hidden until the round closes");
    expect(topics.match(/ \| hidden \| /g)).toHaveLength(4);
  });

  it("takes screenshots of the ballot page, desktop and phone", async () => {
    mkdirSync(shots, { recursive: true });
    await ann.reload();
    await ann.screenshot({ path: join(shots, "ballot-desktop.png"), fullPage: true });
    const phone = await signIn(app, "person-2", `${repoUrl}/ballot`, 390);
    await phone.screenshot({ path: join(shots, "ballot-phone.png"), fullPage: true });
    for (const name of ["ballot-desktop.png", "ballot-phone.png"])
      expect(statSync(join(shots, name)).size).toBeLessThan(200_000);
    // Nothing runs off the side of a phone.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await phone.context().close();
  });

  it("the facilitator closes the round in the room: then the board and the topics page show the counts", async () => {
    const facilitator = await signIn(app, "Codertocat", `${repoUrl}/meetings/1`);
    await facilitator.click("button[value^=close-votes]");
    await app.settled();
    const deadline = Date.now() + 10_000;
    // The close writes the waiting ballots (fewer than a batch) and publishes the pages again.
    while (
      Date.now() < deadline &&
      !/Incident reviews that teach.*\| 2 \|/.test(fake.files("main").get("docs/topics.md") ?? "")
    )
      await new Promise((r) => setTimeout(r, 100));
    const topics = fake.files("main").get("docs/topics.md") ?? "";
    expect(topics).not.toContain("Votes hidden");
    expect(topics).toMatch(/Incident reviews that teach.*\| 2 \|/);
    const page = await facilitator.context().newPage();
    await page.goto(`${app.url}${repoUrl}`);
    const rows = await page.$$eval(".queue tbody tr", (trs) =>
      trs.map((tr) => [
        tr.querySelector(".num")?.textContent,
        tr.querySelector(".votes")?.textContent,
      ]),
    );
    expect(rows).toEqual([
      ["#3", "2"],
      ["#2", "1"],
      ["#5", "1"],
      ["#4", "0"],
    ]);
    await ann.reload();
    expect(await ann.textContent(".notice")).toContain("The round is closed");
    expect(await ann.locator("button[name=add]").count()).toBe(0);
    await facilitator.context().close();
  });

  it("the close writes the last batch, of two, and opens every ballot for anyone to check with the public key", async () => {
    const wanted = { [pseudonym("person-1")]: { 2: 1, 5: 1 }, [pseudonym("person-2")]: { 3: 2 } };
    const publicOnly = ballotVerifier(keys.publicKey);
    const written = () =>
      Object.fromEntries(
        openBallots(ballotFile(fake), where, publicOnly).ballots.map((b) => [b.pseudonym, b.dots]),
      );
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && !isDeepStrictEqual(written(), wanted))
      await new Promise((r) => setTimeout(r, 100));
    const text = ballotFile(fake) as string;
    expect(openBallots(text, where, publicOnly).ignored).toBe(0);
    expect(written()).toEqual(wanted);
    expect(parseBallotFile(text).file?.rounds).toMatchObject([{ state: "opened", size: 2 }]);
    const entries = text.slice(text.indexOf('"rounds"'));
    for (const login of ["person-1", "person-2", "Codertocat"])
      expect(entries).not.toContain(login);
    console.log(`ballots.json after the close:\n${text}`);
  });

  it("a hand edit of the ballot file (a count changed) is ignored, and the pages say 1 entry ignored", async () => {
    const { file } = parseBallotFile(ballotFile(fake));
    const bobs = pseudonym("person-2");
    if (!file) throw new Error("no ballot file");
    const edited = file.ballots.map((b) =>
      b.pseudonym === bobs ? { ...b, dots: { 3: 1, 4: 1 } } : b,
    );
    fake.pushCommit("roundtable/ballots", {
      "ballots.json": ballotFileText({ ...file, ballots: edited }),
    });
    const page = await ann.context().newPage();
    await page.goto(`${app.url}${repoUrl}`);
    expect(await page.textContent(".notice")).toBe(
      "1 ballot entry ignored (edited by hand: the app's signature does not match).",
    );
    const rows = await page.$$eval(".queue tbody tr", (trs) =>
      trs.map((tr) => [
        tr.querySelector(".num")?.textContent,
        tr.querySelector(".votes")?.textContent,
      ]),
    );
    expect(rows).toEqual([
      ["#2", "1"],
      ["#5", "1"],
      ["#3", "0"],
      ["#4", "0"],
    ]);
    await ann.reload();
    expect(await ann.textContent(".notice.warn")).toBe(
      "1 entry ignored (edited by hand: the app's signature does not match).",
    );
    await page.close();
  });

  /** The topics page as `roundtable publish` writes it now, read back from the fake. */
  async function publishTopicsPage(): Promise<string> {
    const out: string[] = [];
    const io = {
      cwd: process.cwd(),
      env: {
        GITHUB_TOKEN: "ghs_app",
        GITHUB_API_URL: `${app.api}/api/v3`,
        GITHUB_GRAPHQL_URL: `${app.api}/api/graphql`,
        BALLOT_SECRET: secret,
      },
      out: (l: string) => out.push(l),
      err: (l: string) => out.push(l),
      now: () => new Date().toISOString(),
    };
    const code = await runCli(["publish", "--repo", "Codertocat/Hello-World"], io);
    expect(code, out.join("\n")).toBe(0);
    return fake.files("main").get("docs/topics.md") ?? "";
  }
});
