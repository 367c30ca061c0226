import { readFileSync } from "node:fs";
import nock from "nock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppProcess, GitHubForProcesses, startApp } from "../helpers/app-process.js";
import { FakeGitHub } from "../helpers/fake-github.js";

// The app as `npm start` runs it (scripts/start.mjs: the stale check, then the one-file bundle in
// lib/app-bundle/, built by the global setup) holds what the modules read from beside
// themselves: the web pages' static files, and the sign-in's encrypted session. A path that only
// works from lib/ fails here.
const github = new GitHubForProcesses(new FakeGitHub());
let app: AppProcess | undefined;
const publicUrl = "http://127.0.0.1";

beforeAll(async () => {
  // The app process and the fake GitHub, on loopback only.
  nock.enableNetConnect("127.0.0.1");
  await github.start();
  app = await startApp(
    github,
    {
      GITHUB_CLIENT_ID: "Iv1.bundle",
      GITHUB_CLIENT_SECRET: "bundle-secret",
      SESSION_SECRET: "a session secret of at least thirty-two characters",
      PUBLIC_URL: publicUrl,
    },
    "scripts/start.mjs",
  );
}, 30_000);

afterAll(async () => {
  await app?.stop();
  await github.stop();
});

describe("the app's bundle, as npm start runs it", () => {
  it.each([
    ["room.css", "text/css; charset=utf-8"],
    ["room.js", "text/javascript; charset=utf-8"],
    ["rsvp.js", "text/javascript; charset=utf-8"],
  ])("serves static/%s byte for byte", async (name, type) => {
    const answer = await fetch(`${app?.url}/roundtable/static/${name}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toBe(type);
    expect(await answer.text()).toBe(readFileSync(`static/${name}`, "utf8"));
  });

  it("sends a person who is not signed in to GitHub's sign-in, with an encrypted session cookie", async () => {
    const room = await fetch(`${app?.url}/roundtable/acme/board/meetings/1`, {
      redirect: "manual",
    });
    expect(room.status).toBe(302);
    const signin = room.headers.get("location") ?? "";
    expect(signin).toBe("/roundtable/signin?next=%2Froundtable%2Facme%2Fboard%2Fmeetings%2F1");
    const answer = await fetch(`${app?.url}${signin}`, { redirect: "manual" });
    expect(answer.status).toBe(302);
    const to = new URL(answer.headers.get("location") ?? "");
    expect(to.pathname).toBe("/login/oauth/authorize");
    expect(to.searchParams.get("client_id")).toBe("Iv1.bundle");
    expect(to.searchParams.get("redirect_uri")).toBe(`${publicUrl}/roundtable/callback`);
    const cookie = answer.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    // Sealed by iron-session: the state is not readable in the cookie.
    expect(cookie).not.toContain(to.searchParams.get("state") ?? "no state");
  });
});
