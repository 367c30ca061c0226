import { afterEach, describe, expect, it, vi } from "vitest";
import { createRoundtableApp } from "../../src/app/index.js";
import { memoryCoordination, type TimerJob } from "../../src/coordination/index.js";
import { seatLedgerIn } from "../../src/core/meetings/seat-ledger.js";
import type { FakeGitHub } from "../helpers/fake-github.js";
import { people, roundtable } from "../helpers/meeting-board.js";
import { mountGitHub } from "../helpers/mount-github.js";
import { mountInstallationToken, receiveComment, testProbot } from "../helpers/probot.js";

// Every plan the jobs hand to the write gate, and every read of the board, is counted here, then
// done as it would be.
const gate = vi.hoisted(() => ({ applies: 0, loads: 0, parsed: [] as string[] }));
vi.mock("../../src/core/commands.js", async (original) => {
  const real = await original<typeof import("../../src/core/commands.js")>();
  return {
    ...real,
    parseCommands: (body: string) => {
      gate.parsed.push(body);
      return real.parseCommands(body);
    },
  };
});
vi.mock("../../src/github/load-snapshot.js", async (original) => {
  const real = await original<typeof import("../../src/github/load-snapshot.js")>();
  return {
    ...real,
    loadSnapshot: (...args: Parameters<typeof real.loadSnapshot>) => {
      gate.loads++;
      return real.loadSnapshot(...args);
    },
  };
});
vi.mock("../../src/github/apply-plan.js", async (original) => {
  const real = await original<typeof import("../../src/github/apply-plan.js")>();
  return {
    ...real,
    applyPlan: (...args: Parameters<typeof real.applyPlan>) => {
      gate.applies++;
      return real.applyPlan(...args);
    },
  };
});

const configText =
  "project:\n  owner: Codertocat\n  number: 7\nvotes:\n  eligible: participants\nmeetings:\n  invite:\n    permission: read\n";

/** person-1…4 can use the repository; the rest are from outside and are invited when seated. */
function board(): FakeGitHub {
  const fake = roundtable();
  fake.pushCommit("main", { ".github/roundtable.yml": configText });
  for (const login of people.slice(0, 4)) fake.permissions.set(login, "write");
  return fake;
}

/** GitHub's listing of the repository's issues: every read of the board asks for it. */
const listings = (fake: FakeGitHub) =>
  fake.calls.filter(
    (c) =>
      c.type === "rest" &&
      c.method === "GET" &&
      c.path === `/repos/${fake.owner}/${fake.repo}/issues`,
  ).length;

describe("one /join with invitations", () => {
  afterEach(() => {
    gate.applies = 0;
    gate.loads = 0;
    gate.parsed = [];
  });

  /** The app, on a fresh board, with GitHub's calls and the gate's plans counted from here. */
  async function app() {
    const fake = board();
    mountInstallationToken();
    mountGitHub(fake, { rest: ["GET", "POST", "PATCH", "PUT", "DELETE"] });
    // Its own coordination on the fixture's clock: no other test's read is kept, and the timers
    // the /join arms are recorded (they fall due days later, past the test).
    const coordination = memoryCoordination({ now: () => Date.parse(fake.clock) });
    const armed: TimerJob[] = [];
    const schedule = coordination.timers.schedule.bind(coordination.timers);
    coordination.timers.schedule = (job) => {
      armed.push(job);
      return schedule(job);
    };
    const probot = testProbot();
    await probot.load(createRoundtableApp(coordination, () => fake.clock));
    fake.calls = [];
    gate.applies = 0;
    gate.loads = 0;
    gate.parsed = [];
    return { fake, probot, armed };
  }

  it("by an outsider: the 👀, then one board load and one plan, the invitation's id recorded in it", async () => {
    const { fake, probot, armed } = await app();
    await receiveComment(probot, fake, 1, {
      id: 9005,
      login: "person-5",
      body: "/join",
      at: "2026-11-21T10:00:00Z",
    });

    // The seat and the invitation came of it, and the 👀 before the 👍.
    expect(fake.invitations.sent.map((s) => s.invitee)).toEqual(["person-5"]);
    expect(fake.reactions.filter((r) => r.commentId === 9005).map((r) => r.content)).toEqual([
      "eyes",
      "+1",
    ]);
    const state = fake.comments.get(1)?.find((c) => c.body.includes("roundtable:meeting-state"));
    expect(state?.body).toMatch(/person-5\]\([^)]*\) · invitation pending/);
    // The ledger holds the id GitHub answered the invitation with, written in the same plan.
    const [invitation] = fake.invitations.open;
    expect(seatLedgerIn(state?.body ?? "").invited["person-5"]).toMatchObject({
      state: "pending",
      id: invitation?.id,
    });
    // Before: four board loads (the event, the invitation round, the ledger's write, the timers)
    // and six plans through the gate; then three: one more write recording what only GitHub's
    // answer tells (the invitation's id), after reading GitHub's invitations again. Now the 👀
    // (written before any read, so a command whose read never ends is still seen and settled),
    // one board read, and the event as one plan whose state comment takes the invitation's id
    // from GitHub's answer to it.
    expect(gate.loads).toBe(1);
    expect(listings(fake)).toBe(1);
    expect(gate.applies).toBe(2);
    // GitHub's invitations are read once, before the seat is decided (they were read again after
    // the invitation, for its id); the state comment is written once (it was written again).
    const requests = fake.calls.flatMap((c) =>
      c.type === "rest" ? [`${c.method} ${c.path}`] : [],
    );
    expect(requests.filter((r) => r.endsWith("/invitations"))).toEqual([
      `GET /repos/${fake.owner}/${fake.repo}/invitations`,
    ]);
    expect(requests.filter((r) => /^(POST|PATCH) .*\/comments(\/\d+)?$/.test(r))).toEqual([
      `POST /repos/${fake.owner}/${fake.repo}/issues/1/comments`,
    ]);
    // The reminder a day before the meeting (2026-12-03 17:00 Berlin) is armed from what the
    // event returned, with no read of its own.
    expect(armed.map((j) => [(j.data as { kind: string }).kind, j.at])).toEqual([
      ["reminder", "2026-12-02T16:00:00.000Z"],
    ]);
  });

  it("by an organisation member: added at once, and the state says so in the same plan", async () => {
    const { fake, probot } = await app();
    fake.invitations.orgMembers.add("person-6");
    await receiveComment(probot, fake, 1, {
      id: 9006,
      login: "person-6",
      body: "/join",
      at: "2026-11-21T10:00:00Z",
    });

    // GitHub answered 204, no invitation: the plan expected one pending, the state written says
    // what GitHub did.
    expect(fake.invitations.sent).toEqual([]);
    expect(fake.permissions.get("person-6")).toBe("read");
    const state = fake.comments.get(1)?.find((c) => c.body.includes("roundtable:meeting-state"));
    expect(state?.body).toMatch(/person-6\]\([^)]*\) · added to the repository/);
    expect(seatLedgerIn(state?.body ?? "").invited["person-6"]).toMatchObject({
      state: "added",
      id: null,
    });
    expect(gate.applies).toBe(2);
  });

  it("by a collaborator: the 👀, one board load and one plan", async () => {
    const { fake, probot } = await app();
    await receiveComment(probot, fake, 1, {
      id: 9001,
      login: "person-1",
      body: "/join",
      at: "2026-11-21T10:00:00Z",
    });

    expect(fake.invitations.sent).toEqual([]);
    const state = fake.comments.get(1)?.find((c) => c.body.includes("roundtable:meeting-state"));
    expect(state?.body).toContain("### Participants (1 of 12)");
    expect(gate.loads).toBe(1);
    expect(gate.applies).toBe(2);
  });

  it("a comment's commands are parsed once per delivery", async () => {
    const { fake, probot } = await app();
    const body = "Where do I start?\n\n/help";
    await receiveComment(probot, fake, 2, {
      id: 9101,
      login: "person-2",
      body,
      at: "2026-11-21T10:00:00Z",
    });

    expect(fake.reactions.filter((r) => r.commentId === 9101).map((r) => r.content)).toContain(
      "+1",
    );
    // Before: the app parsed it to know whether it gives a command, the comment job again.
    expect(gate.parsed.filter((b) => b === body)).toHaveLength(1);
  });
});
