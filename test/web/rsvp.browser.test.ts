import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { rsvpToken } from "../../src/web/rsvp-token.js";
import type { FakeGitHub, FakeIssue } from "../helpers/fake-github.js";
import { people, roundtable } from "../helpers/meeting-board.js";
import { example, type Payload } from "../helpers/probot.js";
import { startWebApp, type WebApp } from "../helpers/web-app.js";
import { closeContexts, signedIn, workerBrowser } from "./browser-kit.js";

/**
 * The RSVP page in Chromium (Debian's, driven by playwright-core) against the app as Probot runs
 * it, with the fake GitHub on loopback and its OAuth stand-in. Without Chromium these fail.
 */
// The committed screenshots come from screenshots.browser.test.ts (a realistic board, not this
// file's hostile title): these go to a temporary folder.
const shots = join(tmpdir(), "roundtable-screenshots");
const sessionSecret = "a-session-secret-of-at-least-32-characters";
const insiders = people.slice(0, 4);
const topics = ["Follow-the-sun on-call", "Incident reviews that teach", "Paging budgets"];

let browser: Browser;
beforeAll(async () => {
  browser = await workerBrowser();
});
afterAll(async () => {
  await closeContexts(browser);
});

/** Codertocat/Hello-World with meetings.invite; person-1…4 can use it, person-5…14 cannot. */
function board(): FakeGitHub {
  const fake = roundtable();
  const meeting = fake.issues[0] as FakeIssue;
  // Far ahead (seats are taken and invitations sent until it starts), 17:00 in Berlin in winter.
  meeting.body = meeting.body.replace("2026-12-03", "2030-01-15");
  fake.pushCommit("main", {
    ".github/roundtable.yml":
      "project:\n  owner: Codertocat\n  number: 7\nvotes:\n  eligible: participants\nmeetings:\n  invite:\n    permission: read\n",
  });
  for (const login of insiders) fake.permissions.set(login, "write");
  fake.readers = new Set(["Codertocat", ...insiders]);
  Object.defineProperty(fake, "clock", { get: () => new Date().toISOString(), set: () => {} });
  return fake;
}

const link = (app: WebApp, token = rsvpToken(sessionSecret, "Codertocat", "Hello-World", 1)) =>
  `${app.url}/roundtable/Codertocat/Hello-World/meetings/1/rsvp?t=${token}`;

/**
 * A person opens the link in New York (the page shows the Berlin meeting in their own time). With
 * `signingIn`, they sign in with GitHub from the page (the fake's stand-in) and land back on it;
 * otherwise their session is put into the browser (signed in once per login, browser-kit).
 */
async function open(app: WebApp, login: string, signingIn = false): Promise<Page> {
  const where = {
    timezoneId: "America/New_York",
    locale: "en-US",
  };
  const viewport = { width: 1000, height: 720 };
  const path = link(app).slice(app.url.length);
  if (!signingIn) return signedIn(browser, app, login, path, viewport, where);
  const context = await browser.newContext({ viewport, ...where });
  const page = await context.newPage();
  await page.goto(link(app));
  await page.click("text=Sign in with GitHub to take a seat");
  await page.fill("#login", login);
  await page.click("#authorize");
  await page.waitForURL(/\/rsvp\?t=/);
  return page;
}

/** Marks the page as it is, to tell later that it was changed in place, not reloaded. */
const loaded = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as { loaded: boolean }).loaded = true;
  });
const stillLoaded = (page: Page) =>
  page.evaluate(() => (window as unknown as { loaded?: boolean }).loaded === true);

const state = (fake: FakeGitHub) =>
  (fake.issues[0] as FakeIssue).comments?.find(
    (c) => c.bot && c.body.includes("<!-- roundtable:meeting-state -->"),
  )?.body ?? "";

describe("the RSVP page in Chromium", () => {
  let app: WebApp;
  let fake: FakeGitHub;
  const pages = new Map<string, Page>();

  beforeAll(async () => {
    fake = board();
    app = await startWebApp(fake);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
  });

  it("is 404 for a stranger without the link's token, or with another meeting's", async () => {
    const bare = link(app).replace(/\?t=.*/, "");
    expect((await fetch(bare)).status).toBe(404);
    expect((await fetch(link(app, "guess"))).status).toBe(404);
    const other = rsvpToken(sessionSecret, "Codertocat", "Hello-World", 2);
    expect((await fetch(link(app, other))).status).toBe(404);
    expect((await fetch(link(app))).status).toBe(200);
  });

  it("seats 14 people from the page and /join, interleaved, first come first served, and invites each seated outsider once", async () => {
    for (const [i, login] of people.entries()) {
      if (i % 2 === 0) {
        // The first signs in from the page, as a person with the link does; the others' sessions
        // are put into their browsers.
        const page = await open(app, login, i === 0);
        await page.click("button:has-text('Take a seat'), button:has-text('Join the waitlist')");
        await page.waitForURL(/done=join/);
        // Kept open only where a later test reads it: an open page polls every 2 s.
        if (["person-5", "person-9", "person-13"].includes(login)) pages.set(login, page);
        else await page.context().close();
      } else {
        fake.userTokens.set(`token-${login}`, login);
        fake.rest(
          "POST",
          "/repos/Codertocat/Hello-World/issues/1/comments",
          { body: "/join" },
          `token token-${login}`,
        );
        await app.settled();
      }
    }
    expect(state(fake)).toContain("### Participants (12 of 12)");
    expect(state(fake)).toContain("### Waitlist (2)");
    const sent = fake.invitations.sent.map((s) => s.invitee);
    expect(sent.sort()).toEqual(people.slice(4, 12).sort());
    expect(fake.invitations.roleChanges).toEqual([]);
  }, 120_000);

  it("shows a seated outsider what happens next, and no topic or other person's name", async () => {
    const page = pages.get("person-9") as Page;
    await page.reload();
    const text = await page.locator("main").innerText();
    expect(text).toContain("You have a seat.");
    expect(text).toContain("accept GitHub's invitation");
    expect(text).toContain("On-call and incidents");
    expect(text).toContain("All 12 seats are taken · 2 on the waitlist");
    expect(text).toMatch(/11:00 AM, your time \(America\/New York\)/);
    expect(text).toMatch(/17:00 in Europe\/Berlin/);
    const html = await page.content();
    for (const title of topics) expect(html).not.toContain(title);
    for (const login of people.filter((p) => p !== "person-9")) expect(html).not.toContain(login);
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: `${shots}/rsvp.png` });
  });

  it("follows the person's acceptance of GitHub's invitation without a reload, and says it once", async () => {
    const page = pages.get("person-9") as Page;
    await loaded(page);
    // Accepted on GitHub, which sends the app no webhook: the page's own stream asks.
    fake.userTokens.set("token-person-9", "person-9");
    const id = fake.invitations.open.find((i) => i.invitee === "person-9")?.id;
    expect(
      fake.rest("PATCH", `/user/repository_invitations/${id}`, {}, "token token-person-9")[0],
    ).toBe(204);
    await page.waitForFunction(
      () => document.querySelector(".standing")?.textContent?.includes("You are in the repository"),
      undefined,
      { timeout: 15_000 },
    );
    expect(await stillLoaded(page)).toBe(true);
    expect(await page.locator("main").innerText()).not.toContain("accept GitHub's invitation");
    expect(await page.locator("#rsvp-said").innerText()).toMatch(
      /^Updated: You have a seat\. You are in the repository/,
    );
  }, 30_000);

  it("shows a waitlisted person their place, and moves them up live when a seat is given up; they are invited then", async () => {
    const waiting = pages.get("person-13") as Page;
    await waiting.reload();
    expect(await waiting.locator("main").innerText()).toContain("You are number 1 on the waitlist");
    expect(fake.invitations.sent.map((s) => s.invitee)).not.toContain("person-13");
    await loaded(waiting);

    const leaver = pages.get("person-5") as Page;
    await leaver.reload();
    await leaver.click("text=Give up my seat");
    await leaver.waitForURL(/done=leave/);
    expect(fake.invitations.open.map((i) => i.invitee)).not.toContain("person-5");
    expect(fake.invitations.sent.filter((s) => s.invitee === "person-13")).toHaveLength(1);
    // The waiting person's page moves them up without a reload, and says so once.
    await waiting.waitForFunction(
      () => document.querySelector(".standing")?.textContent?.includes("You have a seat."),
      undefined,
      { timeout: 15_000 },
    );
    expect(await stillLoaded(waiting)).toBe(true);
    expect(await waiting.locator("#rsvp-said").innerText()).toMatch(/^Updated: You have a seat\./);
    expect(await waiting.locator("main").innerText()).toContain("accept GitHub's invitation");
    expect(state(fake)).toContain("### Waitlist (1)");
  });

  it("follows the meeting when it is edited (its title changed on GitHub), without a reload", async () => {
    const page = pages.get("person-13") as Page;
    await loaded(page);
    const meeting = fake.issues[0] as FakeIssue;
    meeting.title = "Lean coffee, moved to January";
    meeting.updatedAt = new Date().toISOString();
    const payload = example("issues", "edited", (p: Payload) => {
      p.repository.name = "Hello-World";
      p.repository.owner.login = "Codertocat";
      p.repository.full_name = "Codertocat/Hello-World";
      p.issue.number = 1;
      p.issue.title = meeting.title;
      p.issue.labels = [{ name: "meeting" }];
      p.issue.body = meeting.body;
      p.sender.login = "Codertocat";
      p.sender.type = "User";
    });
    await app.probot.receive({ id: "edited-1", name: "issues", payload } as never);
    await page.waitForFunction(
      () => document.querySelector(".rsvp-title")?.textContent === "Lean coffee, moved to January",
      undefined,
      { timeout: 15_000 },
    );
    expect(await stillLoaded(page)).toBe(true);
  });
});

describe("seats taken on the RSVP page past GitHub's daily limit", () => {
  let app: WebApp;
  const fake = board();
  fake.invitations.limit = 1;

  beforeAll(async () => {
    // The app's retry of waiting invitations, every half second instead of every hour.
    vi.stubEnv("ROUNDTABLE_INVITATION_RETRY_MS", "500");
    app = await startWebApp(fake);
  }, 60_000);
  afterAll(async () => {
    vi.unstubAllEnvs();
    await app?.close();
  });

  it("sets the meeting's retry timer, which sends the waiting invitation once GitHub allows it", async () => {
    for (const login of ["person-5", "person-7"]) {
      const page = await open(app, login);
      await page.click("button:has-text('Take a seat')");
      await page.waitForURL(/done=join/);
    }
    expect(fake.invitations.sent.map((s) => s.invitee)).toEqual(["person-5"]);
    expect(state(fake)).toContain("1 invitation waits (person-7)");
    // GitHub allows more now; nobody takes or gives up a seat: the timer sends it.
    fake.invitations.limit = 50;
    for (let i = 0; i < 60 && fake.invitations.sent.length < 2; i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(fake.invitations.sent.map((s) => s.invitee)).toEqual(["person-5", "person-7"]);
  }, 60_000);
});
