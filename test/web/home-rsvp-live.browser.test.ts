import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rsvpToken } from "../../src/web/rsvp-token.js";
import type { FakeGitHub, FakeIssue } from "../helpers/fake-github.js";
import { roundtable } from "../helpers/meeting-board.js";
import { startWebApp, type WebApp } from "../helpers/web-app.js";
import { axeProblems, closeContexts, signedIn, workerBrowser } from "./browser-kit.js";

/**
 * The signed-in home and the RSVP page's live updates in Chromium, against the app as Probot
 * runs it. `SCREENSHOTS=docs/screenshots` remakes the committed rsvp-live.png, as it does the
 * others (screenshots.browser.test.ts); a plain run writes it to a temporary folder, so the tree
 * stays clean. The signed-in home's picture (home-desktop.png) is that walk's, of a realistic board.
 */
const shots = process.env.SCREENSHOTS ?? join(tmpdir(), "roundtable-screenshots");
const sessionSecret = "a-session-secret-of-at-least-32-characters";

let browser: Browser;
let app: WebApp;
let fake: FakeGitHub;
beforeAll(async () => {
  browser = await workerBrowser();
  fake = roundtable();
  const meeting = fake.issues[0] as FakeIssue;
  // Far ahead: seats are taken until it starts.
  meeting.body = meeting.body.replace("2026-12-03", "2030-01-15");
  fake.readers = new Set(["Codertocat", "person-1"]);
  Object.defineProperty(fake, "clock", { get: () => new Date().toISOString(), set: () => {} });
  app = await startWebApp(fake);
  mkdirSync(shots, { recursive: true });
}, 60_000);
afterAll(async () => {
  await app?.close();
  await closeContexts(browser);
});

const rsvpLink = () =>
  `/roundtable/Codertocat/Hello-World/meetings/1/rsvp?t=${rsvpToken(sessionSecret, "Codertocat", "Hello-World", 1)}`;

describe("the signed-in home in Chromium", () => {
  it("lists the person's boards with their meetings, and opens a room from it", async () => {
    const page = await signedIn(browser, app, "person-1", "/roundtable");
    await expect(page.locator("h1").innerText()).resolves.toBe("Your boards");
    const boards = await page.locator("ul.boards > li h2").allInnerTexts();
    expect(boards).toEqual(["Codertocat/Hello-World"]);
    expect(await axeProblems(page, "home, signed in")).toEqual([]);
    await page.click("text=Lean coffee, December");
    await page.waitForURL(/\/meetings\/1$/);
    expect(await page.locator("main").innerText()).toContain("Lean coffee, December");
    // Sign-in, axe and a room: past vitest's 20 s on a loaded machine.
  }, 60_000);
});

describe("the RSVP page in Chromium", () => {
  it("follows the meeting without a reload: another person's seat shows, and is announced once", async () => {
    const watching = await signedIn(browser, app, "person-6", rsvpLink());
    const seats = () => watching.locator(".seats").innerText();
    const before = await seats();
    expect(before).toMatch(/^12 of 12 seats left/);
    await watching.evaluate(() => {
      (window as unknown as { loaded: boolean }).loaded = true;
    });
    const taking = await signedIn(browser, app, "person-5", rsvpLink());
    await taking.click("button:has-text('Take a seat')");
    await taking.waitForURL(/done=join/);
    await watching.waitForFunction(
      () => document.querySelector(".seats")?.textContent?.startsWith("11 of 12"),
      undefined,
      { timeout: 15_000 },
    );
    // The same page, not a reload, with the change said once to a screen reader.
    expect(await watching.evaluate(() => (window as unknown as { loaded?: boolean }).loaded)).toBe(
      true,
    );
    expect(await watching.locator("#rsvp-said").innerText()).toMatch(
      /^Updated: 11 of 12 seats left/,
    );
    expect(await axeProblems(watching, "rsvp, updated live")).toEqual([]);
    await watching.screenshot({ path: `${shots}/rsvp-live.png` });
  }, 60_000);

  it("still works without JavaScript: the seat is taken and the page after it says so", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page: Page = await context.newPage();
    await page.goto(`${app.url}/roundtable/signin?next=${encodeURIComponent(rsvpLink())}`);
    await page.fill("#login", "person-7");
    await page.click("#authorize");
    await page.waitForURL(/\/rsvp\?t=/);
    await page.click("button:has-text('Take a seat')");
    await page.waitForURL(/done=join/);
    expect(await page.locator("main").innerText()).toContain("You have a seat.");
  }, 60_000);
});
