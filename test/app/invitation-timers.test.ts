import nock from "nock";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  type AppProcess,
  deliver,
  GitHubForProcesses,
  startApp,
  startBefore,
} from "../helpers/app-process.js";
import { ChatReceiver } from "../helpers/chat-receivers.js";
import type { FakeGitHub, FakeIssue } from "../helpers/fake-github.js";
import { botComments, commentDelivery } from "../helpers/instances.js";
import { people, roundtable } from "../helpers/meeting-board.js";
import { clockFrom } from "../helpers/moved-clock.js";

/**
 * Invitations on the app's timers, through the built app as a process over HTTP, with signed
 * webhooks and one fake GitHub: waiting invitations sent when GitHub's limit allows (no seat
 * change needed), the reminder a day before the meeting, and a personal repository said plainly.
 */
let sequence = 40_000;
/** How often the first test's app tries waiting invitations again (an hour in production). */
const retryMs = 400;
const nextId = () => ++sequence;

/** The meeting board with meetings.invite; person-1…4 can use the repository already. */
function board(settings = ""): FakeGitHub {
  const fake = roundtable();
  fake.pushCommit("main", {
    ".github/roundtable.yml": `project:\n  owner: Codertocat\n  number: 7\nvotes:\n  eligible: participants\nmeetings:\n  invite:\n    permission: read\n${settings}`,
  });
  for (const login of people.slice(0, 4)) fake.permissions.set(login, "write");
  return fake;
}

const state = (fake: FakeGitHub) =>
  botComments(fake, 1).find((c) => c.body.startsWith("<!-- roundtable:meeting-state -->"))?.body ??
  "";
const sentTo = (fake: FakeGitHub) => fake.invitations.sent.map((s) => s.invitee);
const until = async (done: () => boolean, ms: number) => {
  for (const end = Date.now() + ms; !done() && Date.now() < end; )
    await new Promise((r) => setTimeout(r, 100));
};

let app: AppProcess | undefined;
let github: GitHubForProcesses | undefined;
beforeAll(() => {
  nock.enableNetConnect("127.0.0.1");
});
afterEach(async () => {
  await app?.stop();
  await github?.stop();
  app = undefined;
});

async function start(fake: FakeGitHub, env: Record<string, string> = {}) {
  github = new GitHubForProcesses(fake);
  await github.start();
  app = await startApp(github, env);
  return app;
}

describe("invitations on the app's timers", () => {
  it("sends the invitations GitHub's daily limit held back once it allows them, with no seat taken or given up", async () => {
    const fake = board();
    (fake.issues[0] as FakeIssue).body = (fake.issues[0] as FakeIssue).body.replace(
      "2026-12-03",
      "2030-01-15",
    );
    fake.invitations.limit = 3;
    fake.clock = "2026-11-21T10:00:00Z";
    const running = await start(fake, { ROUNDTABLE_INVITATION_RETRY_MS: String(retryMs) });
    for (const login of people.slice(4, 9))
      expect(
        await deliver(running, commentDelivery(fake, 1, { id: nextId(), login, body: "/join" })),
      ).toBe(200);
    expect(sentTo(fake)).toEqual(["person-5", "person-6", "person-7"]);
    expect(state(fake)).toContain(
      "GitHub's limit of 50 repository invitations in 24 hours is reached: 2 invitations wait (person-8, person-9) and are tried again every hour",
    );
    // The timer tries again while the limit holds: nothing is sent, and it is set again.
    await until(() => running.log.some((l) => l.includes("some still wait")), 5_000);
    expect(running.log.some((l) => l.includes("some still wait"))).toBe(true);
    expect(sentTo(fake)).toHaveLength(3);
    // A day later GitHub allows more: the next retry sends them, each once.
    fake.clock = "2026-11-22T10:00:01Z";
    await until(() => sentTo(fake).length === 5, 6_000);
    expect(sentTo(fake).sort()).toEqual(people.slice(4, 9).sort());
    await until(() => !state(fake).includes("invitations wait"), 3_000);
    expect(state(fake)).not.toContain("invitations wait");
    expect(state(fake)).toMatch(/person-9\]\([^)]*\) · invitation pending/);
    // Nothing waits: no timer is set again, and nothing more is sent (two intervals later).
    await new Promise((r) => setTimeout(r, 2 * retryMs));
    expect(sentTo(fake)).toHaveLength(5);
    expect(fake.invitations.roleChanges).toEqual([]);
  }, 60_000);

  it("a day before the meeting, its timer posts one reminder naming the pending invitees, and tells the channel", async () => {
    // The meeting: 2026-12-03 17:00 Berlin = 16:00Z; the reminder is due at 2026-12-02T16:00:00Z.
    // The app's clock starts a few seconds before, room enough for a start and a /join
    // (startBefore: more where the machine is busy).
    const channel = new ChatReceiver({ status: 200 });
    const hook = await channel.start();
    const build = () => {
      const made = board(
        "notify:\n  - kind: webhook\n    url: env:ROUNDTABLE_HOOK\n    events: [meeting.reminder]\n",
      );
      made.clock = "2026-12-02T15:59:48Z";
      return made;
    };
    let fake = build();
    github = new GitHubForProcesses(fake);
    await github.start();
    let answered = 0;
    const running = await startBefore(
      github,
      "2026-12-02T16:00:00Z",
      {
        ROUNDTABLE_HOOK: hook,
        // Codertocat's config names it; the app lets only that owner use it.
        ROUNDTABLE_CHANNEL_VARIABLES: "Codertocat:ROUNDTABLE_HOOK",
      },
      {
        // Each try on a board of its own: a killed try's invitation is not counted.
        fresh: () => {
          fake = build();
          (github as GitHubForProcesses).fake = fake;
        },
        prepare: async (started) => {
          const join = commentDelivery(fake, 1, {
            id: nextId(),
            login: "person-5",
            body: "/join",
            at: "2026-12-02T15:59:49Z",
          });
          answered = await deliver(started, join);
        },
      },
    );
    app = running;
    expect(answered).toBe(200);
    expect(sentTo(fake)).toEqual(["person-5"]);
    const reminders = () =>
      botComments(fake, 1).filter((c) =>
        c.body.startsWith("<!-- roundtable:invitation-reminder -->"),
      );
    // Before its time: no reminder.
    expect(reminders()).toHaveLength(0);
    expect(channel.received).toHaveLength(0);
    await until(() => reminders().length > 0, 40_000);
    expect(reminders()).toHaveLength(1);
    expect(reminders()[0]?.body).toContain("[person-5](https://github.com/person-5)");
    expect(reminders()[0]?.body).not.toContain("@");
    // The timer's run ends after the reply (the channel's notice comes after it).
    const ran = () => running.log.some((l) => l.includes("reminders of pending invitations"));
    await until(ran, 5_000);
    expect(ran()).toBe(true);
    await until(() => channel.received.length > 0, 3_000);
    expect(channel.received).toHaveLength(1);
    expect(JSON.stringify(channel.received[0]?.body)).toContain("person-5");
    // Restarted within the day: the reminder's timer is set again and runs, and sends nothing twice.
    await running.stop();
    app = await startApp(github as GitHubForProcesses, {
      ...clockFrom("2026-12-02T16:00:30Z"),
      ROUNDTABLE_HOOK: hook,
      // Codertocat's config names it; the app lets only that owner use it.
      ROUNDTABLE_CHANNEL_VARIABLES: "Codertocat:ROUNDTABLE_HOOK",
    });
    await until(
      () => (app?.log ?? []).some((l) => l.includes("reminders of pending invitations")),
      8_000,
    );
    expect(app.log.some((l) => l.includes("reminders of pending invitations"))).toBe(true);
    expect(reminders()).toHaveLength(1);
    expect(channel.received).toHaveLength(1);
    await channel.stop();
  }, 90_000);

  it("on a personal repository, says once that GitHub gives everybody invited write access", async () => {
    const fake = board();
    (fake.issues[0] as FakeIssue).body = (fake.issues[0] as FakeIssue).body.replace(
      "2026-12-03",
      "2030-01-15",
    );
    fake.invitations.ownerType = "User";
    const running = await start(fake);
    for (const login of ["person-5", "person-6"])
      await deliver(running, commentDelivery(fake, 1, { id: nextId(), login, body: "/join" }));
    expect(sentTo(fake)).toEqual(["person-5", "person-6"]);
    // GitHub gave write, whatever was asked: the meeting's state says so, in one line.
    expect(fake.invitations.open.map((i) => i.permissions)).toEqual(["write", "write"]);
    const said = state(fake).match(/GitHub gives everybody invited to it write access/g) ?? [];
    expect(said).toHaveLength(1);
    // On an organisation's repository, no such line.
    const org = board();
    (org.issues[0] as FakeIssue).body = (org.issues[0] as FakeIssue).body.replace(
      "2026-12-03",
      "2030-01-15",
    );
    (github as GitHubForProcesses).fake = org;
    await deliver(
      running,
      commentDelivery(org, 1, { id: nextId(), login: "person-5", body: "/join" }),
    );
    expect(sentTo(org)).toEqual(["person-5"]);
    expect(state(org)).not.toContain("personal repository");
  }, 60_000);
});
