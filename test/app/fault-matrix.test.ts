import nock from "nock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppProcess, deliver, GitHubForProcesses, startApp } from "../helpers/app-process.js";
import type { FakeGitHub } from "../helpers/fake-github.js";
import { type Fault, type FaultProxy, type FaultRule, faultProxy } from "../helpers/fault-proxy.js";
import { commentDelivery, startedMeeting } from "../helpers/instances.js";
import { type RedisServer, startRedis } from "../helpers/redis.js";

// Every kind of write a meeting makes × every way GitHub fails, through the real app as a process
// (what `npm start` runs) behind the fault proxy, on both coordination adapters: after the fault
// and the next event, the fake GitHub holds what it holds when nothing failed. One app process per
// adapter serves every case (a fresh fake each); waits are shortened by env, never skipped.
const waits = {
  ROUNDTABLE_RETRY_BASE_MS: "20",
  ROUNDTABLE_WAIT_MAX_MS: "600",
  ROUNDTABLE_RETRY_JOB_BASE_MS: "300",
  ROUNDTABLE_REQUEST_TIMEOUT_MS: "1500",
  ROUNDTABLE_THROTTLING: "",
};

/** The meeting's commands, at fixed times after the real clock's reach (no timer comes due). */
const at = (minute: number) => `2027-03-01T10:${String(minute).padStart(2, "0")}:00Z`;
const script = [
  { id: 501, login: "person-13", body: "/join" },
  { id: 502, login: "Codertocat", body: "/next" },
  { id: 503, login: "Codertocat", body: "/outcome We split the rota by region." },
  { id: 504, login: "person-2", body: "/takeaway Pair a new on-caller with a veteran." },
  { id: 505, login: "Codertocat", body: "/end" },
  // The next event: nothing to decide, but the repository is read and mended.
  { id: 506, login: "person-1", body: "Thanks, all." },
];

/** Where each kind of write goes (the first request matching is the one failed). */
const writes: Array<[string, Omit<FaultRule, "fault">]> = [
  ["a comment created", { method: "POST", path: /\/issues\/1\/comments$/ }],
  ["a comment edited", { method: "PATCH", path: /\/issues\/comments\/\d+$/ }],
  ["a reaction", { method: "POST", path: /\/reactions$/ }],
  ["a project field set", { operation: "updateProjectV2ItemFieldValue" }],
  ["the issue closed", { method: "PATCH", path: /\/issues\/1$/ }],
  ["a commit", { operation: "createCommitOnBranch" }],
];
const faults: Fault[] = ["502-after", "drop-after", "drop-before", "secondary", "429", "timeout"];

/**
 * The note a command that met trouble gets once it is done ("Done: Roundtable completed this
 * command after GitHub failed a moment"): the one thing a fault may add, once per command.
 */
const troubleNote =
  /^<!-- roundtable:reply:\d+ -->\nDone: Roundtable completed this command after GitHub failed/;

/**
 * What GitHub holds that a meeting's run decides: compared whole, ids aside. The comments as a
 * set with their counts (a command completed by its retry job answers after the next command).
 */
function stateOf(fake: FakeGitHub) {
  const meeting = fake.issues.find((i) => i.number === 1);
  return {
    comments: (meeting?.comments ?? [])
      .filter((c) => !(c.bot && troubleNote.test(c.body)))
      // When the host's trust was checked is the app's own clock: the runs differ in it alone.
      .map(
        (c) => `${c.bot ? "bot" : c.author}: ${c.body.replace(/("at":")[^"]+("\} -->)/, "$1…$2")}`,
      )
      .sort(),
    troubleNotes: (meeting?.comments ?? []).filter((c) => c.bot && troubleNote.test(c.body)).length,
    reactions: script.map((s) => [
      s.id,
      fake.reactions
        .filter((r) => r.commentId === s.id && !r.deleted)
        .map((r) => r.content)
        .sort(),
    ]),
    statuses: Object.fromEntries(fake.project?.items.map((i) => [i.issue, i.values]) ?? []),
    issues: fake.issues.map((i) => `#${i.number} ${i.state} [${i.labels.join(", ")}]`),
    files: Object.fromEntries(fake.files()),
    commits: fake.commits.size,
  };
}

async function settle(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
  return check();
}

/**
 * Redis runs the columns where an answer is lost after GitHub applied the write (the suite's time
 * is shared: the rate-limit and reset columns pass through the same client on either adapter).
 */
const onRedis: Fault[] = ["drop-after"];

/**
 * Known to fail: /next whose Status write gets no answer is told "will be completed by itself",
 * and its retry job, coming after /outcome and /end, never writes the roman vote nor marks the
 * command 👍 (the retry of a decided command: app/retries.ts, with the healing of decisions).
 */
const knownFailing = new Set(["timeout on a project field set"]);

function matrix(adapter: "memory" | "redis", columns: Fault[]) {
  describe(`the fault matrix (${adapter})`, () => {
    const github = new GitHubForProcesses(startedMeeting());
    let proxy: FaultProxy;
    let app: AppProcess;
    let redis: RedisServer | undefined;
    let clean: ReturnType<typeof stateOf>;

    const run = async (rules: FaultRule[]) => {
      const fake = startedMeeting();
      github.fake = fake;
      proxy.rules = rules;
      for (const k of Object.keys(proxy.injected)) proxy.injected[k as Fault] = 0;
      proxy.log.length = 0;
      app.log.length = 0;
      for (const [i, step] of script.entries()) {
        const d = commentDelivery(
          fake,
          1,
          { ...step, at: at(i + 1) },
          `${adapter}-${Math.random()}`,
        );
        await deliver(app, d);
      }
      return fake;
    };

    beforeAll(async () => {
      nock.enableNetConnect("127.0.0.1");
      await github.start();
      proxy = await faultProxy(`http://${github.host}`);
      redis = adapter === "redis" ? await startRedis() : undefined;
      app = await startApp({ host: proxy.host } as GitHubForProcesses, {
        ...waits,
        ...(redis ? { REDIS_URL: redis.url } : {}),
      });
      const fake = await run([]);
      await settle(() => false, 500);
      clean = stateOf(fake);
    }, 60_000);
    afterAll(async () => {
      await app?.stop();
      await proxy?.close();
      await redis?.stop();
      await github.stop();
    });

    it("without faults, the meeting runs its course", () => {
      expect(clean.issues[0]).toMatch(/^#1 CLOSED/);
      expect(clean.comments.filter((c) => c.includes("roundtable:meeting-state"))).toHaveLength(1);
      expect(Object.keys(clean.files).some((p) => p.startsWith("docs/meetings/"))).toBe(true);
    });

    for (const fault of columns)
      for (const [write, where] of writes)
        (knownFailing.has(`${fault} on ${write}`) ? it.fails : it)(
          `${fault} on ${write}: after the next event, GitHub holds what it holds without it`,
          async () => {
            const fake = await run([{ fault, ...where, times: 1, retryAfter: 1 }]);
            const same = await settle(
              () => JSON.stringify({ ...stateOf(fake), troubleNotes: 0 }) === JSON.stringify(clean),
              6_000,
            );
            if (!same)
              console.log(
                `${adapter} ${fault} on ${write}: ${proxy.log.join("; ")}\n${(fake.issues[0]?.comments ?? []).map((c) => `${c.id} ${c.author} ${c.createdAt} ${c.body.split("\n")[0]}`).join("\n")}\n${app.log.filter((l) => /WARN|ERROR|fail/.test(l)).join("\n")}`,
              );
            expect(proxy.injected[fault]).toBe(1);
            const { troubleNotes, ...held } = stateOf(fake);
            expect(troubleNotes).toBeLessThanOrEqual(1);
            expect(held).toEqual({ ...clean, troubleNotes: undefined });
          },
          60_000,
        );
  });
}

matrix("memory", faults);
matrix("redis", onRedis);
