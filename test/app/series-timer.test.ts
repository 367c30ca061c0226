import nock from "nock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AppProcess,
  deliver,
  GitHubForProcesses,
  startApp,
  startBefore,
} from "../helpers/app-process.js";
import { FakeGitHub } from "../helpers/fake-github.js";
import { clockFrom } from "../helpers/moved-clock.js";
import { startRedis } from "../helpers/redis.js";
import { example } from "../helpers/webhook-example.js";

/**
 * The app opens a series' meetings on its own timers: the built app as a process (`npm start`),
 * its clock moved to a few seconds before an opening (libfaketime, startBefore), one fake GitHub
 * over HTTP.
 * 2027-01-07 17:00 Berlin, 14 days ahead: its issue is due at 2026-12-24 00:00 Berlin, which is
 * 2026-12-23T23:00:00Z; the next meeting, 2027-02-18, opens at 2027-02-03T23:00:00Z.
 */
const config = (openBefore: number) => `meetings:
  series:
    every: 6
    weekday: thursday
    start: "2027-01-07T17:00"
    timeZone: Europe/Berlin
    openBefore: ${openBefore}
`;

const fake = new FakeGitHub("Codertocat", "Hello-World");
fake.repoLabels = [{ name: "meeting", color: "ededed", description: "" }];
fake.pushCommit("main", { ".github/roundtable.yml": config(14) });
const github = new GitHubForProcesses(fake);
let app: AppProcess | undefined;

beforeAll(async () => {
  nock.enableNetConnect("127.0.0.1");
  await github.start();
});
afterAll(async () => {
  await app?.stop();
  await github.stop();
});

const titles = () => fake.openedIssues.map((i) => i.title);
const until = async (done: () => boolean, ms: number) => {
  for (const end = Date.now() + ms; !done() && Date.now() < end; )
    await new Promise((r) => setTimeout(r, 100));
};

describe("a series, on the app's timers", () => {
  it("opens the next meeting's issue at its opening instant, once, and sets the timer for the one after", async () => {
    fake.clock = "2026-12-23T22:59:48Z";
    app = await startBefore(github, "2026-12-23T23:00:00Z", {});
    // Started (and its timers restored) before the opening: nothing is open yet.
    expect(titles()).toEqual([]);
    await until(() => titles().length > 0, 40_000);
    expect(titles()).toEqual(["Lean coffee 2027-01-07"]);
    const issue = fake.openedIssues[0];
    expect(issue?.body).toContain("### Date\n\n2027-01-07");
    expect(issue?.body).toContain("### Start time\n\n17:00");
    expect(issue?.labels).toEqual(["meeting"]);
    // The timer's run ends after the issue is opened: its line says when the next one runs.
    const next = () =>
      (app?.log ?? []).some((l) => l.includes("next opening 2027-02-03T23:00:00.000Z"));
    await until(next, 5_000);
    expect(next()).toBe(true);
    // The timer ran at the opening, not before it: its line is stamped on the moved clock.
    const line = app.log.find((l) => l.includes("1 meeting issue(s) opened")) ?? "";
    const at = Date.parse(/ at (\S+):/.exec(line)?.[1] ?? "");
    expect(at).toBeGreaterThanOrEqual(Date.parse("2026-12-23T23:00:00Z"));
    expect(at).toBeLessThan(Date.parse("2026-12-23T23:00:05Z"));
  }, 60_000);

  it("opens nothing twice: restarted after the opening, it catches up and finds the issue there", async () => {
    await app?.stop();
    app = await startApp(github, clockFrom("2026-12-23T23:01:00Z"));
    await until(() => (app?.log.join("\n") ?? "").includes("no meeting to open"), 8_000);
    expect(app.log.join("\n")).toContain("no meeting to open");
    expect(titles()).toEqual(["Lean coffee 2027-01-07"]);
  }, 30_000);

  it("a push that changes the config sets the timer again: a meeting due under the new config opens at once", async () => {
    // openBefore: 60 makes 2027-02-18 due since 2026-12-20.
    fake.pushCommit("main", { ".github/roundtable.yml": config(60) });
    const push = example("push", "", (p) => {
      p.ref = "refs/heads/main";
      p.repository.default_branch = "main";
      p.commits = [{ ...p.commits?.[0], modified: [".github/roundtable.yml"] }];
    });
    expect(
      await deliver(app as AppProcess, { id: "push-series", name: "push", payload: push }),
    ).toBe(200);
    await until(() => titles().length > 1, 8_000);
    expect(titles()).toEqual(["Lean coffee 2027-01-07", "Lean coffee 2027-02-18"]);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(titles()).toHaveLength(2);
  }, 30_000);

  it("with Redis, whose timers are not restored on start, the repository's next event arms the next opening", async () => {
    await app?.stop();
    // The 2027-04-01 meeting (openBefore 60) opens at 2027-01-30T23:00:00Z (midnight in Berlin); a few
    // seconds before it (startBefore), an app on Redis starts with no timer of the series set, and
    // a topic is opened.
    fake.clock = "2027-01-30T22:59:48Z";
    fake.pushCommit("main", { ".github/roundtable.yml": config(60) });
    const redis = await startRedis();
    try {
      const opened = example("issues", "opened", (p) => {
        p.issue.labels = [{ name: "topic" }];
      });
      let answered = 0;
      app = await startBefore(
        github,
        "2027-01-30T23:00:00Z",
        { REDIS_URL: redis.url },
        {
          // A try killed before its time leaves its delivery marked done in Redis: each try
          // starts from an empty one.
          fresh: () => redis.flush(),
          prepare: async (started) => {
            answered = await deliver(started, {
              id: "topic-series",
              name: "issues",
              payload: opened,
            });
          },
        },
      );
      expect(answered).toBe(200);
      // Not before its time: the timer the topic armed opens it.
      expect(titles()).not.toContain("Lean coffee 2027-04-01");
      const april = () => titles().includes("Lean coffee 2027-04-01");
      await until(april, 40_000);
      expect(april()).toBe(true);
      expect(titles().filter((t) => t === "Lean coffee 2027-04-01")).toHaveLength(1);
    } finally {
      await app?.stop();
      app = undefined;
      await redis.stop();
    }
  }, 60_000);
});
