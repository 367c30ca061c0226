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
