import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FakeGitHub, FakeIssue } from "../helpers/fake-github.js";
import { roundtable } from "../helpers/meeting-board.js";
import { startWebApp, type WebApp } from "../helpers/web-app.js";
import { axeProblems, closeContexts, signedIn, workerBrowser } from "./browser-kit.js";

/**
 * The facilitator's list of who is invited, in Chromium against the app as Probot runs it: who
 * is pending, who accepted and who waits, beside the RSVP link, kept current without a reload
 * when somebody accepts GitHub's invitation, and never shown to anybody else.
 */
const room = "/roundtable/Codertocat/Hello-World/meetings/1";

let browser: Browser;
let app: WebApp;
let fake: FakeGitHub;

/** Three seats; person-1 can read the repository, person-5…7 cannot and are invited. */
function board(): FakeGitHub {
  const fake = roundtable();
  const meeting = fake.issues[0] as FakeIssue;
  // Far ahead (invitations are sent until it starts), three seats.
  meeting.body = meeting.body
    .replace("2026-12-03", "2030-01-15")
    .replace("### Capacity\n\n12", "### Capacity\n\n3");
  fake.pushCommit("main", {
    ".github/roundtable.yml":
      "project:\n  owner: Codertocat\n  number: 7\nvotes:\n  eligible: participants\nmeetings:\n  invite:\n    permission: read\n",
  });
  // Read access: a collaborator, but no facilitator (write access may facilitate).
  fake.permissions.set("person-1", "read");
  fake.readers = new Set(["Codertocat", "person-1"]);
  Object.defineProperty(fake, "clock", { get: () => new Date().toISOString(), set: () => {} });
  return fake;
}

/** What the facilitator's list says, group by group: "Pending 2: person-5 person-6". */
const groups = (page: Page) =>
  page.$$eval("#invitees-live h3", (heads) =>
    heads.map((h) => {
      const list = h.nextElementSibling;
      const names = list?.matches("ul, ol")
        ? [...list.querySelectorAll("li a")].map((a) => a.textContent).join(" ")
        : "";
      return `${h.firstChild?.textContent?.trim()} ${h.querySelector(".count")?.textContent}: ${names}`;
    }),
  );

beforeAll(async () => {
  browser = await workerBrowser();
  fake = board();
  // The facilitator's stream asks GitHub about invitations every 2 s here (15 s by default).
  app = await startWebApp(fake);
  for (const login of ["person-1", "person-5", "person-6", "person-7"]) {
    fake.userTokens.set(`token-${login}`, login);
    fake.rest(
      "POST",
      "/repos/Codertocat/Hello-World/issues/1/comments",
      { body: "/join" },
      `token token-${login}`,
    );
    await app.settled();
  }
}, 60_000);
afterAll(async () => {
  await app?.close();
  await closeContexts(browser);
});

describe("the facilitator's room: who is invited", { timeout: 60_000 }, () => {
  it("lists who is pending, accepted and waiting beside the RSVP link, and follows an acceptance without a reload", async () => {
    expect(fake.invitations.open.map((i) => i.invitee).sort()).toEqual(["person-5", "person-6"]);
    const facilitator = await signedIn(browser, app, "Codertocat", room);
    await facilitator.waitForSelector("#live[data-connected='1']");
    // Read until it holds: once, on a loaded CI machine, the first read found the names missing.
    await expect
      .poll(() => groups(facilitator), { timeout: 15_000 })
      .toEqual([
        "Pending 2: person-5 person-6",
        "Accepted 1: person-1",
        "Waiting for a seat 1: person-7",
      ]);
    expect(await facilitator.locator("#copy-rsvp").isVisible()).toBe(true);
    expect(await axeProblems(facilitator, "room, facilitator, invitations pending")).toEqual([]);
    await facilitator.evaluate(() => {
      (window as unknown as { loaded: boolean }).loaded = true;
    });

    // person-5 accepts on GitHub: no webhook tells the app, and the meeting's state still says
    // pending; the facilitator's list moves them within a poll.
    const id = fake.invitations.open.find((i) => i.invitee === "person-5")?.id;
    const [status] = fake.rest(
      "PATCH",
      `/user/repository_invitations/${id}`,
      {},
      "token token-person-5",
    );
    expect(status).toBe(204);
    await facilitator.waitForFunction(
      () =>
        document.querySelector("#invitees-live li[data-state='accepted'] a")?.textContent ===
        "person-5",
      undefined,
      { timeout: 15_000 },
    );
    expect(await groups(facilitator)).toEqual([
      "Pending 1: person-6",
      "Accepted 2: person-1 person-5",
      "Waiting for a seat 1: person-7",
    ]);
    expect(
      await facilitator.evaluate(() => (window as unknown as { loaded?: boolean }).loaded),
    ).toBe(true);
    expect(await axeProblems(facilitator, "room, facilitator, one accepted")).toEqual([]);
    await facilitator.context().close();
  });

  it("shows the same list without JavaScript", async () => {
    const page = await signedIn(browser, app, "Codertocat", room, undefined, {
      javaScriptEnabled: false,
    });
    const groupsNow = await groups(page);
    expect(groupsNow[0]).toBe("Pending 1: person-6");
    expect(groupsNow[1]).toBe("Accepted 2: person-1 person-5");
    await page.context().close();
  });

  it("never shows a participant who was invited: not on the page, not on their live stream", async () => {
    const participant = await signedIn(browser, app, "person-1", room);
    await participant.waitForSelector("#live[data-connected='1']");
    // A second stream of the participant's own, listening for what the facilitator is sent.
    await participant.evaluate((events) => {
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      const source = new EventSource(events);
      source.addEventListener("invitees", (e) => heard.push((e as MessageEvent).data));
      source.addEventListener("room", () => heard.push("room"));
    }, `${room}/events`);
    // Another acceptance: the facilitator would be sent the change; the participant nothing.
    const facilitator = await signedIn(browser, app, "Codertocat", room);
    fake.invitations.acceptBy("person-6", fake.clock, fake.permissions);
    await facilitator.waitForFunction(
      () => document.querySelectorAll("#invitees-live li[data-state='pending']").length === 0,
      undefined,
      { timeout: 15_000 },
    );
    const heard = await participant.evaluate(
      () => (window as unknown as { heard: string[] }).heard,
    );
    expect(heard).toContain("room");
    expect(heard.filter((h) => h !== "room")).toEqual([]);
    const html = await participant.content();
    expect(html).not.toContain("invitees-live");
    expect(html).not.toContain("not accepted yet");
    expect(html).not.toContain("rsvp-link");
    await participant.context().close();
    await facilitator.context().close();
  });

  it("is 404 for an outsider, invited or not", async () => {
    const page = await signedIn(browser, app, "person-7", "/roundtable");
    const response = await page.goto(`${app.url}${room}`);
    expect(response?.status()).toBe(404);
    expect(await page.content()).not.toContain("person-5");
    await page.context().close();
  });
});
