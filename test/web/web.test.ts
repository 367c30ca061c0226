import { afterEach, describe, expect, it } from "vitest";
import { encodeRecord } from "../../src/core/index.js";
import { rsvpToken } from "../../src/web/rsvp-token.js";
import type { FakeGitHub, FakeIssue } from "../helpers/fake-github.js";
import { roundtable } from "../helpers/meeting-board.js";
import { csrfOf, signIn } from "../helpers/sign-in.js";
import { startWebApp, type WebApp } from "../helpers/web-app.js";

let app: WebApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

function board(): FakeGitHub {
  const fake = roundtable();
  fake.readers = new Set(["Codertocat", "person-1"]);
  return fake;
}

describe("the web pages", () => {
  it("sends a visitor who is not signed in to GitHub's sign-in, and back to the page", async () => {
    app = await startWebApp(board());
    const page = await fetch(`${app.url}/roundtable/Codertocat/Hello-World/meetings/1`, {
      redirect: "manual",
    });
    expect(page.status).toBe(302);
    expect(page.headers.get("location")).toBe(
      "/roundtable/signin?next=%2Froundtable%2FCodertocat%2FHello-World%2Fmeetings%2F1",
    );
    const start = await fetch(`${app.url}${page.headers.get("location")}`, { redirect: "manual" });
    const authorize = new URL(start.headers.get("location") ?? "");
    expect(authorize.pathname).toBe("/login/oauth/authorize");
    expect(authorize.searchParams.get("client_id")).toBe("Iv1.fakeclientid");
    expect(authorize.searchParams.get("redirect_uri")).toBe(`${app.url}/roundtable/callback`);
    const cookie = start.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it("shows the room to a person who can read the repository, and 404 to one who cannot", async () => {
    app = await startWebApp(board());
    const room = `${app.url}/roundtable/Codertocat/Hello-World/meetings/1`;
    const reader = await signIn(app, "person-1");
    const shown = await fetch(room, { headers: { cookie: reader } });
    expect(shown.status).toBe(200);
    expect(shown.headers.get("content-security-policy")).toContain("script-src 'self'");
    const html = await shown.text();
    expect(html).toContain("Lean coffee, December");
    expect(html).toContain("Follow-the-sun on-call");
    expect(html).not.toMatch(/<script>|<script [^>]*>[^<]/);

    const stranger = await signIn(app, "stranger");
    const hidden = await fetch(room, { headers: { cookie: stranger } });
    expect(hidden.status).toBe(404);
    const boardPage = await fetch(`${app.url}/roundtable/Codertocat/Hello-World`, {
      headers: { cookie: stranger },
    });
    expect(boardPage.status).toBe(404);
  });

  it("knows the app's own records by its bot's login: a workflow's bot cannot start a meeting on the room page", async () => {
    const fake = board();
    const at = new Date().toISOString();
    const started = (id: number, author: string) => ({
      id,
      author,
      bot: true,
      votes: 0,
      createdAt: at,
      body: `<!-- roundtable:meeting:${id} -->\nStarted.\n${encodeRecord({ command: id, events: [{ type: "start", at }] })}`,
    });
    // The record a workflow's GITHUB_TOKEN (github-actions[bot]) or another app could write: a
    // bot among Roundtable's defaults, but not this app (its slug names it roundtable[bot]).
    (fake.issues[0] as FakeIssue).comments?.push(started(7, "github-actions"));
    app = await startWebApp(fake);
    const room = `${app.url}/roundtable/Codertocat/Hello-World/meetings/1`;
    const reader = await signIn(app, "person-1");
    const forged = await (await fetch(room, { headers: { cookie: reader } })).text();
    expect(forged).toContain("The meeting has not started");
    expect(forged).not.toContain("No topic on the table");
  });

  it("bounds what one signed-in person can make the app ask of GitHub: past their budget, 429 and when to come back", async () => {
    const fake = board();
    // 10 an hour: 2 at once, then one every 6 minutes.
    app = await startWebApp(fake, { PAGE_REQUESTS_PER_HOUR: "10" });
    const room = `${app.url}/roundtable/Codertocat/Hello-World/meetings/1`;
    const reader = await signIn(app, "person-1");
    const pages: string[] = [];
    for (let i = 0; i < 2; i++) {
      const shown = await fetch(room, { headers: { cookie: reader } });
      expect(shown.status).toBe(200);
      pages.push(await shown.text());
    }
    const asked = fake.counted().length;
    const refused = await fetch(room, { headers: { cookie: reader } });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("360");
    // A browser's GET is shown a page (the bar, who is signed in, a way back), not bare text.
    expect(refused.headers.get("content-type")).toContain("text/html");
    expect(await refused.text()).toContain("Try again in 360 s");
    expect(fake.counted().length).toBe(asked);
    // Signing out is never refused.
    const out = await fetch(`${app.url}/roundtable/signout`, {
      method: "POST",
      headers: { cookie: reader, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrf: csrfOf(pages[0] ?? "") }),
      redirect: "manual",
    });
    expect(out.status).toBe(303);
    // Another person's budget is their own.
    const other = await signIn(app, "Codertocat");
    expect((await fetch(room, { headers: { cookie: other } })).status).toBe(200);
  });

  it("reads the RSVP page for visitors who have not signed in once per meeting every 10 s, however many ask", async () => {
    const fake = board();
    app = await startWebApp(fake);
    const token = rsvpToken(
      "a-session-secret-of-at-least-32-characters",
      "Codertocat",
      "Hello-World",
      1,
    );
    const link = `${app.url}/roundtable/Codertocat/Hello-World/meetings/1/rsvp?t=${token}`;
    const first = await fetch(link);
    expect(first.status).toBe(200);
    expect(await first.text()).toContain("Lean coffee, December");
    const asked = fake.calls.length;
    for (let i = 0; i < 20; i++) expect((await fetch(link)).status).toBe(200);
    expect(fake.calls.length).toBe(asked);
  });

  it("tells a reader GitHub could not be read when it refuses for its rate limit, not that the page is not there", async () => {
    const fake = board();
    app = await startWebApp(fake);
    const room = `${app.url}/roundtable/Codertocat/Hello-World/meetings/1`;
    const reader = await signIn(app, "person-1");
    // GitHub's 403 for a spent rate limit: the same status as a refusal, with its headers.
    fake.interceptors.push((call) =>
      call.type === "rest" && call.path === "/repos/Codertocat/Hello-World"
        ? [
            403,
            { message: "API rate limit exceeded for user ID 1." },
            { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "1893456000" },
          ]
        : undefined,
    );
    const refused = await fetch(room, { headers: { cookie: reader } });
    expect(refused.status).toBe(502);
    expect(await refused.text()).toContain("GitHub could not be read just now");
  });

  it("sends a path that spells the repository otherwise to GitHub's spelling, its method and query kept", async () => {
    app = await startWebApp(board());
    const reader = await signIn(app, "person-1");
    const room = "/roundtable/Codertocat/Hello-World/meetings/1";
    const page = await fetch(`${app.url}${room}`, { headers: { cookie: reader } });
    const csrf = csrfOf(await page.text());
    const moved = await fetch(`${app.url}/roundtable/codertocat/hello-world/meetings/1?x=1`, {
      headers: { cookie: reader },
      redirect: "manual",
    });
    expect(moved.status).toBe(308);
    expect(moved.headers.get("location")).toBe(`${room}?x=1`);
    const posted = await fetch(`${app.url}/roundtable/CODERTOCAT/hello-World/meetings/1/command`, {
      method: "POST",
      headers: { cookie: reader, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ command: "start", csrf }),
      redirect: "manual",
    });
    expect(posted.status).toBe(308);
    expect(posted.headers.get("location")).toBe(`${room}/command`);
    // Nobody learns a spelling they cannot read: a stranger gets 404, as for any other path.
    const stranger = await signIn(app, "stranger");
    const hidden = await fetch(`${app.url}/roundtable/codertocat/hello-world/meetings/1`, {
      headers: { cookie: stranger },
      redirect: "manual",
    });
    expect(hidden.status).toBe(404);
  });

  it("refuses a POST without the session's CSRF token, and posts the command as the person with it", async () => {
    const fake = board();
    app = await startWebApp(fake);
    const room = `${app.url}/roundtable/Codertocat/Hello-World/meetings/1`;
    const cookie = await signIn(app, "Codertocat");
    const html = await (await fetch(room, { headers: { cookie } })).text();
    const forged = await fetch(`${room}/command`, {
      method: "POST",
      headers: { cookie },
      body: new URLSearchParams({ command: "next" }),
      redirect: "manual",
    });
    expect(forged.status).toBe(403);
    const wrong = await fetch(`${room}/command`, {
      method: "POST",
      headers: { cookie },
      body: new URLSearchParams({ command: "next", csrf: "guessed" }),
      redirect: "manual",
    });
    expect(wrong.status).toBe(403);
    expect(fake.issues[0]?.comments?.some((c) => c.body === "/start")).toBe(false);

    const sent = await fetch(`${room}/command`, {
      method: "POST",
      headers: { cookie },
      body: new URLSearchParams({ command: "start", csrf: csrfOf(html) }),
      redirect: "manual",
    });
    expect(sent.status).toBe(303);
    const comment = fake.issues[0]?.comments?.find((c) => c.body === "/start");
    expect(comment?.author).toBe("Codertocat");
    expect(comment?.bot).toBeUndefined();
  });

  it("shows the board: the queue by counted votes, with sponsors", async () => {
    app = await startWebApp(board());
    const cookie = await signIn(app, "person-1");
    const page = await fetch(`${app.url}/roundtable/Codertocat/Hello-World`, {
      headers: { cookie },
    });
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain("Topic board");
    expect(html.indexOf("Follow-the-sun on-call")).toBeLessThan(html.indexOf("Incident reviews"));
  });
});
