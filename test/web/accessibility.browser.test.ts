import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { rsvpToken } from "../../src/web/rsvp-token.js";
import type { FakeGitHub, FakeIssue } from "../helpers/fake-github.js";
import { joinedBefore, roundtable } from "../helpers/meeting-board.js";
import { startWebApp, type WebApp } from "../helpers/web-app.js";
import { axeProblems, chromiumPath, signedIn } from "./browser-kit.js";

/**
 * axe-core over every page the app serves, in each state a person meets it: not signed in, a
 * stranger's 404, the home, the board, the room from before its start to its end (and on a
 * projector), the ballot, the RSVP page, the poster. None may have a serious or critical problem.
 */
const repo = "/roundtable/Codertocat/Hello-World";
const room = `${repo}/meetings/1`;
const secret = "a-ballot-secret-for-the-axe-test-0123456789abc";
const sessionSecret = "a-session-secret-of-at-least-32-characters";

let browser: Browser;
let app: WebApp;
let saved: string | undefined;
const problems: string[] = [];

function board(): FakeGitHub {
  const fake = roundtable();
  const meeting = fake.issues[0] as FakeIssue;
  // Ahead, so that the RSVP page still takes seats.
  meeting.body = meeting.body.replace("2026-12-03", "2030-01-15");
  joinedBefore(fake, 6);
  Object.defineProperty(fake, "clock", { get: () => new Date().toISOString(), set: () => {} });
  fake.pushCommit("main", {
    ".github/roundtable.yml": [
      "votes:",
      "  source: ballots",
      "  reveal: after-close",
      "  eligible: [Codertocat, person-1, person-2]",
      "meetings:",
      "  sponsorMinutes: 0.01",
      "  discussionMinutes: 0.04",
      "",
    ].join("\n"),
  });
  return fake;
}

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox"] });
  saved = process.env.BALLOT_SECRET;
  process.env.BALLOT_SECRET = secret;
  app = await startWebApp(board(), { BALLOT_SECRET: secret });
}, 60_000);
afterAll(async () => {
  await app?.close();
  await browser?.close();
  if (saved === undefined) delete process.env.BALLOT_SECRET;
  else process.env.BALLOT_SECRET = saved;
});

const check = async (page: Page, state: string) => {
  problems.push(...(await axeProblems(page, state)));
};

describe("accessibility (axe-core) of every page and state", { timeout: 60_000 }, () => {
  it("the front door, signed out and in, and a stranger's 404", async () => {
    const visitor = await browser.newPage();
    await visitor.goto(`${app.url}/roundtable`);
    await check(visitor, "home, signed out");
    await visitor.close();
    const stranger = await signedIn(browser, app, "stranger", "/roundtable");
    await check(stranger, "home, signed in");
    await stranger.goto(`${app.url}${room}`);
    await check(stranger, "404");
    await stranger.context().close();
  });

  it("the board and the ballot", async () => {
    const voter = await signedIn(browser, app, "person-1", `${repo}/ballot`);
    await check(voter, "ballot, nothing placed");
    await voter.click("button[name=add][value='2']");
    await voter.waitForSelector("body[data-saves='1']");
    await check(voter, "ballot, a dot placed");
    await voter.goto(`${app.url}${repo}`);
    await check(voter, "board");
    await voter.context().close();
    const other = await signedIn(browser, app, "person-4", `${repo}/ballot`);
    await check(other, "ballot, not eligible");
    await other.context().close();
  });

  // Before the room's test ends the meeting: a closed meeting takes no seat.
  it("the RSVP page, signed out and with a seat", async () => {
    const token = rsvpToken(sessionSecret, "Codertocat", "Hello-World", 1);
    const page = await browser.newPage();
    await page.goto(`${app.url}${room}/rsvp?t=${token}`);
    await check(page, "RSVP, signed out");
    await page.close();
    const guest = await signedIn(browser, app, "person-13", `${room}/rsvp?t=${token}`);
    await check(guest, "RSVP, signed in");
    await Promise.all([guest.waitForNavigation(), guest.click("text=Take a seat")]);
    await check(guest, "RSVP, with a seat");
    await guest.context().close();
  });

  it("the room, from before the start to the end, on a screen and a projector", async () => {
    const facilitator = await signedIn(browser, app, "Codertocat", room);
    const participant = await signedIn(browser, app, "person-1", room);
    await facilitator.waitForSelector("#live[data-connected='1']");
    await check(facilitator, "room, not started (facilitator)");
    await check(participant, "room, not started (participant)");
    await facilitator.click("button[value^=start]");
    await facilitator.waitForFunction(
      () => document.querySelector("#phase")?.textContent === "Between topics",
    );
    await check(facilitator, "room, between topics");
    await facilitator.click("button[value^=next]");
    await participant.waitForSelector("button[name=vote]");
    await check(participant, "room, a topic on the table (participant)");
    await participant.waitForFunction(
      () => document.querySelector("#phase")?.textContent === "Time's up",
    );
    await facilitator.click("details.end-meeting summary");
    await check(facilitator, "room, time's up, End asked to confirm");
    await participant.click("#large");
    await check(participant, "room, large mode");
    await facilitator.click("button[value='end end']");
    await facilitator.waitForFunction(
      () => document.querySelector("#phase")?.textContent === "Ended",
    );
    await check(facilitator, "room, ended");
    await facilitator.context().close();
    await participant.context().close();
  });

  it("the poster", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "poster-")), "poster.html");
    const io = {
      cwd: process.cwd(),
      env: {},
      out: () => {},
      err: () => {},
      now: () => "2026-11-30T00:00:00Z",
    };
    const args = [
      "poster",
      "--snapshot",
      "examples/board.json",
      "--config",
      "examples/roundtable.yml",
    ];
    expect(await runCli([...args, "--issue", "61", "--out", out], io)).toBe(0);
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(`file://${out}`);
    await check(page, "poster");
    await page.close();
  });

  it("has no serious or critical problem anywhere", () => {
    expect(problems.join("\n")).toBe("");
  });
});
