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
import { botComments, commentDelivery, startedMeeting, topicsTaken } from "../helpers/instances.js";
import { people } from "../helpers/meeting-board.js";
import { type RedisServer, startRedis } from "../helpers/redis.js";
import { example } from "../helpers/webhook-example.js";

// Real processes of the built app (`node lib/app-bundle/index.js`, what `npm start` runs), real Redis, signed webhooks over
// HTTP, one fake GitHub they all talk to. The races are those an operator meets with two or three
// instances behind one webhook URL.
const runs = 10;
// Ten runs of real processes: on a loaded two-core machine they need the room.
const raceTimeout = 180_000;
let sequence = 10_000;
const nextId = () => ++sequence;
const until = async (done: () => boolean, ms: number) => {
  for (const end = Date.now() + ms; !done() && Date.now() < end; )
    await new Promise((r) => setTimeout(r, 50));
};

/** The meeting's state: the comment Roundtable keeps on the meeting issue. */
const region = (fake: FakeGitHub) =>
  botComments(fake, 1).find((c) => c.body.startsWith("<!-- roundtable:meeting-state -->"))?.body ??
  "";
const statuses = (fake: FakeGitHub) =>
  Object.fromEntries(fake.project?.items.map((i) => [i.issue, i.values.Status]) ?? []);

/** The three races, run `runs` times each over `apps` (one delivery per instance, in turn). */
function races(setup: () => { github: GitHubForProcesses; apps: () => AppProcess[] }) {
  it(
    `two facilitators' /next at once take two topics in order (${runs} of ${runs} runs)`,
    async () => {
      const { github, apps } = setup();
      for (let run = 0; run < runs; run++) {
        const fake = startedMeeting();
        github.fake = fake;
        const instances = apps();
        const a = commentDelivery(fake, 1, { id: nextId(), login: "Codertocat", body: "/next" });
        const b = commentDelivery(fake, 1, { id: nextId(), login: "person-2", body: "/next" });
        const answered = await Promise.all([
          deliver(instances[0] as AppProcess, a),
          deliver(instances[1 % instances.length] as AppProcess, b),
        ]);
        expect(answered).toEqual([200, 200]);
        expect(topicsTaken(fake), `run ${run}`).toEqual([2, 3]);
        const votes = botComments(fake, 1).filter((c) => c.body.includes("roundtable:roman-vote:"));
        expect(votes, `run ${run}`).toHaveLength(2);
        expect(statuses(fake)).toEqual({ 2: "Discussed", 3: "Discussing", 4: "To discuss" });
      }
    },
    raceTimeout,
  );

  it(
    `two people's /sponsor at once leave one sponsor and one refusal (${runs} of ${runs} runs)`,
    async () => {
      const { github, apps } = setup();
      for (let run = 0; run < runs; run++) {
        const fake = startedMeeting();
        github.fake = fake;
        const instances = apps();
        const a = commentDelivery(fake, 4, { id: nextId(), login: "person-8", body: "/sponsor" });
        const b = commentDelivery(fake, 4, { id: nextId(), login: "person-9", body: "/sponsor" });
        await Promise.all([
          deliver(instances[0] as AppProcess, a),
          deliver(instances[1 % instances.length] as AppProcess, b),
        ]);
        const topic = fake.issues[3] as FakeIssue;
        expect(topic.assignees, `run ${run}`).toHaveLength(1);
        const refusals = (fake.comments.get(4) ?? []).filter((c) =>
          c.body.includes(`sponsored by ${topic.assignees[0]} already`),
        );
        expect(refusals, `run ${run}`).toHaveLength(1);
      }
    },
    raceTimeout,
  );

  it(
    `14 /join spread over the instances seat 12 and wait-list 2 (${runs} of ${runs} runs)`,
    async () => {
      const { github, apps } = setup();
      for (let run = 0; run < runs; run++) {
        const fake = startedMeeting();
        (fake.issues[0] as FakeIssue).comments = [];
        github.fake = fake;
        const instances = apps();
        const joins = people.map((login) =>
          commentDelivery(fake, 1, { id: nextId(), login, body: "/join" }),
        );
        const answered = await Promise.all(
          joins.map((d, i) => deliver(instances[i % instances.length] as AppProcess, d)),
        );
        expect(answered.every((s) => s === 200)).toBe(true);
        expect(region(fake), `run ${run}`).toContain("### Participants (12 of 12)");
        expect(region(fake), `run ${run}`).toContain("### Waitlist (2)");
      }
    },
    raceTimeout,
  );
}

describe("three app instances and one Redis", () => {
  let redis: RedisServer;
  const github = new GitHubForProcesses(startedMeeting());
  let apps: AppProcess[] = [];
  const env = () => ({ REDIS_URL: redis.url, ROUNDTABLE_LEASE_MS: "3000", ...warningsOnly });

  beforeAll(async () => {
    nock.enableNetConnect("127.0.0.1");
    redis = await startRedis();
    await github.start();
    apps = await Promise.all([1, 2, 3].map(() => startApp(github, env())));
  }, 120_000);

  afterAll(async () => {
    await Promise.all(apps.map((a) => a.stop()));
    await github.stop();
    await redis.stop();
  });

  it("reports Redis as its coordination, reachable", async () => {
    const health = await (await fetch(`${apps[0]?.url}/health`)).json();
    expect(health).toEqual({
      status: "ok",
      app: "roundtable",
      coordination: { backend: "redis", reachable: true },
    });
  });

  races(() => ({ github, apps: () => apps }));

  it("a crashed holder's lease expires, and another instance completes its delivery once", async () => {
    nock.enableNetConnect("127.0.0.1");
    const fake = startedMeeting();
    github.fake = fake;
    const next = commentDelivery(fake, 1, { id: nextId(), login: "Codertocat", body: "/next" });
    // The first instance takes the lease, marks the command 👀, and is killed while it reads the board.
    let held!: () => void;
    const holding = new Promise<void>((resolve) => {
      held = resolve;
    });
    let release!: () => void;
    github.before = async (_path, body) => {
      if (!body?.query?.includes("query BoardNodes")) return;
      github.before = undefined;
      held();
      await new Promise<void>((resolve) => {
        release = resolve;
      });
    };
    const victim = apps[0] as AppProcess;
    const first = deliver(victim, next).catch(() => "connection lost");
    await holding;
    expect(fake.reactions).toEqual([{ commentId: next.payload.comment.id, content: "eyes" }]);
    await victim.stop("SIGKILL");
    release();
    expect(await first).toBe("connection lost");
    // GitHub's redelivery reaches another instance: it waits out the dead lease, then does the work.
    const started = Date.now();
    expect(await deliver(apps[1] as AppProcess, next)).toBe(200);
    expect(Date.now() - started).toBeGreaterThan(1_000);
    expect(topicsTaken(fake)).toEqual([2]);
    expect(
      botComments(fake, 1).filter((c) => c.body.includes("roundtable:roman-vote:")),
    ).toHaveLength(1);
    expect(fake.reactions.map((r) => r.content)).toEqual(["eyes", "+1"]);
    // And again, to a third: done already, nothing more.
    expect(await deliver(apps[2] as AppProcess, next)).toBe(200);
    expect(topicsTaken(fake)).toEqual([2]);
    apps[0] = await startApp(github, env());
  }, 120_000);

  it("a 2-second timebox ends with one time's-up comment, with three instances and across a restart", async () => {
    const fake = startedMeeting(
      "meetings:\n  sponsorMinutes: 0.0125\n  discussionMinutes: 0.0208334\n",
    );
    github.fake = fake;
    // The config changed: a push says so, and every instance forgets the config it cached.
    await deliver(apps[2] as AppProcess, {
      id: `push-${nextId()}`,
      name: "push",
      payload: example("push", "", (p) => {
        p.commits = [{ ...p.commits?.[0], modified: [".github/roundtable.yml"] }];
      }),
    });
    const timesUp = () =>
      botComments(fake, 1).filter((c) => c.body.includes("roundtable:times-up:"));
    await deliver(
      apps[0] as AppProcess,
      commentDelivery(fake, 1, { id: nextId(), login: "Codertocat", body: "/next" }),
    );
    expect(topicsTaken(fake)).toEqual([2]);
    // Due 2 s after /next: called once, and no other instance calls it again.
    await until(() => timesUp().length > 0, 5_000);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(timesUp()).toHaveLength(1);
    expect(timesUp()[0]?.body).toContain("Time's up");
    expect(timesUp()[0]?.body).toContain("#2 Follow-the-sun on-call");

    // The next topic's timer is set; every instance stops before it ends, and one starts after.
    await deliver(
      apps[1] as AppProcess,
      commentDelivery(fake, 1, { id: nextId(), login: "person-2", body: "/next" }),
    );
    expect(topicsTaken(fake)).toEqual([2, 3]);
    const stopped = Date.now();
    await Promise.all(apps.map((a) => a.stop()));
    // Past the timer's 2 s while no instance runs: nobody called it.
    await new Promise((r) => setTimeout(r, Math.max(0, 2_500 - (Date.now() - stopped))));
    expect(timesUp()).toHaveLength(1);
    apps = await Promise.all([1, 2, 3].map(() => startApp(github, env())));
    // Due already: called once an instance has restored its timers, which a busy machine slows.
    await until(() => timesUp().length > 1, 15_000);
    await new Promise((r) => setTimeout(r, 500));
    expect(timesUp()).toHaveLength(2);
    expect(timesUp()[1]?.body).toContain("#3 Incident reviews that teach");
  }, 120_000);
});

describe("one app instance, coordinated in its own memory", () => {
  const github = new GitHubForProcesses(startedMeeting());
  let app: AppProcess;

  beforeAll(async () => {
    nock.enableNetConnect("127.0.0.1");
    await github.start();
    app = await startApp(github, warningsOnly);
  }, 30_000);

  afterAll(async () => {
    await app.stop();
    await github.stop();
  });

  it("reports its memory as its coordination", async () => {
    const health = await (await fetch(`${app.url}/health`)).json();
    expect(health.coordination).toEqual({ backend: "memory", reachable: true });
  });

  races(() => ({ github, apps: () => [app] }));

  it("a timebox running when the process stopped is called once after it starts again", async () => {
    nock.enableNetConnect("127.0.0.1");
    const fake = startedMeeting(
      "meetings:\n  sponsorMinutes: 0.0125\n  discussionMinutes: 0.0208334\n",
    );
    github.fake = fake;
    // The config changed: a push says so, and the instance forgets the config it cached.
    await deliver(app, {
      id: `push-${nextId()}`,
      name: "push",
      payload: example("push", "", (p) => {
        p.commits = [{ ...p.commits?.[0], modified: [".github/roundtable.yml"] }];
      }),
    });
    await deliver(
      app,
      commentDelivery(fake, 1, { id: nextId(), login: "Codertocat", body: "/next" }),
    );
    const stopped = Date.now();
    await app.stop();
    // Past the timer's 2 s while the process is down.
    await new Promise((r) => setTimeout(r, Math.max(0, 2_500 - (Date.now() - stopped))));
    app = await startApp(github, warningsOnly);
    const timesUp = () =>
      botComments(fake, 1).filter((c) => c.body.includes("roundtable:times-up:"));
    // Due already: called once the app has loaded and restored its timers, which a busy machine slows.
    await until(() => timesUp().length > 0, 15_000);
    expect(timesUp()).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 500));
    expect(timesUp()).toHaveLength(1);
  }, 60_000);
});

describe("an instance whose Redis goes away", () => {
  it("says so in its health and its log, and answers deliveries 503 rather than work unsafely", async () => {
    nock.enableNetConnect("127.0.0.1");
    const redis = await startRedis();
    const fake = startedMeeting();
    const github = new GitHubForProcesses(fake);
    await github.start();
    const app = await startApp(github, { REDIS_URL: redis.url, ...warningsOnly });
    try {
      await redis.stop();
      await new Promise((r) => setTimeout(r, 300));
      const health = await fetch(`${app.url}/health`);
      expect(health.status).toBe(503);
      expect((await health.json()).coordination).toMatchObject({
        backend: "redis",
        reachable: false,
      });
      const next = commentDelivery(fake, 1, { id: nextId(), login: "Codertocat", body: "/next" });
      expect(await deliver(app, next)).toBe(503);
      expect(fake.calls).toEqual([]);
      // The log is read from the process's output as it comes (an error: at warnings only, too).
      for (
        let i = 0;
        i < 40 && !/not handled: coordination unreachable/.test(app.log.join("\n"));
        i++
      )
        await new Promise((r) => setTimeout(r, 50));
      expect(app.log.join("\n")).toMatch(/not handled: coordination unreachable/);
    } finally {
      // Killed: a graceful stop waits 3 s for the Redis that is gone, and tests nothing here.
      await app.stop("SIGKILL");
      await github.stop();
    }
  }, 30_000);
});
