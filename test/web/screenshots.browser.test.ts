import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { rsvpToken } from "../../src/web/rsvp-token.js";
import type { FakeGitHub, FakeIssue } from "../helpers/fake-github.js";
import { joinedBefore, people, roundtable } from "../helpers/meeting-board.js";
import { startWebApp, type WebApp } from "../helpers/web-app.js";
import { axeProblems, closeContexts, signedIn, workerBrowser } from "./browser-kit.js";

/**
 * The pages as people meet them, on a desktop (1440 × 900), a phone (390 × 844) and a projector
 * (1920 × 1080), on a realistic board: the room in each phase as its facilitator and as a
 * participant, the projector's large mode, the home, the board, both kinds of ballot, the RSVP
 * page, a page not found and the poster. `SCREENSHOTS=docs/screenshots` remakes the committed
 * ones; a plain run writes them to a temporary folder. Each page must fit its screen's width.
 *
 * axe-core checks every page the app serves in each state a person meets it, on the same walk:
 * not signed in, a stranger's 404, the home, the board, the ballot (empty, a dot placed, not
 * eligible), the room from before its start to its end (and on a projector), the RSVP page
 * (signed out, in, with a seat), the poster. None may have a serious or critical problem.
 */
const shots = process.env.SCREENSHOTS ?? join(tmpdir(), "roundtable-screenshots");
const repo = "/roundtable/Codertocat/Hello-World";
const room = `${repo}/meetings/1`;
const secret = "a-ballot-secret-for-the-screenshots-0123456789";
const desktop = { width: 1440, height: 900 };
const phone = { width: 390, height: 844 };
const projector = { width: 1920, height: 1080 };

let browser: Browser;
let app: WebApp;
/**
 * The fake's clock runs this far behind the app's: a command stamped 12 minutes ago puts a topic
 * at time's up now, without a 10-minute wait. It only ever moves forward, so the log reads in order.
 */
let behind = 12 * 60_000;

/** Dots (ballots) on the board; invitations on: person-7…9 have not accepted theirs yet. */
function board(): FakeGitHub {
  const fake = roundtable();
  const meeting = fake.issues[0] as FakeIssue;
  meeting.body = meeting.body.replace("2026-12-03", "2030-01-15");
  joinedBefore(fake, 9);
  Object.defineProperty(fake, "clock", {
    get: () => new Date(Date.now() - behind).toISOString(),
    set: () => {},
  });
  fake.pushCommit("main", {
    ".github/roundtable.yml":
      "votes:\n  source: ballots\n  reveal: after-close\n  eligible: [Codertocat, person-1, person-2, person-3]\nmeetings:\n  invite:\n    permission: read\n",
  });
  for (const login of people.slice(0, 6)) fake.permissions.set(login, "read");
  for (const login of people.slice(6, 9))
    fake.invitations.put(login, "pull", new Date().toISOString(), fake.permissions);
  return fake;
}

beforeAll(async () => {
  browser = await workerBrowser();
  vi.stubEnv("BALLOT_SECRET", secret);
  app = await startWebApp(board(), { BALLOT_SECRET: secret });
  mkdirSync(shots, { recursive: true });
}, 60_000);
afterAll(async () => {
  await app?.close();
  await closeContexts(browser);
  vi.unstubAllEnvs();
});

/** axe's serious and critical findings, in every state checked. */
const problems: string[] = [];
const check = async (page: Page, state: string) => {
  problems.push(...(await axeProblems(page, state)));
};

/**
 * A screenshot; the page fits its width (nothing to scroll sideways), and it shows nothing a
 * test planted to be hostile (the committed pictures are of a realistic board). With `axe`, the
 * state's name, the state is checked by axe-core too, before it is shot.
 */
async function shoot(page: Page, name: string, fullPage = true, axe?: string): Promise<void> {
  if (axe) await check(page, axe);
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage });
  const [scroll, width] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    window.innerWidth,
  ]);
  expect(scroll, `${name} is wider than its screen`).toBeLessThanOrEqual(width);
  expect(await page.content(), `${name} shows a hostile test title`).not.toMatch(
    /<script>alert|javascript:|\u202e|&lt;img/i,
  );
}

/** Presses the facilitator's button with these words, and waits for the log to say `then`. */
async function press(page: Page, label: string, then: string): Promise<void> {
  await page.click(
    `#controls-live .action-set:not([hidden]) button:has(.label:text-is("${label}"))`,
  );
  await page.waitForFunction(
    (line) =>
      [...document.querySelectorAll(".log li")].some((li) => li.textContent?.includes(line)),
    then,
    { timeout: 10_000 },
  );
}

/** The RSVP link's token of meeting 1 of Codertocat/`repo`. */
const token = (repo: string) =>
  rsvpToken("a-session-secret-of-at-least-32-characters", "Codertocat", repo, 1);

const phaseIs = (page: Page, phase: string) =>
  page.waitForFunction((want) => document.querySelector("#phase")?.textContent === want, phase, {
    timeout: 10_000,
  });

// Each test walks many pages with axe on each: past 90 s once when four files shared two cores.
describe("screenshots and accessibility (axe-core) of every page and state", {
  timeout: 180_000,
}, () => {
  // Before the room's meeting runs: the home shows it as upcoming, the ballot all three topics.
  it("the home, the board, the dots ballot, a page not found and the RSVP page, on a desktop and a phone; signed out, a stranger, a person not eligible, a dot placed", async () => {
    const visitor = await browser.newPage();
    await visitor.goto(`${app.url}/roundtable`);
    await check(visitor, "home, signed out");
    await visitor.goto(`${app.url}${room}/rsvp?t=${token("Hello-World")}`);
    await check(visitor, "RSVP, signed out");
    await visitor.close();
    for (const [size, suffix] of [
      [desktop, "desktop"],
      [phone, "phone"],
    ] as const) {
      const desk = suffix === "desktop";
      const person = await signedIn(browser, app, "person-2", `${repo}/ballot`, size);
      await shoot(person, `ballot-${suffix}`, true, desk ? "ballot, nothing placed" : undefined);
      await person.goto(`${app.url}/roundtable`);
      await shoot(person, `home-${suffix}`, true, desk ? "home, signed in" : "home-phone");
      await person.goto(`${app.url}${repo}`);
      await shoot(person, `board-${suffix}`, true, desk ? "board" : undefined);
      await person.goto(`${app.url}${repo}/meetings/999`);
      await shoot(person, `not-found-${suffix}`);
      await person.context().close();
      const guest = await signedIn(
        browser,
        app,
        `guest-${suffix}`,
        `${room}/rsvp?t=${token("Hello-World")}`,
        size,
      );
      // docs/invitations.md shows the desktop one as rsvp.png.
      await shoot(guest, desk ? "rsvp" : "rsvp-phone", true, desk ? "RSVP, signed in" : undefined);
      await guest.context().close();
    }
    const stranger = await signedIn(browser, app, "stranger", room);
    await check(stranger, "404");
    await stranger.context().close();
    const other = await signedIn(browser, app, "person-4", `${repo}/ballot`);
    await check(other, "ballot, not eligible");
    await other.context().close();
    // After the shots: the room shows no ballot, and the board's votes stay hidden.
    const voter = await signedIn(browser, app, "person-1", `${repo}/ballot`);
    await voter.click("button[name=add][value='2']");
    await voter.waitForSelector("body[data-saves='1']");
    await check(voter, "ballot, a dot placed");
    await voter.goto(`${app.url}${repo}`);
    await check(voter, "board, a dot placed");
    await voter.context().close();
  });

  it("the room in each phase, as its facilitator (desktop) and a participant (phone), and on the projector", async () => {
    const facilitator = await signedIn(browser, app, "Codertocat", room, desktop);
    const participant = await signedIn(browser, app, "person-1", room, phone);
    const voters = [
      participant,
      ...(await Promise.all(["person-2", "person-3"].map((p) => signedIn(browser, app, p, room)))),
    ];
    const big = await signedIn(browser, app, "person-4", room, projector);
    for (const page of [facilitator, ...voters, big])
      await page.waitForSelector("#live[data-connected='1']");
    await big.click("#large");
    await facilitator.waitForSelector("#invitees-live li[data-state='pending']");
    await shoot(facilitator, "room-before", true, "room, not started (facilitator)");
    await shoot(participant, "room-before-phone", true, "room, not started (participant)");

    // Started and #2 taken up 12 minutes ago: its 10 minutes are up; the room votes.
    await press(facilitator, "Start the meeting", "Started");
    await phaseIs(facilitator, "Between topics");
    await check(facilitator, "room, between topics");
    await press(facilitator, "Take up #2", "#2 Follow-the-sun on-call on the table");
    await phaseIs(facilitator, "Time's up");
    for (const [i, vote] of ["up", "up", "down"].entries())
      await voters[i]?.click(`button[name=vote][value=${vote}]`);
    await facilitator.waitForSelector("button:has(.label:text-is('Extend 5 min (2 👍 1 👎)'))");
    await big.waitForFunction(() => document.querySelector("#down")?.textContent === "1");
    await shoot(facilitator, "room-timeup", true, "room-timeup");
    await shoot(participant, "room-timeup-phone", true, "room-timeup-phone");
    await shoot(big, "room-large-timeup", false, "room, large mode at time's up");
    // Asked to confirm the end, then not: the details close again before the next press.
    await facilitator.click("details.end-meeting summary");
    await check(facilitator, "room, time's up, End asked to confirm");
    await facilitator.click("details.end-meeting summary");
    await facilitator.waitForSelector("details.end-meeting:not([open])");

    // Extended 3 minutes ago: two minutes of the five are left.
    behind = 3 * 60_000;
    await press(facilitator, "Extend 5 min (2 👍 1 👎)", "5 more minutes");
    await phaseIs(facilitator, "Discussion");
    await shoot(facilitator, "room-extension", true, "room-extension");
    await shoot(participant, "room-extension-phone");

    // #3 taken up two and a half minutes ago: the sponsor has spoken, the discussion runs.
    behind = 150_000;
    await press(facilitator, "Move on to #3", "#3 Incident reviews that teach on the table");
    await phaseIs(facilitator, "Discussion");
    await big.waitForFunction(() =>
      document.querySelector("#on-table")?.textContent?.includes("#3"),
    );
    await shoot(facilitator, "room");
    await shoot(participant, "room-phone", true, "room, a topic on the table (participant)");
    await shoot(big, "room-large", false);

    behind = 0;
    await facilitator.click("details.end-meeting summary");
    await facilitator.click("button[value='end end']");
    await phaseIs(facilitator, "Ended");
    await phaseIs(participant, "Ended");
    await shoot(facilitator, "room-ended", true, "room, ended");
    await shoot(participant, "room-ended-phone");
    for (const page of [facilitator, ...voters, big]) await page.context().close();
  });

  it("the ballot of a board that counts 👍, on a desktop and a phone; its RSVP page with a seat taken", async () => {
    const fake = roundtable("Thumbs");
    joinedBefore(fake, 4);
    // Ahead, so that the RSVP page still takes seats.
    const meeting = fake.issues[0] as FakeIssue;
    meeting.body = meeting.body.replace("2026-12-03", "2030-01-15");
    const other = await startWebApp(fake);
    try {
      for (const [size, suffix] of [
        [desktop, "desktop"],
        [phone, "phone"],
      ] as const) {
        const path = "/roundtable/Codertocat/Thumbs/ballot";
        const page = await signedIn(browser, other, "person-1", path, size);
        expect(await page.locator("main").innerText()).not.toMatch(/dots? left/);
        await shoot(page, `ballot-thumbs-${suffix}`, true, `ballot-thumbs-${suffix}`);
        await page.context().close();
      }
      const rsvp = `/roundtable/Codertocat/Thumbs/meetings/1/rsvp?t=${token("Thumbs")}`;
      const guest = await signedIn(browser, other, "person-13", rsvp);
      await Promise.all([guest.waitForNavigation(), guest.click("text=Take a seat")]);
      expect(await guest.locator("main").innerText()).toContain("You have a seat.");
      await check(guest, "RSVP, with a seat");
      await guest.context().close();
    } finally {
      await other.close();
    }
  });

  it("the poster, printed on A1 and A4, and on a phone", async () => {
    const dir = mkdtempSync(join(tmpdir(), "poster-"));
    const io = {
      cwd: process.cwd(),
      env: {},
      out: () => {},
      err: () => {},
      now: () => "2026-11-30T00:00:00Z",
    };
    const page = await browser.newPage();
    // A sheet's size at 96 px an inch, landscape: what Chromium lays out when it prints.
    for (const [paper, size] of [
      ["a1", { width: 3179, height: 2245 }],
      ["a4", { width: 1123, height: 794 }],
    ] as const) {
      const out = join(dir, `poster-${paper}.html`);
      const args = ["poster", "--snapshot", "examples/board.json", "--paper", paper];
      expect(
        await runCli(
          [...args, "--config", "examples/roundtable.yml", "--issue", "61", "--out", out],
          io,
        ),
      ).toBe(0);
      await page.setViewportSize(size);
      await page.goto(`file://${out}`);
      await page.emulateMedia({ media: "print" });
      await page.screenshot({ path: `${shots}/poster${paper === "a1" ? "" : "-a4"}.png` });
    }
    await page.emulateMedia({ media: "screen" });
    await page.setViewportSize({ width: 1600, height: 1000 });
    await page.goto(`file://${join(dir, "poster-a1.html")}`);
    await check(page, "poster");
    await page.setViewportSize(phone);
    await page.goto(`file://${join(dir, "poster-a4.html")}`);
    await shoot(page, "poster-phone", true, "poster-phone");
    await page.close();
  });

  it("has no serious or critical accessibility problem on any page, in any state", () => {
    expect(problems.join("\n")).toBe("");
  });
});
