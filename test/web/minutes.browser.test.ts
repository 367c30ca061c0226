import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { board, botBody, runMeeting } from "../helpers/minutes-meeting.js";
import { startWebApp, type WebApp } from "../helpers/web-app.js";
import { closeContexts, signedIn, workerBrowser } from "./browser-kit.js";

/**
 * The transcript upload in Chromium with JavaScript off: the form is plain HTML and works
 * without the room's script. Screenshots go to a temporary folder (SCREENSHOTS to keep them).
 */
const shots = process.env.SCREENSHOTS ?? join(tmpdir(), "roundtable-screenshots");
const room = "/roundtable/Codertocat/Hello-World/meetings/1";
const transcript = new URL("../fixtures/meetings/IS1004a.teams.vtt", import.meta.url).pathname;

let browser: Browser;
let app: WebApp;
beforeAll(async () => {
  browser = await workerBrowser();
  app = await startWebApp(board());
  await runMeeting(app);
  mkdirSync(shots, { recursive: true });
}, 60_000);
afterAll(async () => {
  await app?.close();
  await closeContexts(browser);
});

/** The room without JavaScript, the person's session put into the browser. */
const roomAs = (login: string) =>
  signedIn(browser, app, login, room, { width: 1280, height: 1000 }, { javaScriptEnabled: false });

describe("the transcript upload in Chromium, without JavaScript", () => {
  it("a participant sees no form", async () => {
    const page = await roomAs("person-1");
    expect(await page.locator("form.transcript").count()).toBe(0);
    await page.context().close();
  });

  it("the facilitator chooses a Teams transcript, presses Draft, and the draft is on the meeting issue", async () => {
    const page = await roomAs("Codertocat");
    const form = page.locator("section.minutes");
    expect(await form.locator("h2").textContent()).toBe("Minutes from the recording");
    await form.screenshot({ path: join(shots, "minutes-upload-form.png") });
    await page.screenshot({ path: join(shots, "minutes-room.png"), fullPage: true });
    await page.setInputFiles("#transcript-file", transcript);
    await page.click("section.minutes button");
    await page.waitForSelector("h1");
    expect(await page.textContent("h1")).toBe("Draft minutes posted");
    expect(await page.textContent("main")).toContain("The draft of 3 topics is a comment on");
    await page.screenshot({ path: join(shots, "minutes-posted.png") });
    expect(botBody(app.fake, 1, "minutes-draft")).toContain("### #2 Follow-the-sun on-call");
    await page.context().close();
  });
});
