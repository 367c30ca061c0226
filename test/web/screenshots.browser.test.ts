import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { rsvpToken } from "../../src/web/rsvp-token.js";
import type { FakeGitHub, FakeIssue } from "../helpers/fake-github.js";
import { joinedBefore, roundtable } from "../helpers/meeting-board.js";
import { startWebApp, type WebApp } from "../helpers/web-app.js";
import { chromiumPath, signedIn } from "./browser-kit.js";

/**
 * The pages as people meet them, on a desktop, a phone (390 × 844) and a projector (1920 ×
 * 1080), on a realistic board. `SCREENSHOTS=docs/screenshots` remakes the committed ones; a
 * plain run writes them to a temporary folder. Each page also must fit the phone's width.
 */
const shots = process.env.SCREENSHOTS ?? join(tmpdir(), "roundtable-screenshots");
const repo = "/roundtable/Codertocat/Hello-World";
const room = `${repo}/meetings/1`;
const secret = "a-ballot-secret-for-the-screenshots-0123456789";
const phone = { width: 390, height: 844 };

let browser: Browser;
let app: WebApp;
let saved: string | undefined;

function board(): FakeGitHub {
  const fake = roundtable();
  const meeting = fake.issues[0] as FakeIssue;
  meeting.body = meeting.body.replace("2026-12-03", "2030-01-15");
  joinedBefore(fake, 9);
  Object.defineProperty(fake, "clock", { get: () => new Date().toISOString(), set: () => {} });
  fake.pushCommit("main", {
    ".github/roundtable.yml":
      "votes:\n  source: ballots\n  reveal: after-close\n  eligible: [Codertocat, person-1, person-2]\n",
  });
  return fake;
}

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox"] });
  saved = process.env.BALLOT_SECRET;
  process.env.BALLOT_SECRET = secret;
  app = await startWebApp(board(), { BALLOT_SECRET: secret });
  mkdirSync(shots, { recursive: true });
}, 60_000);
afterAll(async () => {
  await app?.close();
  await browser?.close();
  if (saved === undefined) delete process.env.BALLOT_SECRET;
  else process.env.BALLOT_SECRET = saved;
});

/** A screenshot, and the page fits its width (nothing to scroll sideways on a phone). */
async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
  const [scroll, width] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    window.innerWidth,
  ]);
  expect(scroll, `${name} is wider than its screen`).toBeLessThanOrEqual(width);
}

describe("screenshots of every page", { timeout: 60_000 }, () => {
  it("the room: facilitator on a desktop, a participant on a phone, the projector", async () => {
    const facilitator = await signedIn(browser, app, "Codertocat", room);
    await facilitator.waitForSelector("#live[data-connected='1']");
    await facilitator.click("button[value^=start]");
    await facilitator.waitForSelector("button[value^=next]");
    await facilitator.click("button[value^=next]");
    await facilitator.waitForSelector("#on-table");
    const participant = await signedIn(browser, app, "person-1", room, phone);
    await participant.waitForSelector("button[name=vote]");
    await participant.click("button[name=vote][value=up]");
    await facilitator.waitForFunction(() => document.querySelector("#up")?.textContent === "1");
    await shoot(facilitator, "room");
    await shoot(participant, "room-phone");
    const projector = await signedIn(browser, app, "person-2", room, { width: 1920, height: 1080 });
    await projector.waitForSelector("#live[data-connected='1']");
    await projector.click("#large");
    await projector.screenshot({ path: `${shots}/room-large.png` });
    // Read from five metres on 1080p: the phase and the tally at 35 px and more.
    const sizes = await projector.evaluate(() =>
      ["#phase", "#on-table", ".tally", ".up-next", "#countdown"].map((s) =>
        Number.parseFloat(getComputedStyle(document.querySelector(s) as Element).fontSize),
      ),
    );
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(35);
    for (const page of [facilitator, participant, projector]) await page.context().close();
  });

  it("the board, the ballot and the RSVP page, on a desktop and a phone", async () => {
    for (const [size, suffix] of [
      [{ width: 1280, height: 900 }, "desktop"],
      [phone, "phone"],
    ] as const) {
      const person = await signedIn(browser, app, "person-2", `${repo}/ballot`, size);
      await shoot(person, `ballot-${suffix}`);
      await person.goto(`${app.url}${repo}`);
      await shoot(person, `board-${suffix}`);
      await person.goto(`${app.url}${repo}/meetings/999`);
      await shoot(person, `not-found-${suffix}`);
      await person.context().close();
      const token = rsvpToken(
        "a-session-secret-of-at-least-32-characters",
        "Codertocat",
        "Hello-World",
        1,
      );
      const guest = await signedIn(
        browser,
        app,
        `guest-${suffix}`,
        `${room}/rsvp?t=${token}`,
        size,
      );
      // docs/invitations.md shows the desktop one as rsvp.png.
      await shoot(guest, suffix === "desktop" ? "rsvp" : "rsvp-phone");
      await guest.context().close();
    }
  });

  it("the poster, printed and on a phone", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "poster-")), "poster.html");
    const io = {
      cwd: process.cwd(),
      env: {},
      out: () => {},
      err: () => {},
      now: () => "2026-11-30T00:00:00Z",
    };
    const args = ["poster", "--snapshot", "examples/board.json"];
    expect(
      await runCli(
        [...args, "--config", "examples/roundtable.yml", "--issue", "61", "--out", out],
        io,
      ),
    ).toBe(0);
    const page = await browser.newPage({ viewport: { width: 1600, height: 1100 } });
    await page.goto(`file://${out}`);
    await page.emulateMedia({ media: "print" });
    await page.screenshot({ path: `${shots}/poster.png`, fullPage: true });
    await page.emulateMedia({ media: "screen" });
    await page.setViewportSize(phone);
    await shoot(page, "poster-phone");
    await page.close();
  });
});
