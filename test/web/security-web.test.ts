import { afterEach, describe, expect, it } from "vitest";
import { accessCacheMs } from "../../src/web/routes.js";
import type { FakeGitHub } from "../helpers/fake-github.js";
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
    app = await startWebApp(fake);
    const cookie = await signIn(app, "person-1");
    const before = fake.calls.length;
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
    expect(fake.calls.length - before).toBeLessThanOrEqual(10);
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
