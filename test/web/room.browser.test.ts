import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import type { FakeGitHub, FakeIssue } from "../helpers/fake-github.js";
import { joinedBefore, people, roundtable, topic } from "../helpers/meeting-board.js";
import { example, type Payload } from "../helpers/probot.js";
import { startWebApp, type WebApp } from "../helpers/web-app.js";
import { closeContexts, signedIn, workerBrowser } from "./browser-kit.js";

/**
 * The meeting room in Chromium (Debian's, driven by playwright-core), against the built app as
 * Probot runs it, the fake GitHub on loopback (REST, GraphQL, the sign-in pages) and the
 * in-memory coordination. No test is skipped: without Chromium, these fail.
 */
// The committed screenshots are remade with SCREENSHOTS=docs/screenshots; a plain run writes
// them to a temporary folder, so the tree stays clean.
// The committed screenshots come from screenshots.browser.test.ts (a realistic board, not this
// file's hostile title): these go to a temporary folder.
const shots = join(tmpdir(), "roundtable-screenshots");
const hostile = `<img src=x onerror="document.title='pwned'"><script>document.title='pwned'</script> & "quotes"`;

let browser: Browser;
beforeAll(async () => {
  browser = await workerBrowser();
});
afterAll(async () => {
  await closeContexts(browser);
});

function board(): FakeGitHub {
  const fake = roundtable();
  // Twelve people joined the day before; the facilitator is the meeting's author, Codertocat.
  joinedBefore(fake, 12);
  fake.issues.push(topic(5, hostile, "person-9", ["person-9", "person-10"]));
  fake.readers = new Set(["Codertocat", ...people]);
  // Comments are stamped with the real time: the countdown counts from them.
  Object.defineProperty(fake, "clock", { get: () => new Date().toISOString(), set: () => {} });
  return fake;
}

/** A person's room, their session put into the browser, with its live stream open. */
async function signIn(app: WebApp, login: string): Promise<Page> {
  const page = await signedIn(browser, app, login, "/roundtable/Codertocat/Hello-World/meetings/1");
  await page.waitForSelector("#live[data-connected='1']");
  return page;
}

const romanVote = (fake: FakeGitHub) =>
  (fake.issues[0] as FakeIssue).comments?.findLast(
    (c) => c.bot && c.body.includes("<!-- roundtable:roman-vote:"),
  );

// Each test waits for what it checks, not a clock; on two loaded cores a wait can pass vitest's 20 s.
describe("the meeting room in Chromium", { timeout: 60_000 }, () => {
  let app: WebApp;
  let fake: FakeGitHub;
  let facilitator: Page;
  let participant: Page;

  beforeAll(async () => {
    fake = board();
    app = await startWebApp(fake);
    facilitator = await signIn(app, "Codertocat");
    participant = await signIn(app, "person-1");
  }, 60_000);
  afterAll(async () => {
    await app?.close();
  });

  // Signed in from the room's address in the browser, as a person following a link does.
  it("shows a person without access 404, not the room", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/roundtable/Codertocat/Hello-World/meetings/1`);
    await page.fill("#login", "stranger");
    await page.click("#authorize");
    await page.waitForLoadState();
    expect(await page.textContent("h1")).toBe("Not found");
    expect(await page.textContent("main")).toContain("signed in as stranger");
    await context.close();
  });

  it("refuses a forged POST without the CSRF token", async () => {
    const status = await participant.evaluate(async () => {
      const r = await fetch(`${location.pathname}/command`, {
        method: "POST",
        body: new URLSearchParams({ command: "next" }),
      });
      return r.status;
    });
    expect(status).toBe(403);
  });

  it("the facilitator presses Start and Next: both rooms show the topic and a running countdown, pushed to the pages in place", async () => {
    await facilitator.click("button[value^=start]");
    await facilitator.waitForFunction(
      () => document.querySelector("#phase")?.textContent === "Between topics",
    );
    // Marks the participant's page: a reload would clear the mark. The stream pushes the change
    // (ROOM_POLL_SECONDS polls only the votes): the test waits for it, however busy the machine,
    // and says how long it took; how soon on a quiet machine is `npm run bench -- room-live`'s.
    await participant.evaluate(() => {
      (window as unknown as { kept: boolean }).kept = true;
    });
    const pressed = Date.now();
    await facilitator.click("button[value^=next]");
    await Promise.all(
      [facilitator, participant].map((page) =>
        page.waitForFunction(() =>
          document.querySelector("#on-table")?.textContent?.includes("#2"),
        ),
      ),
    );
    const shown = Date.now() - pressed;
    expect(await participant.evaluate(() => (window as unknown as { kept?: boolean }).kept)).toBe(
      true,
    );
    const first = await participant.textContent("#countdown");
    expect(first).toMatch(/^(9|10):\d\d$/);
    // Running: the next second shows, however busy the machine.
    await participant.waitForFunction(
      (shown) => document.querySelector("#countdown")?.textContent !== shown,
      first,
    );
    expect(await participant.textContent("#phase")).toBe("Sponsor opens");
    console.log(`Next → both rooms show the new topic in ${shown} ms`);
  });

  it("a participant presses 👍: GitHub records their reaction, and the other room's tally shows it", async () => {
    await participant.click("button[value=up]");
    await facilitator.waitForFunction(() => document.querySelector("#up")?.textContent === "1");
    expect(romanVote(fake)?.up).toEqual(["person-1"]);
  });

  // GitHub sends no webhook for a reaction: only the room's poll of the votes can bring it.
  it("a 👎 given on GitHub itself (no webhook) reaches the rooms by their poll", async () => {
    const vote = romanVote(fake);
    if (vote) vote.down = ["person-2"];
    const given = Date.now();
    await participant.waitForFunction(() => document.querySelector("#down")?.textContent === "1");
    console.log(
      `a reaction on GitHub reached the room in ${Date.now() - given} ms (polling every 2 s)`,
    );
  });

  it("weighs under 100 KB, with no request to anyone else", async () => {
    // A fresh context: nothing cached.
    const context = await browser.newContext({
      storageState: await participant.context().storageState(),
    });
    const page = await context.newPage();
    const requests: string[] = [];
    const bodies: Array<Promise<number>> = [];
    page.on("request", (r) => requests.push(r.url()));
    page.on("response", (r) => {
      if (!r.url().endsWith("/events"))
        bodies.push(
          r.body().then(
            (b) => b.length,
            () => 0,
          ),
        );
    });
    await page.goto(participant.url(), { waitUntil: "load" });
    const served = await page.evaluate(
      () =>
        (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming)
          .responseStart,
    );
    await page.waitForSelector("#live[data-connected='1']");
    const bytes = (await Promise.all(bodies)).reduce((a, b) => a + b, 0);
    console.log(
      `room page: ${(bytes / 1024).toFixed(1)} KB in ${requests.length} requests, first byte ${served.toFixed(0)} ms (first paint: npm run bench)`,
    );
    expect(bytes).toBeLessThan(100 * 1024);
    expect(requests.every((url) => url.startsWith(app.url))).toBe(true);
    await context.close();
  });

  it("shows a hostile title as text", async () => {
    const text = await facilitator.textContent(".side");
    expect(text).toContain(hostile);
    expect(await facilitator.$$("main img")).toHaveLength(0);
    expect(await facilitator.title()).not.toBe("pwned");
  });

  it("takes screenshots of the room and the board", async () => {
    mkdirSync(shots, { recursive: true });
    await facilitator.screenshot({ path: `${shots}/room.png` });
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      storageState: await participant.context().storageState(),
    });
    const small = await phone.newPage();
    await small.goto(participant.url());
    await small.screenshot({ path: `${shots}/room-phone.png` });
    await phone.close();
    const boardPage = await facilitator.context().newPage();
    await boardPage.goto(`${app.url}/roundtable/Codertocat/Hello-World`);
    await boardPage.screenshot({ path: `${shots}/board.png`, fullPage: true });
    expect(await boardPage.textContent("h1")).toBe("Topic board");
  });

  it("counts down to Time's up on a 3-second timebox set by config, and the bot calls time", async () => {
    // The facilitator sets a 3-second timebox (0.6 s for the sponsor, 2.4 s of discussion); the
    // push tells the app its cached config is stale.
    fake.pushCommit("main", {
      ".github/roundtable.yml":
        "project:\n  owner: Codertocat\n  number: 7\nvotes:\n  eligible: participants\nmeetings:\n  sponsorMinutes: 0.01\n  discussionMinutes: 0.04\n",
    });
    await app.probot.receive({
      id: "push-3s",
      name: "push",
      payload: example("push", "", (p: Payload) => {
        p.commits = [{ ...p.commits?.[0], modified: [".github/roundtable.yml"] }];
      }),
    } as never);
    const pressed = Date.now();
    await facilitator.click("button[value^=next]");
    await participant.waitForFunction(() =>
      document.querySelector("#on-table")?.textContent?.includes("#3"),
    );
    await participant.waitForFunction(
      () => document.querySelector("#countdown")?.textContent === "Time's up",
    );
    expect(Date.now() - pressed).toBeGreaterThanOrEqual(2_900);
    expect(await participant.textContent("#announce")).toBe("Time's up");
    // The app's timer calls time on the meeting issue too, once.
    const calls = () =>
      ((fake.issues[0] as FakeIssue).comments ?? []).filter(
        (c) => c.bot && c.body.includes("<!-- roundtable:times-up:3:"),
      );
    await expect.poll(() => calls().length, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(calls()).toHaveLength(1);
    await participant.screenshot({ path: `${shots}/room-time-up.png` });
    // Large mode, for a projector: the topic, the countdown and the vote only.
    await participant.click("#large");
    await participant.screenshot({ path: `${shots}/room-large.png` });
    expect(await participant.isVisible("#live-side")).toBe(false);
  });
});

describe("the print view in Chromium", () => {
  it("fits the example offsite's schedule on one A1 page", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "poster-")), "poster.html");
    let written = "";
    const code = await runCli(
      [
        "poster",
        "--snapshot",
        "examples/board.json",
        "--config",
        "examples/roundtable.yml",
        "--issue",
        "61",
        "--out",
        out,
      ],
      {
        cwd: process.cwd(),
        env: {},
        out: (l) => (written = l),
        err: () => {},
        now: () => "2026-11-30T00:00:00Z",
      },
    );
    expect(code).toBe(0);
    expect(written).toMatch(/^wrote /);
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(`file://${out}`);
    await page.screenshot({ path: `${shots}/poster.png`, fullPage: true });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const text = pdf.toString("latin1");
    expect(text.match(/\/Count (\d+)/)?.[1]).toBe("1");
    // 841 × 594 mm in points.
    const [, width = "0", height = "0"] = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(text) ?? [];
    expect(Math.round((Number(width) / 72) * 25.4)).toBe(841);
    expect(Math.round((Number(height) / 72) * 25.4)).toBe(594);
    expect(await page.textContent(".schedule")).toContain(
      "Engineering metrics the board understands",
    );
    await page.close();

    // A4: the same layout scaled onto one landscape sheet.
    const a4 = join(mkdtempSync(join(tmpdir(), "poster-")), "poster-a4.html");
    const args = [
      "poster",
      "--snapshot",
      "examples/board.json",
      "--config",
      "examples/roundtable.yml",
    ];
    const io = {
      cwd: process.cwd(),
      env: {},
      out: () => {},
      err: () => {},
      now: () => "2026-11-30T00:00:00Z",
    };
    expect(await runCli([...args, "--issue", "61", "--out", a4, "--paper", "a4"], io)).toBe(0);
    const small = await browser.newPage();
    await small.goto(`file://${a4}`);
    const a4pdf = (await small.pdf({ preferCSSPageSize: true, printBackground: true })).toString(
      "latin1",
    );
    expect(a4pdf.match(/\/Count (\d+)/)?.[1]).toBe("1");
    const [, w = "0", h = "0"] = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(a4pdf) ?? [];
    expect([Math.round((Number(w) / 72) * 25.4), Math.round((Number(h) / 72) * 25.4)]).toEqual([
      297, 210,
    ]);
    await small.close();
  });
});
