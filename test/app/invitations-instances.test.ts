import nock from "nock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AppProcess,
  deliver,
  GitHubForProcesses,
  startApp,
  warningsOnly,
} from "../helpers/app-process.js";
import type { FakeGitHub, FakeIssue } from "../helpers/fake-github.js";
import { botComments, commentDelivery, startedMeeting } from "../helpers/instances.js";
import { people } from "../helpers/meeting-board.js";
import { type RedisServer, startRedis } from "../helpers/redis.js";

// Three real processes of the built app, one Redis, signed webhooks over HTTP, one fake GitHub:
// 14 people join at once across the instances, one delivery is redelivered to another instance,
// and each seated outsider is invited exactly once.
let sequence = 20_000;
const nextId = () => ++sequence;

/** The meeting with nobody seated yet, far ahead, and meetings.invite on; person-1…4 are in. */
function meeting(): FakeGitHub {
  const fake = startedMeeting("meetings:\n  invite:\n    permission: read\n");
  const issue = fake.issues[0] as FakeIssue;
  issue.comments = [];
  issue.body = issue.body.replace("2026-12-03", "2030-01-15");
  for (const login of people.slice(0, 4)) fake.permissions.set(login, "write");
  return fake;
}

describe("invitations with three app instances and one Redis", () => {
  let redis: RedisServer;
  const github = new GitHubForProcesses(meeting());
  let apps: AppProcess[] = [];

  beforeAll(async () => {
    nock.enableNetConnect("127.0.0.1");
    redis = await startRedis();
    await github.start();
    const env = { REDIS_URL: redis.url, ROUNDTABLE_LEASE_MS: "3000", ...warningsOnly };
    apps = await Promise.all([1, 2, 3].map(() => startApp(github, env)));
  }, 120_000);

  afterAll(async () => {
    await Promise.all(apps.map((a) => a.stop()));
    await github.stop();
    await redis.stop();
  });

  it("14 /join at once over the instances, and a redelivery: 12 seated, each seated outsider invited once", async () => {
    const fake = meeting();
    github.fake = fake;
    const joins = people.map((login) =>
      commentDelivery(fake, 1, { id: nextId(), login, body: "/join" }),
    );
    const answered = await Promise.all(
      joins.map((d, i) => deliver(apps[i % apps.length] as AppProcess, d)),
    );
    expect(answered.every((s) => s === 200)).toBe(true);
    // GitHub redelivers person-7's /join to another instance: nothing is sent again.
    expect(await deliver(apps[2] as AppProcess, joins[6] as (typeof joins)[number])).toBe(200);
    const state =
      botComments(fake, 1).find((c) => c.body.startsWith("<!-- roundtable:meeting-state -->"))
        ?.body ?? "";
    expect(state).toContain("### Participants (12 of 12)");
    expect(state).toContain("### Waitlist (2)");
    const participants = state.slice(
      state.indexOf("### Participants"),
      state.indexOf("### Waitlist"),
    );
    const seated = [...participants.matchAll(/^\d+\. \[([\w-]+)\]/gm)].map((m) => m[1] as string);
    expect(seated).toHaveLength(12);
    const outsiders = seated.filter((login) => !people.slice(0, 4).includes(login));
    const sent = fake.invitations.sent.map((s) => s.invitee);
    expect(sent.sort()).toEqual(outsiders.sort());
    expect(new Set(sent).size).toBe(sent.length);
    expect(outsiders).toHaveLength(8);
    expect(fake.invitations.roleChanges).toEqual([]);
  }, 180_000);
});
