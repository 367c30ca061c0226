import { afterEach, describe, expect, it } from "vitest";
import { accessCacheMs } from "../../src/web/routes.js";
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

describe("issue 32: secrets never leave", () => {
  it("sign-out does not end a session: a cookie kept from before sign-out is dead after it, and the person's token is revoked", async () => {
    const fake = board();
    app = await startWebApp(fake);
    const room = `${app.url}/roundtable/Codertocat/Hello-World/meetings/1`;
    const cookie = await signIn(app, "person-1");
    const page = await fetch(room, { headers: { cookie } });
    expect(page.status).toBe(200);
    const out = await fetch(`${app.url}/roundtable/signout`, {
      method: "POST",
      headers: { cookie },
      body: new URLSearchParams({ csrf: csrfOf(await page.text()) }),
      redirect: "manual",
    });
    expect(out.status).toBe(303);
    expect(fake.revokedTokens).toEqual(["user-token-person-1"]);
    // The same cookie, as a copy kept elsewhere would send it: signed out.
    const again = await fetch(room, { headers: { cookie }, redirect: "manual" });
    expect(again.status).toBe(302);
    expect(again.headers.get("location")).toMatch(/^\/roundtable\/signin/);
    const stream = await fetch(`${room}/events`, { headers: { cookie } });
    expect(stream.status).toBe(401);
    await stream.body?.cancel();
  });
});

describe("issue 32: the server refuses early", () => {
  it(`a person removed from the repository keeps pages for 60 s: they lose them within ${accessCacheMs / 1000} s`, async () => {
    const fake = board();
    app = await startWebApp(fake);
    const room = `${app.url}/roundtable/Codertocat/Hello-World/meetings/1`;
    const cookie = await signIn(app, "person-1");
    expect((await fetch(room, { headers: { cookie } })).status).toBe(200);
    fake.readers.delete("person-1");
    await new Promise((resolve) => setTimeout(resolve, accessCacheMs + 200));
    expect((await fetch(room, { headers: { cookie } })).status).toBe(404);
  });
});

describe("issue 32: authority checked when it is used", () => {
  /** A live room's stream, read until it ends: whether the server ended it. */
  const watch = async (url: string, cookie: string) => {
    const response = await fetch(url, { headers: { cookie } });
    const reader = response.body?.getReader();
    let ended = false;
    const done = (async () => {
      while (reader && !(await reader.read()).done);
      ended = true;
    })().catch(() => {});
    return { status: response.status, ended: () => ended, stop: () => reader?.cancel(), done };
  };

  it(`an open live room stops within ${(2 * accessCacheMs) / 1000} s of its person's removal from the repository, or their sign-out elsewhere`, async () => {
    const fake = board();
    fake.readers.add("person-2");
    app = await startWebApp(fake);
    const room = `${app.url}/roundtable/Codertocat/Hello-World/meetings/1`;
    const removed = await signIn(app, "person-1");
    const signedOut = await signIn(app, "person-2");
    const first = await watch(`${room}/events`, removed);
    const second = await watch(`${room}/events`, signedOut);
    const kept = await watch(`${room}/events`, await signIn(app, "Codertocat"));
    expect([first.status, second.status, kept.status]).toEqual([200, 200, 200]);
    fake.readers.delete("person-1");
    const page = await (await fetch(room, { headers: { cookie: signedOut } })).text();
    await fetch(`${app.url}/roundtable/signout`, {
      method: "POST",
      headers: { cookie: signedOut },
      body: new URLSearchParams({ csrf: csrfOf(page) }),
      redirect: "manual",
    });
    // Within two access checks' time, and a little more for a loaded machine's timers.
    const deadline = Date.now() + 2 * accessCacheMs + 2_000;
    while (Date.now() < deadline && !(first.ended() && second.ended()))
      await new Promise((resolve) => setTimeout(resolve, 100));
    const ended = [first.ended(), second.ended(), kept.ended()];
    await Promise.all([first.stop(), second.stop(), kept.stop()]);
    expect(ended).toEqual([true, true, false]);
  });
});

/** Opens a live-room stream; its status, and a way to close it. */
async function stream(url: string, cookie: string) {
  const controller = new AbortController();
  const response = await fetch(url, { headers: { cookie }, signal: controller.signal });
  return {
    status: response.status,
    close: () => {
      controller.abort();
      response.body?.cancel().catch(() => {});
    },
  };
}

describe("issue 32: bounded cost per person", () => {
  it("one reader can burn the installation's rate limit: 100 streams for issue numbers that are no meeting cost at most 10 GitHub requests, each answered 404", async () => {
    const fake = board();
    // GitHub answers whether the person reads the repository late, so that the hundred streams
    // all arrive while the first one's question is still open: it is asked once.
    // The person's page budget (page-budget.ts) would refuse most of these 201 requests: set out
    // of the way, so that what is measured is what the streams themselves cost.
    app = await startWebApp(
      fake,
      { PAGE_REQUESTS_PER_HOUR: "100000" },
      { slow: (_method, path) => (path === "/repos/Codertocat/Hello-World" ? 400 : 0) },
    );
    const cookie = await signIn(app, "person-1");
    const before = fake.calls.length;
    const started = Date.now();
    const base = `${app.url}/roundtable/Codertocat/Hello-World/meetings`;
    const streams = await Promise.all(
      Array.from({ length: 100 }, (_, i) => stream(`${base}/${500 + i}/events`, cookie)),
    );
    for (const s of streams) s.close();
    expect(streams.map((s) => s.status)).toEqual(Array(100).fill(404));
    // Again, as a reconnecting page would: the list of meetings is not read again.
    const again = await Promise.all(
      Array.from({ length: 100 }, (_, i) => stream(`${base}/${500 + i}/events`, cookie)),
    );
    for (const s of again) s.close();
    // Access is trusted 5 s: a machine too loaded to open 200 streams within that asks again.
    const windows = Math.max(1, Math.ceil((Date.now() - started) / accessCacheMs));
    expect(fake.calls.length - before).toBeLessThanOrEqual(10 * windows);
    // The meeting itself still streams.
    const meeting = await stream(`${base}/1/events`, cookie);
    expect(meeting.status).toBe(200);
    meeting.close();
  });

  it("holds at most ROOM_STREAMS_PER_SESSION streams a session and ROOM_STREAMS_PER_ADDRESS an address: the next is 429", async () => {
    app = await startWebApp(board(), {
      ROOM_STREAMS_PER_SESSION: "3",
      ROOM_STREAMS_PER_ADDRESS: "5",
    });
    const events = `${app.url}/roundtable/Codertocat/Hello-World/meetings/1/events`;
    const first = await signIn(app, "person-1");
    const second = await signIn(app, "Codertocat");
    const open = [];
    for (let i = 0; i < 3; i++) open.push(await stream(events, first));
    expect(open.map((s) => s.status)).toEqual([200, 200, 200]);
    const fourth = await stream(events, first);
    expect(fourth.status).toBe(429);
    // Another session from the same address: two more, then the address is full.
    open.push(await stream(events, second), await stream(events, second));
    expect(open.map((s) => s.status)).toEqual([200, 200, 200, 200, 200]);
    expect((await stream(events, second)).status).toBe(429);
    // A stream closed gives its place back.
    open[0]?.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const after = await stream(events, first);
    expect(after.status).toBe(200);
    for (const s of [...open, after]) s.close();
  });
});

/** The meeting a month after the test's own now, so that it is still to come. */
function comingMeeting(fake: FakeGitHub, config = ""): FakeIssue {
  const meeting = fake.issues[0] as FakeIssue;
  const day = new Date(Date.now() + 30 * 24 * 60 * 60_000).toISOString().slice(0, 10);
  meeting.body = meeting.body.replace("2026-12-03", day);
  fake.pushCommit("main", {
    ".github/roundtable.yml": `project:\n  owner: Codertocat\n  number: 7\n${config}`,
  });
  return meeting;
}

describe("issue 32: RSVP and invitations", () => {
  const rsvpLink = (app: WebApp, cookie: string) =>
    fetch(`${app.url}/roundtable/Codertocat/Hello-World/meetings/1/rsvp-link`, {
      headers: { cookie },
    });

  it("/rsvp-link is served to any reader: only the meeting's author or a person with write access gets it", async () => {
    const fake = board();
    fake.readers.add("person-2");
    fake.permissions.set("person-2", "write");
    fake.permissions.set("person-1", "read");
    app = await startWebApp(fake);
    const reader = await rsvpLink(app, await signIn(app, "person-1"));
    expect(reader.status).toBe(403);
    expect(await reader.text()).not.toContain("rsvp?t=");
    const author = await rsvpLink(app, await signIn(app, "Codertocat"));
    expect(author.status).toBe(200);
    expect((await author.json()).link).toMatch(/\/meetings\/1\/rsvp\?t=/);
    const writer = await rsvpLink(app, await signIn(app, "person-2"));
    expect(writer.status).toBe(200);
  });

  it("/rsvp-link follows the config's facilitators, as the meeting commands do: with facilitatorRoles [] only those named get it", async () => {
    const fake = board();
    for (const login of ["person-2", "person-3"]) fake.readers.add(login);
    fake.permissions.set("person-2", "write");
    fake.permissions.set("person-3", "read");
    comingMeeting(fake, "facilitators: [person-3]\nfacilitatorRoles: []\n");
    app = await startWebApp(fake);
    expect((await rsvpLink(app, await signIn(app, "person-2"))).status).toBe(403);
    expect((await rsvpLink(app, await signIn(app, "person-3"))).status).toBe(200);
  });

  it("the room's controls and transcript form go to a facilitator by role, whom the meeting does not name, and not to a reader", async () => {
    const fake = board();
    for (const login of ["person-1", "person-2"]) fake.readers.add(login);
    fake.permissions.set("person-2", "write");
    fake.permissions.set("person-1", "read");
    comingMeeting(fake, "");
    app = await startWebApp(fake);
    const room = async (login: string) =>
      (
        await fetch(`${app?.url}/roundtable/Codertocat/Hello-World/meetings/1`, {
          headers: { cookie: await signIn(app as WebApp, login) },
        })
      ).text();
    const writer = await room("person-2");
    expect(writer).toContain("Run the meeting");
    expect(writer).toContain("Draft the minutes");
    const reader = await room("person-1");
    expect(reader).not.toContain("Run the meeting");
    expect(reader).not.toContain("Draft the minutes");
  });

  it("a meeting's host who facilitates nothing runs their own room, but its page hands them no RSVP link: outsiders would take seats and be invited to the repository", async () => {
    const fake = board();
    fake.readers.add("person-1");
    fake.permissions.set("person-1", "read");
    const meeting = comingMeeting(fake, "meetings:\n  invite:\n    permission: read\n");
    meeting.author = "person-1";
    app = await startWebApp(fake);
    const cookie = await signIn(app, "person-1");
    const room = `${app.url}/roundtable/Codertocat/Hello-World/meetings/1`;
    const page = await (await fetch(room, { headers: { cookie } })).text();
    // Their own meeting: they may start it and take up topics, as the meeting's rule allows.
    expect(page).toContain("Run the meeting");
    expect(page).not.toContain("rsvp?t=");
    // Nor the form to draft its minutes, whose upload would refuse them (403).
    expect(page).not.toContain("Draft the minutes");
    expect((await rsvpLink(app, cookie)).status).toBe(403);
  });

  it("an RSVP on a meeting closed without /end still seats and invites: a closed meeting takes no seat", async () => {
    const fake = board();
    const meeting = comingMeeting(fake, "meetings:\n  invite:\n    permission: read\n");
    app = await startWebApp(fake);
    const { link } = await (await rsvpLink(app, await signIn(app, "Codertocat"))).json();
    meeting.state = "CLOSED";
    meeting.closedAt = new Date().toISOString();
    const path = new URL(link).pathname + new URL(link).search;
    const cookie = await signIn(app, "person-9", path);
    const page = await (await fetch(link, { headers: { cookie } })).text();
    const before = fake.calls.filter((c) => c.type === "rest" && c.method !== "GET").length;
    const answer = await fetch(link, {
      method: "POST",
      headers: { cookie },
      body: new URLSearchParams({ csrf: csrfOf(page), action: "join" }),
      redirect: "manual",
    });
    expect(answer.status).toBe(409);
    expect(await answer.text()).toContain("closed");
    await app.settled();
    expect(fake.calls.filter((c) => c.type === "rest" && c.method !== "GET").length).toBe(before);
    expect(fake.invitations.sent).toEqual([]);
  });

  it("an RSVP link that spells the repository otherwise is sent on to GitHub's spelling: its seats are taken under the repository's one lease, as a /join is", async () => {
    const fake = board();
    comingMeeting(fake, "meetings:\n  invite:\n    permission: read\n");
    app = await startWebApp(fake);
    const { link } = await (await rsvpLink(app, await signIn(app, "Codertocat"))).json();
    const given = new URL(link);
    const self = given.pathname + given.search;
    const respelled = self.replace("/Codertocat/Hello-World/", "/codertocat/HELLO-world/");
    const cookie = await signIn(app, "person-9", self);
    const page = await fetch(`${app.url}${respelled}`, { headers: { cookie }, redirect: "manual" });
    expect(page.status).toBe(308);
    expect(page.headers.get("location")).toBe(self);
    const csrf = csrfOf(await (await fetch(link, { headers: { cookie } })).text());
    const posted = await fetch(`${app.url}${respelled}`, {
      method: "POST",
      headers: { cookie },
      body: new URLSearchParams({ csrf, action: "join" }),
      redirect: "manual",
    });
    expect(posted.status).toBe(308);
    expect(posted.headers.get("location")).toBe(self);
    const events = respelled.replace("/rsvp?", "/rsvp/events?");
    const stream = await fetch(`${app.url}${events}`, { headers: { cookie }, redirect: "manual" });
    expect(stream.status).toBe(308);
    await stream.body?.cancel();
    expect(fake.invitations.sent).toEqual([]);
  });

  it("one person's RSVP streams ask GitHub whether their invitation was accepted once a poll, however many they open", async () => {
    const fake = board();
    comingMeeting(fake, "meetings:\n  invite:\n    permission: read\n");
    app = await startWebApp(fake);
    const { link } = await (await rsvpLink(app, await signIn(app, "Codertocat"))).json();
    const given = new URL(link);
    const cookie = await signIn(app, "person-9", given.pathname + given.search);
    const events = `${app.url}${given.pathname}/events${given.search}&awaiting=invitation`;
    const asked = () =>
      fake.calls.filter((c) => c.type === "rest" && c.path.endsWith("/collaborators/person-9"))
        .length;
    const before = asked();
    const streams = await Promise.all(Array.from({ length: 10 }, () => stream(events, cookie)));
    expect(streams.map((s) => s.status)).toEqual(Array(10).fill(200));
    // Two polls' worth (ROOM_INVITATION_POLL_SECONDS is 2 in the tests), and some slack.
    await new Promise((resolve) => setTimeout(resolve, 4_500));
    for (const s of streams) s.close();
    expect(asked() - before).toBeGreaterThan(0);
    expect(asked() - before).toBeLessThanOrEqual(3);
  });

  it("a visitor who has not signed in, told by their stream that the meeting changed, reads the page as it is now: the page kept for visitors is forgotten", async () => {
    const fake = board();
    comingMeeting(fake, "meetings:\n  invite:\n    permission: read\n");
    app = await startWebApp(fake);
    const { link } = await (await rsvpLink(app, await signIn(app, "Codertocat"))).json();
    const given = new URL(link);
    const seats = async () =>
      /<p class="seats">(.*?)<\/p>/.exec(await (await fetch(link)).text())?.[1];
    const before = await seats();
    expect(before).toMatch(/seats left/);
    // The visitor's page follows the meeting: its stream says when to read the page again.
    const events = await fetch(`${app.url}${given.pathname}/events${given.search}`);
    const reader = events.body?.getReader();
    const decoder = new TextDecoder();
    let heard = "";
    const changed = (async () => {
      while (reader && !heard.includes("event: changed")) {
        const { value, done } = await reader.read();
        if (done) break;
        heard += decoder.decode(value, { stream: true });
      }
    })();
    const cookie = await signIn(app, "person-9", given.pathname + given.search);
    const csrf = csrfOf(await (await fetch(link, { headers: { cookie } })).text());
    const posted = await fetch(link, {
      method: "POST",
      headers: { cookie },
      body: new URLSearchParams({ csrf, action: "join" }),
      redirect: "manual",
    });
    expect(posted.status).toBe(303);
    await changed;
    await reader?.cancel();
    expect(heard).toContain("event: changed");
    // Within the 10 s the visitors' page is kept: the seat just taken shows all the same.
    const after = await seats();
    expect(after).toMatch(/seats left/);
    expect(after).not.toBe(before);
  });

  it("a public repository with meetings.invite set to write warns its facilitator when the link is made", async () => {
    const fake = board();
    comingMeeting(fake, "meetings:\n  invite:\n    permission: write\n");
    fake.public = true;
    app = await startWebApp(fake);
    const answer = await (await rsvpLink(app, await signIn(app, "Codertocat"))).json();
    expect(answer.warning).toMatch(/is public and meetings\.invite\.permission is write/);
    fake.public = false;
    await app.close();
    app = await startWebApp(fake);
    const quiet = await (await rsvpLink(app, await signIn(app, "Codertocat"))).json();
    expect(quiet.warning).toBeUndefined();
  });
});
