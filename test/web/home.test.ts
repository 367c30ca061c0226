import { afterEach, describe, expect, it } from "vitest";
import type { FakeGitHub } from "../helpers/fake-github.js";
import { roundtable } from "../helpers/meeting-board.js";
import { signIn } from "../helpers/sign-in.js";
import { startWebApp, type WebApp } from "../helpers/web-app.js";

let app: WebApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Codertocat/Hello-World, with its meeting #1, readable by person-1 and person-2. */
function board(): FakeGitHub {
  const fake = roundtable();
  fake.readers = new Set(["Codertocat", "person-1", "person-2"]);
  return fake;
}

/** The requests GitHub was asked since `from`, as "METHOD path". */
const asked = (fake: FakeGitHub, from: number) =>
  fake.calls.slice(from).map((c) => (c.type === "rest" ? `${c.method} ${c.path}` : c.operation));

describe("the signed-in home", () => {
  it("lists the boards the person can read, each with its open meetings and a link to the room", async () => {
    const fake = board();
    app = await startWebApp(fake);
    const cookie = await signIn(app, "person-1");
    const html = await (await fetch(`${app.url}/roundtable`, { headers: { cookie } })).text();
    expect(html).toContain("<h1>Your boards</h1>");
    expect(html).toContain('href="/roundtable/Codertocat/Hello-World">Codertocat/Hello-World</a>');
    expect(html).toContain(
      'href="/roundtable/Codertocat/Hello-World/meetings/1">Lean coffee, December</a>',
    );
    expect(html).not.toContain("more board");

    // A stranger reads none of the App's repositories: no board, and the way to open one.
    const stranger = await signIn(app, "stranger");
    const none = await (
      await fetch(`${app.url}/roundtable`, { headers: { cookie: stranger } })
    ).text();
    expect(none).toContain("Roundtable is not installed on any repository you can read");
  });

  it("costs GitHub a bounded number of requests, once a minute however often the person reloads, and says how many more", async () => {
    const fake = board();
    fake.alsoInstalledOn = 40;
    app = await startWebApp(fake);
    const cookie = await signIn(app, "person-2");
    const from = fake.calls.length;
    const html = await (await fetch(`${app.url}/roundtable`, { headers: { cookie } })).text();
    const first = asked(fake, from);
    // The list (2 requests), then each of the 12 boards shown: its config and its meetings.
    expect(first.slice(0, 2)).toEqual([
      "GET /user/installations",
      "GET /user/installations/2/repositories",
    ]);
    expect(first.length).toBeLessThanOrEqual(2 + 12 * 4);
    expect(html.match(/<li class="card">/g)).toHaveLength(12);
    expect(html).toContain("and 29 more boards");
    for (let i = 0; i < 5; i++) await fetch(`${app.url}/roundtable`, { headers: { cookie } });
    expect(asked(fake, from)).toHaveLength(first.length);
  });
});
