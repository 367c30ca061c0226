import { createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import nock from "nock";
import { createNodeMiddleware } from "probot";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { parseConfig } from "../../src/config/index.js";
import { createClient } from "../../src/github/client.js";
import { runContext } from "../../src/jobs/run-context.js";
import { onTimeboxEnded } from "../../src/jobs/timebox.js";
import { runUseCase } from "../../src/jobs/use-case.js";
import { discordLimits, slackLimits, teamsLimits } from "../../src/render/index.js";
import { appForTest } from "../helpers/app-for-test.js";
import { ChatReceiver, downUrl, type Received } from "../helpers/chat-receivers.js";
import type { FakeGitHub, FakeIssue } from "../helpers/fake-github.js";
import { roundtable } from "../helpers/meeting-board.js";
import { mountGitHub } from "../helpers/mount-github.js";
import {
  example,
  mountInstallationToken,
  type Payload,
  receiveComment,
  roundtableProbot,
  type Said,
  testProbot,
} from "../helpers/probot.js";

const configText = [
  "project:\n  owner: Codertocat\n  number: 7",
  "votes:\n  eligible: participants",
  "notify:",
  "  - kind: slack\n    url: env:ROUNDTABLE_TEST_SLACK",
  "  - kind: teams\n    url: env:ROUNDTABLE_TEST_TEAMS",
  "  - kind: discord\n    url: env:ROUNDTABLE_TEST_DISCORD",
  "  - kind: webhook\n    url: env:ROUNDTABLE_TEST_WEBHOOK\n    secret: env:ROUNDTABLE_TEST_WEBHOOK_SECRET",
  "",
].join("\n");

/** Each platform's receiver, answering as the platform does on success. */
let receivers: Record<"slack" | "teams" | "discord" | "webhook", ChatReceiver>;
const envNames = {
  slack: "ROUNDTABLE_TEST_SLACK",
  teams: "ROUNDTABLE_TEST_TEAMS",
  discord: "ROUNDTABLE_TEST_DISCORD",
  webhook: "ROUNDTABLE_TEST_WEBHOOK",
} as const;
let server: Server | undefined;

beforeEach(async () => {
  nock.enableNetConnect("127.0.0.1");
  receivers = {
    slack: new ChatReceiver({ status: 200, body: "ok" }),
    teams: new ChatReceiver({ status: 202 }),
    discord: new ChatReceiver({ status: 204 }),
    webhook: new ChatReceiver({ status: 200 }),
  };
  for (const [kind, r] of Object.entries(receivers))
    vi.stubEnv(envNames[kind as keyof typeof envNames], await r.start(`/${kind}`));
  vi.stubEnv("ROUNDTABLE_TEST_WEBHOOK_SECRET", "webhook-signing-secret");
  // The app lets an owner use only its own variables, or those its allow-list gives it.
  vi.stubEnv("ROUNDTABLE_CHANNEL_VARIABLES", "Codertocat:*");
});

afterEach(async () => {
  for (const r of Object.values(receivers)) await r.stop();
  vi.unstubAllEnvs();
  server?.close();
  server = undefined;
});

function board(): FakeGitHub {
  const fake = roundtable();
  fake.pushCommit("main", { ".github/roundtable.yml": configText });
  return fake;
}

type Probot = Awaited<ReturnType<typeof roundtableProbot>>;

/** Someone comments on the meeting issue (#1), as GitHub holds it, and the app is told. */
function comment(
  probot: Probot,
  fake: FakeGitHub,
  said: Said & { delivery?: string },
): Promise<void> {
  return receiveComment(probot, fake, 1, said, said.delivery);
}

function opened(fake: FakeGitHub): Payload {
  const meeting = fake.issues[0] as FakeIssue;
  return example("issues", "opened", (p: Payload) => {
    p.issue.labels = [{ name: "meeting" }];
    p.issue.body = meeting.body;
    p.issue.node_id = meeting.id;
  });
}

/** What each platform's message says first: its title. */
const titleOf = {
  slack: (r: Received) =>
    ((r.body.blocks as Array<{ text?: { text: string } }>)[0]?.text?.text ?? "") as string,
  teams: (r: Received) =>
    (
      r.body.attachments as Array<{
        content: { body: Array<{ inlines: Array<{ text: string }> }> };
      }>
    )[0]?.content.body[0]?.inlines[0]?.text ?? "",
  discord: (r: Received) => (r.body.embeds as Array<{ title: string }>)[0]?.title ?? "",
  webhook: (r: Received) => r.body.title as string,
};

/** Each platform's documented shape and limits, checked on every message it received. */
function expectValid(kind: keyof typeof receivers, r: Received): void {
  expect(r.headers["content-type"]).toBe("application/json");
  if (kind === "slack") {
    const blocks = r.body.blocks as Array<{ type: string; text?: { type: string; text: string } }>;
    expect(typeof r.body.text).toBe("string");
    expect(blocks.length).toBeLessThanOrEqual(slackLimits.blocks);
    expect(blocks[0]).toMatchObject({ type: "header", text: { type: "plain_text" } });
    expect(blocks[0]?.text?.text.length).toBeLessThanOrEqual(slackLimits.header);
    for (const b of blocks) expect(["header", "rich_text", "context"]).toContain(b.type);
  }
  if (kind === "discord") {
    expect(r.body.allowed_mentions).toEqual({ parse: [] });
    const embeds = r.body.embeds as Array<{ title: string; description: string; url: string }>;
    expect(embeds.length).toBeGreaterThan(0);
    expect(embeds.length).toBeLessThanOrEqual(discordLimits.embeds);
    for (const e of embeds) {
      expect(e.title.length).toBeLessThanOrEqual(discordLimits.title);
      expect(e.description.length).toBeLessThanOrEqual(discordLimits.description);
      expect(e.url).toMatch(/^https:\/\/github\.com\//);
    }
  }
  if (kind === "teams") {
    expect(r.body.type).toBe("message");
    const [attachment] = r.body.attachments as Array<{
      contentType: string;
      content: Record<string, unknown>;
    }>;
    expect(attachment?.contentType).toBe("application/vnd.microsoft.card.adaptive");
    expect(attachment?.content).toMatchObject({
      $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
      type: "AdaptiveCard",
      version: "1.4",
    });
    expect(Buffer.byteLength(r.raw)).toBeLessThanOrEqual(teamsLimits.bytes);
  }
  if (kind === "webhook") {
    const signature = `sha256=${createHmac("sha256", "webhook-signing-secret").update(r.raw).digest("hex")}`;
    expect(r.headers["x-roundtable-signature-256"]).toBe(signature);
    expect(r.headers["x-roundtable-delivery"]).toBe(r.body.key);
    expect(r.body.version).toBe(1);
  }
}

describe("a whole meeting told to Slack, Teams, Discord and a webhook", () => {
  it("announced → now → time's up → outcome → ended: one message per event on every platform, in order; a redelivered /next sends nothing", async () => {
    const fake = board();
    const meeting = fake.issues[0] as FakeIssue;
    mountInstallationToken();
    mountGitHub(fake, { rest: ["GET", "POST", "PATCH", "DELETE"] });
    const probot = await roundtableProbot(fake);

    await probot.receive({ id: "opened-1", name: "issues", payload: opened(fake) });
    // A redelivered issues.opened (another delivery id, as a second instance would see it).
    await probot.receive({ id: "opened-2", name: "issues", payload: opened(fake) });
    let id = 9000;
    const say = (login: string, body: string, at: string) =>
      comment(probot, fake, { id: ++id, login, body, at });
    for (const [i, login] of ["person-1", "person-2", "person-4", "person-5"].entries())
      await say(login, "/join", `2026-11-21T10:0${i}:00Z`);
    await say("Codertocat", "/start", "2026-12-03T16:00:00Z");
    await say("Codertocat", "/next", "2026-12-03T16:01:00Z");
    const next = id;

    // The timebox ends: the app's timer tells the channels, once however often it fires.
    const config = parseConfig(configText);
    const github = createClient({ token: "installation-token", throttle: false });
    for (let fired = 0; fired < 2; fired++)
      await runUseCase(
        onTimeboxEnded,
        runContext({
          github,
          owner: "Codertocat",
          repo: "Hello-World",
          config,
          clock: () => "2026-12-03T16:11:01Z",
          log: () => {},
          secrets: process.env,
        }),
        { issue: 1, topic: 2, until: "2026-12-03T16:11:00Z" },
      );
    expect(
      (fake.comments.get(1) ?? []).filter((c) => c.body.includes("roundtable:times-up:")),
    ).toHaveLength(1);

    await say(
      "Codertocat",
      "/outcome Adopt follow-the-sun on-call from Q1 <!channel> @everyone",
      "2026-12-03T16:12:00Z",
    );
    await say("Codertocat", "/end", "2026-12-03T16:20:00Z");
    expect(meeting.state).toBe("CLOSED");

    // A redelivered /next (a new delivery id): the decision and its notice were recorded.
    await comment(probot, fake, {
      id: next,
      login: "Codertocat",
      body: "/next",
      at: "2026-12-03T16:01:00Z",
      delivery: "again",
    });

    const expected = [
      /^New meeting: On-call and incidents, 2026-12-03 17:00 \(Europe\/Berlin\)$/,
      /^Now on the table: \\?#2 Follow\\?-the\\?-sun on\\?-call$/,
      /^Time's up: \\?#2 Follow\\?-the\\?-sun on\\?-call$/,
      /^Outcome: \\?#2 Follow\\?-the\\?-sun on\\?-call$/,
      /^Meeting ended: On\\?-call and incidents$/,
    ];
    for (const kind of ["slack", "teams", "discord", "webhook"] as const) {
      const got = receivers[kind].received;
      expect(
        got.map((r) => titleOf[kind](r)),
        kind,
      ).toHaveLength(5);
      got.forEach((r, i) => {
        expect(titleOf[kind](r), `${kind} message ${i + 1}`).toMatch(expected[i] as RegExp);
        expectValid(kind, r);
      });
    }
    expect(receivers.webhook.received.map((r) => r.body.event)).toEqual([
      "meeting.announced",
      "topic.now",
      "timebox.ended",
      "topic.outcome",
      "meeting.ended",
    ]);
    // The outcome's words reach every platform, pinging nobody.
    expect(receivers.slack.received[3]?.raw).toContain(
      "Adopt follow-the-sun on-call from Q1 <!channel>",
    );
    expect(receivers.slack.received[3]?.body.text).not.toContain("<!channel>");
    expect(JSON.stringify(receivers.discord.received[3]?.body)).toContain("@\u200beveryone");
    // The keys sit in the meeting's region, where the bot keeps its record of the meeting.
    // The keys sit in the meeting's state, the comment Roundtable keeps on the meeting issue.
    const state = (fake.comments.get(1) ?? []).find((c) =>
      c.body.startsWith("<!-- roundtable:meeting-state -->"),
    );
    expect(state?.body).toMatch(/<!-- roundtable:notified \[.*"meeting-1:meeting\.ended".*\] -->/);
  }, 60_000);
});

describe("a meeting command that stopped part-way", () => {
  it("sent nothing, and its redelivery sends each notice once", async () => {
    const fake = board();
    mountInstallationToken();
    mountGitHub(fake, { rest: ["GET", "POST", "PATCH", "DELETE"] });
    const probot = await roundtableProbot(fake);
    // GitHub refuses the roman-vote comment once: the reply with the decision is already posted.
    let refusals = 0;
    fake.interceptors.push((call) => {
      const body = (call.type === "rest" && (call.body as { body?: string })?.body) || "";
      if (
        call.type === "rest" &&
        call.method === "POST" &&
        body.includes("roman-vote") &&
        refusals++ === 0
      )
        return [422, { message: "Validation Failed" }];
      return undefined;
    });
    const next = { id: 8001, login: "Codertocat", body: "/next", at: "2026-12-03T16:01:00Z" };
    await expect(comment(probot, fake, { ...next, delivery: "first" })).rejects.toThrow();
    expect(receivers.slack.received).toHaveLength(0);
    await comment(probot, fake, { ...next, delivery: "again" });
    await comment(probot, fake, { ...next, delivery: "and-again" });
    for (const r of Object.values(receivers)) expect(r.received).toHaveLength(1);
    expect(receivers.webhook.received[0]?.body.event).toBe("topic.now");
  });
});

describe("a channel that is down", () => {
  it("does not fail the meeting command: the topic goes on the table, the others are told", async () => {
    vi.stubEnv("ROUNDTABLE_TEST_TEAMS", await downUrl());
    const fake = board();
    mountInstallationToken();
    mountGitHub(fake, { rest: ["GET", "POST", "PATCH", "DELETE"] });
    const probot = await roundtableProbot(fake);
    await comment(probot, fake, {
      id: 7001,
      login: "Codertocat",
      body: "/start",
      at: "2026-12-03T16:00:00Z",
    });
    await comment(probot, fake, {
      id: 7002,
      login: "Codertocat",
      body: "/next",
      at: "2026-12-03T16:01:00Z",
    });
    const meeting = fake.issues[0] as FakeIssue;
    expect(
      meeting.comments?.some((c) => c.bot && c.body.includes("<!-- roundtable:meeting:7002 -->")),
    ).toBe(true);
    expect(fake.reactions.filter((r) => r.commentId === 7002).map((r) => r.content)).toEqual([
      "eyes",
      "+1",
    ]);
    expect(receivers.slack.received).toHaveLength(1);
    expect(receivers.discord.received).toHaveLength(1);
    expect(receivers.teams.received).toHaveLength(0);
  }, 30_000);
});

describe("the app over HTTP", () => {
  it("announces a meeting opened, through its own webhook endpoint", async () => {
    const fake = board();
    mountInstallationToken();
    mountGitHub(fake, { rest: ["GET", "POST", "PATCH"] });
    const probot = testProbot("webhook-secret");
    const middleware = await createNodeMiddleware(await appForTest(), { probot });
    const listening = createServer((req, res) => {
      void middleware(req, res, () => res.writeHead(404).end());
    });
    server = listening;
    await new Promise<void>((resolve) => listening.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(listening.address() as AddressInfo).port}/api/github/webhooks`;
    const body = JSON.stringify(opened(fake));
    const response = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-github-event": "issues",
        "x-github-delivery": "http-opened",
        "x-hub-signature-256": `sha256=${createHmac("sha256", "webhook-secret").update(body).digest("hex")}`,
      },
      body,
    });
    expect(response.status).toBe(200);
    expect(receivers.slack.received.map((r) => r.body.text)).toEqual([
      "New meeting: On-call and incidents, 2026-12-03 17:00 (Europe/Berlin) <https://github.com/Codertocat/Hello-World/issues/1|on GitHub>",
    ]);
    expect(receivers.webhook.received.map((r) => r.body.event)).toEqual(["meeting.announced"]);
  });
});
