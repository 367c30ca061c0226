import nock from "nock";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/index.js";
import { createClient } from "../../src/github/index.js";
import { retryInvitations } from "../../src/jobs/invitation-timers.js";
import { notifyJob } from "../../src/jobs/notify.js";
import { rsvp } from "../../src/jobs/rsvp.js";
import { loadRsvpView } from "../../src/jobs/rsvp-view.js";
import { runContext } from "../../src/jobs/run-context.js";
import { runUseCase } from "../../src/jobs/use-case.js";
import { ChatReceiver, type Received } from "../helpers/chat-receivers.js";
import type { FakeGitHub, FakeIssue } from "../helpers/fake-github.js";
import { people, roundtable } from "../helpers/meeting-board.js";
import { mountGitHub } from "../helpers/mount-github.js";
import { mountInstallationToken, receiveComment, roundtableProbot } from "../helpers/probot.js";

type Probot = Awaited<ReturnType<typeof roundtableProbot>>;

const configText =
  "project:\n  owner: Codertocat\n  number: 7\nvotes:\n  eligible: participants\nmeetings:\n  invite:\n    permission: read\n";

/** person-1…4 can use the repository; person-5…14 are from outside. */
function board(): FakeGitHub {
  const fake = roundtable();
  fake.pushCommit("main", { ".github/roundtable.yml": configText });
  for (const login of people.slice(0, 4)) fake.permissions.set(login, "write");
  return fake;
}

/** A person's comment on the meeting, delivered to the app (again, with `delivery`, to redeliver). */
function say(
  probot: Probot,
  fake: FakeGitHub,
  id: number,
  login: string,
  body: string,
  at: string,
  delivery = `d-${id}`,
): Promise<void> {
  return receiveComment(probot, fake, 1, { id, login, body, at }, delivery);
}

/** A seat taken or given up on the RSVP page (the page's job, as the web route runs it). */
async function page(fake: FakeGitHub, login: string, action: "join" | "leave", at: string) {
  fake.clock = at;
  return rsvp(
    runContext({
      github: createClient({ token: "t", throttle: false }),
      owner: "Codertocat",
      repo: "Hello-World",
      config: parseConfig(configText),
      clock: () => at,
      log: () => {},
    }),
    { issue: 1, login, action },
  );
}

const state = (fake: FakeGitHub) =>
  (fake.issues[0] as FakeIssue).comments?.find(
    (c) => c.bot && c.body.includes("<!-- roundtable:meeting-state -->"),
  )?.body ?? "";

const sentTo = (fake: FakeGitHub) => fake.invitations.sent.map((s) => s.invitee);

describe("seats from the RSVP page and /join, with invitations", () => {
  it("seats 14 people first come first served from one list, and invites each seated outsider once", async () => {
    const fake = board();
    mountInstallationToken();
    mountGitHub(fake, { rest: ["GET", "POST", "PATCH", "PUT", "DELETE"] });
    const probot = await roundtableProbot(fake);
    // Interleaved: odd people on the page, even ones with /join, a minute apart.
    for (const [i, login] of people.entries()) {
      const at = `2026-11-21T10:${String(i).padStart(2, "0")}:00Z`;
      if (i % 2 === 0) await page(fake, login, "join", at);
      else await say(probot, fake, 9000 + i, login, "/join", at);
    }
    expect(state(fake)).toContain("### Participants (12 of 12)");
    expect(state(fake)).toContain("### Waitlist (2)");
    // Seated outsiders: person-5…12, each invited exactly once; the waitlisted two not yet.
    expect(sentTo(fake).sort()).toEqual(people.slice(4, 12).sort());
    expect(fake.invitations.sent.every((s) => s.permission === "pull")).toBe(true);
    expect(fake.invitations.roleChanges).toEqual([]);
    expect(state(fake)).toMatch(/person-5\]\([^)]*\) · invitation pending/);

    // A redelivered /join, and the page asked twice: nothing is sent again.
    await say(probot, fake, 9005, "person-6", "/join", "2026-11-21T10:05:00Z", "again");
    await page(fake, "person-5", "join", "2026-11-21T11:00:00Z");
    expect(sentTo(fake)).toHaveLength(8);

    // person-5 accepts; person-6 leaves on the page: their invitation is withdrawn, and
    // person-13, first in line, moves up and is invited.
    fake.invitations.acceptBy("person-5", fake.clock, fake.permissions);
    await page(fake, "person-6", "leave", "2026-11-21T12:00:00Z");
    expect(fake.invitations.open.map((i) => i.invitee)).not.toContain("person-6");
    expect(sentTo(fake).filter((l) => l === "person-13")).toHaveLength(1);
    expect(sentTo(fake).filter((l) => l === "person-14")).toHaveLength(0);
    expect(state(fake)).toMatch(/person-5\]\([^)]*\) · invitation accepted/);
    expect(state(fake)).toMatch(/person-13\]\([^)]*\) · invitation pending/);
    expect(fake.invitations.roleChanges).toEqual([]);

    // A day before (the meeting is 2026-12-03 17:00 Berlin), the scheduled job reminds the
    // seated people still pending, once, however often it runs.
    // The group's channel hears the reminder too, with who has not accepted yet.
    nock.enableNetConnect("127.0.0.1");
    const channel = new ChatReceiver({ status: 200 });
    const hook = await channel.start();
    const remind = (now: string) =>
      runUseCase(
        notifyJob,
        runContext({
          github: createClient({ token: "t", throttle: false }),
          owner: "Codertocat",
          repo: "Hello-World",
          config: parseConfig(
            `${configText}notify:\n  - kind: webhook\n    url: env:ROUNDTABLE_HOOK\n    events: [meeting.reminder]\n`,
          ),
          clock: () => now,
          dryRun: false,
          log: () => {},
          secrets: { ROUNDTABLE_HOOK: hook },
        }),
      );
    await remind("2026-12-01T16:00:00Z");
    const reminders = () =>
      (fake.comments.get(1) ?? []).filter((c) =>
        c.body.startsWith("<!-- roundtable:invitation-reminder -->"),
      );
    expect(reminders()).toHaveLength(0);
    await remind("2026-12-02T17:00:00Z");
    await remind("2026-12-03T09:00:00Z");
    expect(reminders()).toHaveLength(1);
    const reminder = reminders()[0]?.body ?? "";
    expect(reminder).toContain("[person-13](https://github.com/person-13)");
    expect(reminder).not.toContain("[person-5]");
    expect(reminder).not.toContain("@");
    const told = channel.received.map((r: Received) => JSON.stringify(r.body));
    expect(told).toHaveLength(1);
    expect(told[0]).toContain("Not accepted the GitHub invitation yet: ");
    expect(told[0]).toContain("person-13");
    expect(told[0]).not.toContain('"text":"person-5"');
    await channel.stop();

    // With removeAfterDays: 30, a month after the meeting the app removes the outsiders it added
    // and withdraws their pending invitations; the people it did not add stay.
    const removing = parseConfig(`${configText}    removeAfterDays: 30\n`);
    const sweep = (now: string) =>
      runUseCase(
        notifyJob,
        runContext({
          github: createClient({ token: "t", throttle: false }),
          owner: "Codertocat",
          repo: "Hello-World",
          config: removing,
          clock: () => now,
          dryRun: false,
          log: () => {},
          secrets: {},
        }),
      );
    await sweep("2026-12-20T09:00:00Z");
    expect(fake.invitations.removed).toEqual([]);
    await sweep("2027-01-03T09:00:00Z");
    expect(fake.invitations.removed).toEqual(["person-5"]);
    expect(fake.invitations.open).toEqual([]);
    for (const login of people.slice(0, 4)) expect(fake.permissions.get(login)).toBe("write");
  });

  it("seats people in a meeting an outsider hosts, but invites nobody: only the group's facilitators give a role on the repository", async () => {
    const fake = board();
    // Anyone who can open an issue can host a meeting (a public repository: anyone at all).
    (fake.issues[0] as FakeIssue).author = "person-9";
    mountInstallationToken();
    mountGitHub(fake, { rest: ["GET", "POST", "PATCH", "PUT", "DELETE"] });
    const probot = await roundtableProbot(fake);
    await say(probot, fake, 9400, "person-10", "/join", "2026-11-21T10:00:00Z");
    await page(fake, "person-11", "join", "2026-11-21T10:01:00Z");
    await say(probot, fake, 9401, "person-12", "/join", "2026-11-21T10:02:00Z");
    expect(state(fake)).toContain("### Participants (3 of 12)");
    expect(state(fake)).toContain("invites nobody to the repository");
    expect(fake.invitations.sent).toEqual([]);
    expect(fake.invitations.roleChanges).toEqual([]);
    // Not even the list of whom to invite by hand.
    expect(
      (fake.comments.get(1) ?? []).filter((c) => c.body.includes("roundtable:invite-by-hand")),
    ).toEqual([]);
  });

  it("tells whoever takes a seat in a meeting an outsider hosts that no invitation comes, and in the group's meetings that one does", async () => {
    const fake = board();
    (fake.issues[0] as FakeIssue).author = "person-9";
    mountInstallationToken();
    mountGitHub(fake, { rest: ["GET", "POST", "PATCH", "PUT", "DELETE"] });
    await page(fake, "person-11", "join", "2026-11-21T10:01:00Z");
    expect(state(fake)).toContain("invites nobody to the repository");
    const view = (login: string) =>
      loadRsvpView(
        createClient({ token: "t", throttle: false }),
        { owner: "Codertocat", repo: "Hello-World", issue: 1 },
        "2026-11-21T10:02:00Z",
        login,
      );
    // The page would otherwise say GitHub emails them an invitation, which never comes.
    expect((await view("person-11"))?.permission).toBeNull();
    // Codertocat's own meeting: Codertocat facilitates (an admin, facilitatorRoles' default).
    const trusted = board();
    nock.cleanAll();
    mountInstallationToken();
    mountGitHub(trusted, { rest: ["GET", "POST", "PATCH", "PUT", "DELETE"] });
    // Before any seat, the host's authority is not known yet: the page says what a seat brings.
    expect((await view("person-12"))?.permission).toBe("read");
    await page(trusted, "person-12", "join", "2026-11-21T10:01:00Z");
    expect((await view("person-12"))?.permission).toBe("read");
  });

  it("sends the waiting invitations of a meeting whose state does not say yet whom it acts for (seats taken on the page before 0.9.0)", async () => {
    const fake = board();
    fake.invitations.limit = 0;
    mountInstallationToken();
    mountGitHub(fake, { rest: ["GET", "POST", "PATCH", "PUT", "DELETE"] });
    await page(fake, "person-5", "join", "2026-11-21T10:00:00Z");
    expect(state(fake)).toContain("1 invitation waits (person-5)");
    // As 0.8.0 wrote it: the seats, no line saying whether the meeting acts for the group.
    const written = (fake.issues[0] as FakeIssue).comments?.find(
      (c) => c.bot && c.body.includes("<!-- roundtable:meeting-state -->"),
    );
    if (!written) throw new Error("no state comment");
    written.body = written.body.replace(/\n<!-- roundtable:trust [^\n]* -->/, "");
    expect(state(fake)).not.toContain("roundtable:trust");
    // GitHub allows invitations again; the scheduled Action's retry sends it (Codertocat, the
    // host, facilitates: asked of GitHub now).
    fake.invitations.limit = 50;
    await runUseCase(
      retryInvitations,
      runContext({
        github: createClient({ token: "t", throttle: false }),
        owner: "Codertocat",
        repo: "Hello-World",
        config: parseConfig(configText),
        clock: () => "2026-11-22T10:30:00Z",
        dryRun: false,
        log: () => {},
        secrets: {},
      }),
    );
    expect(sentTo(fake)).toEqual(["person-5"]);
  });

  it("queues invitations past GitHub's daily limit, says so in one line, and sends them a day later", async () => {
    const fake = board();
    fake.invitations.limit = 3;
    mountInstallationToken();
    mountGitHub(fake, { rest: ["GET", "POST", "PATCH", "PUT", "DELETE"] });
    const probot = await roundtableProbot(fake);
    for (const [i, login] of people.slice(4, 10).entries())
      await say(probot, fake, 9100 + i, login, "/join", `2026-11-21T10:0${i}:00Z`);
    expect(sentTo(fake)).toEqual(["person-5", "person-6", "person-7"]);
    expect(state(fake)).toContain(
      "GitHub's limit of 50 repository invitations in 24 hours is reached: 3 invitations wait (person-8, person-9, person-10)",
    );
    await say(probot, fake, 9200, "person-1", "/join", "2026-11-22T10:30:00Z");
    expect(sentTo(fake).sort()).toEqual(people.slice(4, 10).sort());
    expect(state(fake)).not.toContain("invitations wait");
  });

  it("without the Administration permission, lists who to invite in one comment", async () => {
    const fake = board();
    fake.interceptors.push((call) =>
      call.type === "rest" && call.path.endsWith("/invitations")
        ? [403, { message: "Resource not accessible by integration" }]
        : undefined,
    );
    mountInstallationToken();
    mountGitHub(fake, { rest: ["GET", "POST", "PATCH", "PUT", "DELETE"] });
    const probot = await roundtableProbot(fake);
    await say(probot, fake, 9300, "person-5", "/join", "2026-11-21T10:00:00Z");
    await say(probot, fake, 9301, "person-6", "/join", "2026-11-21T10:01:00Z");
    const byHand = (fake.comments.get(1) ?? []).filter((c) =>
      c.body.startsWith("<!-- roundtable:invite-by-hand -->"),
    );
    expect(byHand).toHaveLength(1);
    expect(byHand[0]?.body).toContain("[person-6](https://github.com/person-6)");
    expect(fake.invitations.sent).toEqual([]);
  });
});
