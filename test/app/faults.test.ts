import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  type AppProcess,
  deliver,
  GitHubForProcesses,
  startApp,
  warningsOnly,
} from "../helpers/app-process.js";
import type { FakeGitHub, FakeIssue } from "../helpers/fake-github.js";
import { type FaultProxy, type FaultRule, faultProxy } from "../helpers/fault-proxy.js";
import { botComments, commentDelivery, startedMeeting } from "../helpers/instances.js";
import { people } from "../helpers/meeting-board.js";
import { type RedisServer, startRedis } from "../helpers/redis.js";

// The real app as a process (`node lib/app-bundle/index.js`, what `npm start` runs), signed
// webhooks over HTTP, and the fault proxy between it and the fake GitHub, failing requests as
// GitHub does. Waits are shortened by
// env (a Retry-After second is 20 ms here), never by skipping them.
const waits = {
  ROUNDTABLE_RETRY_BASE_MS: "20",
  ROUNDTABLE_WAIT_MAX_MS: "600",
  ROUNDTABLE_RETRY_JOB_BASE_MS: "300",
};
let sequence = 30_000;
const nextId = () => ++sequence;

const region = (fake: FakeGitHub) =>
  botComments(fake, 1).find((c) => c.body.startsWith("<!-- roundtable:meeting-state -->"))?.body ??
  "";
const statuses = (fake: FakeGitHub) =>
  Object.fromEntries(fake.project?.items.map((i) => [i.issue, i.values.Status]) ?? []);
/** The bot's reactions now on a comment (deleted ones gone). */
const reactionsOn = (fake: FakeGitHub, id: number) =>
  fake.reactions.filter((r) => r.commentId === id && !r.deleted).map((r) => r.content);
/** Commands left marked 👀 and nothing else: neither done (👍) nor told (😕). */
const leftAtEyes = (fake: FakeGitHub, ids: number[]) =>
  ids.filter((id) => {
    const r = reactionsOn(fake, id);
    return !r.includes("+1") && !r.includes("confused");
  });
/** The meeting's state comments (one, unless a write was made twice). */
const stateComments = (fake: FakeGitHub) =>
  botComments(fake, 1).filter((c) => c.body.startsWith("<!-- roundtable:meeting-state -->"));
/** The bot's markers found on more than one of its comments. */
const doubled = (fake: FakeGitHub) => {
  const markers = botComments(fake, 1).map((c) => /^<!-- roundtable:(\S+) -->/.exec(c.body)?.[1]);
  return markers.filter((m, i) => m && markers.indexOf(m) !== i);
};
const until = async (check: () => boolean, ms = 15_000) => {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
  return check();
};

describe("faults between the app and GitHub", () => {
  const github = new GitHubForProcesses(startedMeeting());
  let proxy: FaultProxy;
  let app: AppProcess;

  beforeAll(async () => {
    nock.enableNetConnect("127.0.0.1");
    proxy = await faultProxy(github.upstream);
    app = await startApp({ host: proxy.host } as GitHubForProcesses, {
      ROUNDTABLE_THROTTLING: "",
      ...waits,
      ...warningsOnly,
    });
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
    await proxy?.close();
    await github.stop();
  });
  afterEach(() => {
    proxy.rules = [];
  });
  const fresh = (rules: FaultRule[]) => {
    const fake = startedMeeting();
    github.fake = fake;
    proxy.rules = rules;
    for (const k of Object.keys(proxy.injected))
      proxy.injected[k as keyof typeof proxy.injected] = 0;
    return fake;
  };

  const everyFifth: Array<[string, FaultRule]> = [
    ["a 502", { fault: "502", path: /^\/(repos|graphql)/, every: 5 }],
    ["a secondary limit", { fault: "secondary", path: /^\/(repos|graphql)/, every: 5 }],
    [
      "a connection dropped after the write",
      { fault: "drop-after", path: /^\/(repos|graphql)/, every: 5 },
    ],
  ];
  for (const [name, rule] of everyFifth)
    it(`14 /join with ${name} on every 5th request: the region is right, no 👀 left, no redelivery`, async () => {
      const fake = fresh([rule]);
      (fake.issues[0] as FakeIssue).comments = [];
      const joins = people.map((login) =>
        commentDelivery(fake, 1, { id: nextId(), login, body: "/join" }),
      );
      const answered = [];
      for (const d of joins) answered.push(await deliver(app, d));
      const ids = joins.map((d) => d.payload.comment.id);
      await until(
        () => leftAtEyes(fake, ids).length === 0 && region(fake).includes("Waitlist (2)"),
      );
      console.log(
        `${name}: injected ${proxy.injected[rule.fault]}, answered ${answered.join(",")}, ` +
          `left at 👀 ${leftAtEyes(fake, ids).length}, region ${/Participants \(\d+ of 12\)/.exec(region(fake))?.[0] ?? "none"}`,
      );
      expect(proxy.injected[rule.fault]).toBeGreaterThan(0);
      expect(region(fake)).toContain("### Participants (12 of 12)");
      expect(region(fake)).toContain("### Waitlist (2)");
      expect(leftAtEyes(fake, ids)).toEqual([]);
      for (const id of ids) expect(reactionsOn(fake, id)).toContain("+1");
      for (const id of ids) expect(reactionsOn(fake, id)).not.toContain("confused");
      // One state comment, and every reply once: nothing was written twice.
      expect(stateComments(fake)).toHaveLength(1);
      expect(doubled(fake)).toEqual([]);
    }, 120_000);

  it("/next whose reply was applied, then answered 502: the reply is posted once", async () => {
    const fake = fresh([
      { fault: "502-after", method: "POST", path: /\/issues\/1\/comments$/, times: 1 },
    ]);
    const next = commentDelivery(fake, 1, { id: nextId(), login: "Codertocat", body: "/next" });
    expect(await deliver(app, next)).toBe(200);
    const id = next.payload.comment.id;
    await until(() => reactionsOn(fake, id).includes("+1"));
    const replies = botComments(fake, 1).filter((c) =>
      c.body.startsWith(`<!-- roundtable:meeting:${id} -->`),
    );
    console.log(`502-after: injected ${proxy.injected["502-after"]}, replies ${replies.length}`);
    expect(proxy.injected["502-after"]).toBe(1);
    expect(replies).toHaveLength(1);
    expect(statuses(fake)[2]).toBe("Discussing");
    expect(reactionsOn(fake, id)).toEqual(["eyes", "+1"]);
  }, 60_000);

  it("/next whose reply is secondary-limited past the webhook's time completes in the retry job", async () => {
    // Retry-After 60 s is 1.2 s here: more than the 0.6 s a delivery may wait.
    const fake = fresh([
      {
        fault: "secondary",
        method: "POST",
        path: /\/issues\/1\/comments$/,
        times: 1,
        retryAfter: 60,
      },
    ]);
    const next = commentDelivery(fake, 1, { id: nextId(), login: "Codertocat", body: "/next" });
    expect(await deliver(app, next)).toBe(200);
    const id = next.payload.comment.id;
    const told = botComments(fake, 1).find((c) =>
      c.body.startsWith(`<!-- roundtable:reply:${id} -->`),
    );
    console.log(
      `secondary /next: reactions after the delivery ${reactionsOn(fake, id)}, told: ${told?.body.split("\n")[1] ?? "nothing"}`,
    );
    expect(told?.body).toMatch(/will be completed/);
    expect(reactionsOn(fake, id)).toContain("confused");
    expect(await until(() => reactionsOn(fake, id).includes("+1"))).toBe(true);
    expect(reactionsOn(fake, id)).toEqual(["eyes", "+1"]);
    const reply = botComments(fake, 1).find((c) =>
      c.body.startsWith(`<!-- roundtable:meeting:${id} -->`),
    );
    expect(reply?.body).toContain("Now on the table");
    expect(statuses(fake)[2]).toBe("Discussing");
    const done = botComments(fake, 1).find((c) =>
      c.body.startsWith(`<!-- roundtable:reply:${id} -->`),
    );
    expect(done?.body ?? "").not.toMatch(/could not/);
  }, 60_000);

  it("/end whose page commits fail says the pages will follow, and the retry writes them", async () => {
    const fake = fresh([{ fault: "502", operation: "createCommitOnBranch" }]);
    const end = commentDelivery(fake, 1, { id: nextId(), login: "Codertocat", body: "/end" });
    expect(await deliver(app, end)).toBe(200);
    const id = end.payload.comment.id;
    const said = botComments(fake, 1)
      .filter((c) => c.body.includes(`reply:${id}`) || c.body.includes(`meeting:${id}`))
      .map((c) => c.body)
      .join("\n");
    const pages = () => [...fake.files().keys()].filter((p) => p.startsWith("docs/meetings/"));
    console.log(
      `/end: commits failed ${proxy.injected["502"]}, pages ${pages().length}, said: ${/pages[^.]*\./.exec(said)?.[0] ?? "nothing"}`,
    );
    expect(said).toMatch(/pages will follow/);
    expect((fake.issues[0] as FakeIssue).state).toBe("CLOSED");
    proxy.rules = [];
    expect(await until(() => pages().length > 0)).toBe(true);
  }, 60_000);
});

describe("the next event heals what an earlier command left", () => {
  const github = new GitHubForProcesses(startedMeeting());
  let proxy: FaultProxy;
  let app: AppProcess;

  beforeAll(async () => {
    nock.enableNetConnect("127.0.0.1");
    proxy = await faultProxy(github.upstream);
    // Retries set far off: only the next event can mend what the fault left.
    app = await startApp({ host: proxy.host } as GitHubForProcesses, {
      ROUNDTABLE_THROTTLING: "",
      ...waits,
      ROUNDTABLE_RETRY_JOB_BASE_MS: "600000",
    });
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
    await proxy?.close();
    await github.stop();
  });

  it("two state comments a fault left are one after the next event: the oldest kept, merged, the other deleted and logged", async () => {
    const fake = startedMeeting();
    github.fake = fake;
    const early = "2026-11-21T10:00:00Z";
    const seats = (login: string, at: string) =>
      `<!-- roundtable:seats {"rsvps":[{"login":"${login}","action":"join","at":"${at}"}]} -->`;
    (fake.issues[0] as FakeIssue).comments?.push(
      {
        id: 301,
        author: "roundtable",
        bot: true,
        body: `<!-- roundtable:meeting-state -->\nold\n${seats("rsvp-1", "2026-11-21T10:01:00Z")}\n`,
        votes: 0,
        createdAt: early,
      },
      {
        id: 302,
        author: "roundtable",
        bot: true,
        body: `<!-- roundtable:meeting-state -->\nolder still\n${seats("rsvp-2", "2026-11-21T10:02:00Z")}\n`,
        votes: 0,
        createdAt: early,
      },
    );
    // The fake lists Roundtable's own comments from its store of them.
    fake.comments.set(
      1,
      (fake.issues[0] as FakeIssue).comments
        ?.filter((c) => c.id > 300)
        .map(({ id, body }) => ({ id, body })) ?? [],
    );
    proxy.rules = [];
    const join = commentDelivery(fake, 1, { id: nextId(), login: "person-13", body: "/join" });
    expect(await deliver(app, join)).toBe(200);
    const states = botComments(fake, 1).filter((c) =>
      c.body.startsWith("<!-- roundtable:meeting-state -->"),
    );
    expect(states.map((c) => c.id)).toEqual([301]);
    // Both RSVP seats survive the merge, ahead of the /join that came after them.
    expect(region(fake)).toContain("### Waitlist (3)");
    expect(region(fake)).toMatch(/rsvp-1[\s\S]*rsvp-2[\s\S]*person-13/);
    expect(
      app.log.some((l) => /delete comment 302 on #1: a second meeting-state comment/.test(l)),
    ).toBe(true);
  }, 60_000);

  it("a /join whose region write failed is in the region once anyone's next command is done", async () => {
    const fake = startedMeeting();
    github.fake = fake;
    // Writing the meeting's state fails three times: every try the write makes.
    proxy.rules = [{ fault: "502", method: "POST", path: /\/issues\/1\/comments$/, times: 3 }];
    const first = commentDelivery(fake, 1, { id: nextId(), login: "person-13", body: "/join" });
    expect(await deliver(app, first)).toBe(200);
    expect(proxy.injected["502"]).toBe(3);
    expect(region(fake)).not.toContain("person-13");
    expect(reactionsOn(fake, first.payload.comment.id)).toEqual(["eyes", "confused"]);
    proxy.rules = [];
    const next = commentDelivery(fake, 1, { id: nextId(), login: "person-14", body: "/join" });
    expect(await deliver(app, next)).toBe(200);
    expect(region(fake)).toContain(
      "### Waitlist (2)\n\n1. [person-13](https://github.com/person-13)",
    );
    expect(region(fake)).toContain("2. [person-14](https://github.com/person-14)");
  }, 60_000);

  // The same app process: its settings are these, and each test has a fake of its own.
  describe("the next event heals a /next that stopped after its record", () => {
    it("the topic on the table is set Discussing by the next event", async () => {
      const fake = startedMeeting();
      github.fake = fake;
      // The record is written; setting the topic's Status then fails, past every try.
      proxy.rules = [{ fault: "502", operation: "updateProjectV2ItemFieldValue", times: 4 }];
      proxy.injected["502"] = 0; // the app is the tests' before: count this one's faults alone
      const next = commentDelivery(fake, 1, { id: nextId(), login: "Codertocat", body: "/next" });
      expect(await deliver(app, next)).toBe(200);
      const id = next.payload.comment.id;
      expect(proxy.injected["502"]).toBe(4);
      expect(
        botComments(fake, 1).some((c) => c.body.startsWith(`<!-- roundtable:meeting:${id} -->`)),
      ).toBe(true);
      expect(statuses(fake)[2]).toBe("To discuss");
      proxy.rules = [];
      const join = commentDelivery(fake, 1, { id: nextId(), login: "person-13", body: "/join" });
      expect(await deliver(app, join)).toBe(200);
      expect(statuses(fake)).toEqual({ 2: "Discussing", 3: "To discuss", 4: "To discuss" });
    }, 60_000);
  });
});

describe("14 /join on two instances sharing Redis, every 5th answer cut after its headers", () => {
  const github = new GitHubForProcesses(startedMeeting());
  let proxy: FaultProxy;
  let redis: RedisServer;
  let apps: AppProcess[] = [];

  beforeAll(async () => {
    nock.enableNetConnect("127.0.0.1");
    redis = await startRedis();
    proxy = await faultProxy(github.upstream);
    const env = {
      ROUNDTABLE_THROTTLING: "",
      ...waits,
      REDIS_URL: redis.url,
      ROUNDTABLE_LEASE_MS: "3000",
      ...warningsOnly,
    };
    apps = await Promise.all(
      [1, 2].map(() => startApp({ host: proxy.host } as GitHubForProcesses, env)),
    );
  }, 60_000);
  afterAll(async () => {
    await Promise.all(apps.map((a) => a.stop()));
    await proxy?.close();
    await github.stop();
    await redis?.stop();
  });

  it("one state comment, 12 seated, 2 waiting, each reply once", async () => {
    const fake = startedMeeting();
    (fake.issues[0] as FakeIssue).comments = [];
    github.fake = fake;
    proxy.rules = [{ fault: "drop-after", path: /^\/(repos|graphql)/, every: 5 }];
    const joins = people.map((login) =>
      commentDelivery(fake, 1, { id: nextId(), login, body: "/join" }),
    );
    // Side by side, alternating between the instances, as GitHub's deliveries come.
    await Promise.all(joins.map((d, i) => deliver(apps[i % 2] as AppProcess, d)));
    const ids = joins.map((d) => d.payload.comment.id);
    await until(
      () => leftAtEyes(fake, ids).length === 0 && region(fake).includes("Waitlist (2)"),
      30_000,
    );
    console.log(
      `two instances, drop-after every 5th: injected ${proxy.injected["drop-after"]}, state comments ${stateComments(fake).length}, doubled ${doubled(fake).join(",") || "none"}`,
    );
    expect(proxy.injected["drop-after"]).toBeGreaterThan(0);
    expect(stateComments(fake)).toHaveLength(1);
    expect(region(fake)).toContain("### Participants (12 of 12)");
    expect(region(fake)).toContain("### Waitlist (2)");
    expect(doubled(fake)).toEqual([]);
    expect(leftAtEyes(fake, ids)).toEqual([]);
  }, 120_000);
});
