import nock from "nock";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { encodeRecord } from "../../src/core/index.js";
import type { FakeGitHub, FakeIssue } from "../helpers/fake-github.js";
import { people, roundtable } from "../helpers/meeting-board.js";
import { commentEvent, type Said } from "../helpers/probot.js";
import { deliver, serveApp, sleep } from "../helpers/serve-app.js";
import { type ServeOptions, serveFake } from "../helpers/serve-fake.js";

/**
 * Findings of issue 20 that concern the app, each through the real app over HTTP with signed
 * webhooks, the app talking to the fake GitHub served on loopback (real sockets: a request can
 * hang, and two deliveries can overlap).
 */
const closers: Array<() => void> = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
  vi.unstubAllEnvs();
});
beforeEach(() => {
  nock.enableNetConnect("127.0.0.1");
});

async function start(fake: FakeGitHub, options: Omit<ServeOptions, "app"> = {}) {
  const github = await serveFake(fake, { ...options, app: { slug: "roundtable" } });
  const app = await serveApp(github.url);
  closers.push(github.close, app.close);
  return app.url;
}

const issueOf = (fake: FakeGitHub, n: number) =>
  fake.issues.find((i) => i.number === n) as FakeIssue;

/**
 * Someone comments on issue `n`, and its issue_comment.created event is posted to the app (not
 * awaited: deliveries can overlap).
 */
function say(url: string, fake: FakeGitHub, n: number, said: Said) {
  return deliver(url, "issue_comment", `d-${said.id}`, commentEvent(fake, n, said));
}

const botComment = (fake: FakeGitHub, n: number, marker: string) =>
  (fake.comments.get(n) ?? []).find((c) => c.body.startsWith(`<!-- roundtable:${marker} -->\n`));
const reactionsOn = (fake: FakeGitHub, id: number) =>
  fake.reactions.filter((r) => r.commentId === id && !r.deleted).map((r) => r.content);

describe("a person's edit is never reverted", () => {
  it("the author edits the meeting's body while 14 people /join: every edit survives", async () => {
    const fake = roundtable();
    const meeting = issueOf(fake, 1);
    const url = await start(fake);
    // Each time the app reads the board, the author saves an edit a moment later: the app's
    // copy of the body is stale before it could write anything.
    let edits = 0;
    fake.interceptors.push((call) => {
      if (call.type === "graphql" && call.operation === "BoardNodes")
        setImmediate(() => {
          edits += 1;
          meeting.body = `${meeting.body}\n\nAuthor's note ${edits}`;
        });
      return undefined;
    });
    for (const [i, login] of people.entries()) {
      const response = await say(url, fake, 1, {
        id: 7000 + i,
        login,
        body: "/join",
        at: `2026-11-21T10:${String(i).padStart(2, "0")}:00Z`,
      });
      expect(response.status).toBe(200);
      await sleep(5);
      expect(meeting.body).toContain(`Author's note ${edits}`);
    }
    expect(edits).toBeGreaterThanOrEqual(14);
    for (let k = 1; k <= edits; k++) expect(meeting.body).toContain(`Author's note ${k}\n`.trim());
    expect(fake.calls.filter((c) => c.type === "rest" && c.method === "PATCH")).toEqual(
      fake.calls.filter(
        (c) => c.type === "rest" && c.method === "PATCH" && c.path.includes("/issues/comments/"),
      ),
    );
    const state = botComment(fake, 1, "meeting-state")?.body ?? "";
    expect(state).toContain("### Participants (12 of 12)");
    expect(state).toContain("### Waitlist (2)");
  });
});

describe("two /sponsor on one instance", () => {
  it("leave exactly one sponsor, and the second person is told who sponsors it", async () => {
    const fake = roundtable();
    const topic = issueOf(fake, 4);
    topic.assignees = [];
    const url = await start(fake);
    const first = say(url, fake, 4, {
      id: 7101,
      login: "person-7",
      body: "/sponsor",
      at: "2026-11-22T10:00:00Z",
    });
    await sleep(150);
    const second = say(url, fake, 4, {
      id: 7102,
      login: "person-8",
      body: "/sponsor",
      at: "2026-11-22T10:00:00Z",
    });
    expect((await first).status).toBe(200);
    expect((await second).status).toBe(200);
    expect(topic.assignees).toEqual(["person-7"]);
    expect(reactionsOn(fake, 7101)).toEqual(["+1"]);
    expect(reactionsOn(fake, 7102)).toEqual(["confused"]);
    expect(botComment(fake, 4, "reply:7102")?.body).toContain(
      "This topic is sponsored by person-7 already",
    );
  });
});

describe("records and markers only from Roundtable's own bot", () => {
  it("a topic titled with a record marker does not break /next's record", async () => {
    const fake = roundtable();
    issueOf(fake, 2).title = "x <!-- roundtable:record x -->";
    const url = await start(fake);
    for (const [i, login] of people.slice(0, 6).entries())
      await say(url, fake, 1, {
        id: 7200 + i,
        login,
        body: "/join",
        at: `2026-11-21T10:0${i}:00Z`,
      });
    await say(url, fake, 1, {
      id: 7210,
      login: "Codertocat",
      body: "/next",
      at: "2026-12-03T16:01:00Z",
    });
    const reply = botComment(fake, 1, "meeting:7210")?.body ?? "";
    expect(reply).toContain("x \\<!\u2060-- roundtable:record x -->");
    // The timebox has passed and nobody voted to go on: the topic closes, the next one opens.
    await say(url, fake, 1, {
      id: 7211,
      login: "Codertocat",
      body: "/next",
      at: "2026-12-03T16:12:00Z",
    });
    const status = Object.fromEntries(
      fake.project?.items.map((i) => [i.issue, i.values.Status]) ?? [],
    );
    expect(Object.values(status).filter((s) => s === "Discussing")).toHaveLength(1);
    expect(status[2]).toBe("Discussed");
  });

  it("another app's bot comment with Roundtable's markers is neither read nor edited", async () => {
    const fake = roundtable();
    const meeting = issueOf(fake, 1);
    const forged = `<!-- roundtable:meeting-state -->\nforged\n${encodeRecord({
      command: 1,
      events: [{ type: "end", at: "2026-11-20T10:00:00Z" }],
    })}`;
    meeting.comments = [
      {
        id: 6999,
        author: "other-app",
        bot: true,
        body: forged,
        votes: 0,
        createdAt: "2026-11-20T10:00:00Z",
      },
    ];
    const url = await start(fake);
    await say(url, fake, 1, {
      id: 7301,
      login: "person-1",
      body: "/join",
      at: "2026-11-21T10:00:00Z",
    });
    // The forged "end" record decided nothing: person-1 is seated, not told the meeting ended.
    expect(reactionsOn(fake, 7301)).toEqual(["eyes", "+1"]);
    expect(meeting.comments[0]?.body).toBe(forged);
    const state = botComment(fake, 1, "meeting-state")?.body ?? "";
    expect(state).toContain("1. [person-1](https://github.com/person-1)");
  });
});

describe("nothing waits forever", () => {
  it("a request GitHub never answers settles the command (😕 and one line), the next event is served, and a retry completes it", async () => {
    vi.stubEnv("ROUNDTABLE_REQUEST_TIMEOUT_MS", "400");
    vi.stubEnv("ROUNDTABLE_RETRY_JOB_BASE_MS", "600");
    const fake = roundtable();
    let hung = 0;
    const url = await start(fake, {
      hang: (_method, path, body) =>
        path === "/graphql" &&
        /query BoardNodes/.test(String((body as { query?: string })?.query)) &&
        hung++ === 0,
    });
    const began = Date.now();
    const first = say(url, fake, 1, {
      id: 7401,
      login: "person-1",
      body: "/join",
      at: "2026-11-21T10:00:00Z",
    });
    await sleep(150);
    const second = say(url, fake, 1, {
      id: 7402,
      login: "person-2",
      body: "/join",
      at: "2026-11-21T10:01:00Z",
    });
    // Handed to a retry: the delivery is done, GitHub need not redeliver it.
    expect((await first).status).toBe(200);
    expect((await second).status).toBe(200);
    expect(Date.now() - began).toBeLessThan(5_000);
    expect(reactionsOn(fake, 7401)).toEqual(["eyes", "confused"]);
    const reply = botComment(fake, 1, "reply:7401")?.body ?? "";
    expect(reply.split("\n")).toHaveLength(2);
    expect(reply).toContain(
      "Roundtable could not finish this command yet: GitHub did not answer in time. It will be completed by itself in a few minutes; there is nothing to do.",
    );
    expect(reactionsOn(fake, 7402)).toEqual(["eyes", "+1"]);
    expect(botComment(fake, 1, "meeting-state")?.body).toContain(
      "[person-2](https://github.com/person-2)",
    );
    // The retry: 😕 gives way to 👍, the reply says it is done, person-1 is seated.
    const done = () => reactionsOn(fake, 7401).includes("+1");
    for (let i = 0; i < 100 && !done(); i++) await sleep(50);
    expect(reactionsOn(fake, 7401)).toEqual(["eyes", "+1"]);
    expect(botComment(fake, 1, "reply:7401")?.body).toContain(
      "Done: Roundtable completed this command",
    );
    expect(botComment(fake, 1, "meeting-state")?.body).toContain(
      "[person-1](https://github.com/person-1)",
    );
  });
});

describe("config as Probot reads it", () => {
  it("the config-error comment names the setting and the file, never a value from the base repository", async () => {
    const fake = roundtable();
    fake.pushCommit("main", {
      ".github/roundtable.yml": "_extends: private-base:base.yml\n",
    });
    fake.elsewhere.set(
      "Codertocat/private-base:base.yml",
      "votes:\n  perPerson: secret-budget-code-4711\n",
    );
    const url = await start(fake);
    await say(url, fake, 4, {
      id: 7501,
      login: "person-7",
      body: "/sponsor",
      at: "2026-11-22T10:00:00Z",
    });
    const comment = botComment(fake, 4, "config-error")?.body ?? "";
    expect(comment).toContain(
      "Codertocat/Hello-World:.github/roundtable.yml extends Codertocat/private-base:base.yml: votes.perPerson: expected a whole number from 1 to 20",
    );
    expect(comment).not.toContain("secret-budget-code-4711");
  });
});

describe("permissions", () => {
  it("without the Members permission, team eligibility is said once, and no event fails", async () => {
    const fake = roundtable();
    fake.pushCommit("main", {
      ".github/roundtable.yml": "votes:\n  eligible:\n    team: leads\n",
    });
    fake.interceptors.push((call) =>
      call.type === "rest" && call.path.endsWith("/teams/leads/members")
        ? [403, { message: "Resource not accessible by integration" }]
        : undefined,
    );
    const url = await start(fake);
    for (const id of [7601, 7602, 7603]) {
      const response = await say(url, fake, 4, {
        id,
        login: "person-7",
        body: "Looking forward to this one",
        at: "2026-11-22T10:00:00Z",
      });
      expect(response.status).toBe(200);
    }
    const told = (fake.comments.get(4) ?? []).filter((c) => c.body.includes("Members: read"));
    expect(told).toHaveLength(1);
    expect(told[0]?.body).toContain(
      '.github/roundtable.yml: votes.eligible: the members of the team "leads" cannot be read (GitHub answered 403): grant the app the organisation permission Members: read',
    );
  });
});
