import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FakeGitHub } from "../helpers/fake-github.js";
import { type Adapter, type FaultBench, faultBench, quiet, until } from "../helpers/fault-bench.js";
import type { Fault, FaultRule } from "../helpers/fault-proxy.js";
import { commentDelivery, startedMeeting } from "../helpers/instances.js";

// Every kind of write a meeting makes × every way GitHub fails, through the real app as a process
// (what `npm start` runs) behind the fault proxy, on both coordination adapters: after the fault
// and the next event, the fake GitHub holds what it holds when nothing failed. One app process per
// adapter serves every cell, each cell a repository (an installation, a fake GitHub) of its own,
// so cells run side by side; waits are shortened by env, never skipped.

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
  const state = {
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
  // Each cell is a repository of its own: links name it.
  return JSON.parse(JSON.stringify(state).replaceAll(fake.repo, "Hello-World")) as typeof state;
}

/** The meeting's script, delivered in turn, each at its fixed time. */
const story = script.map(
  (step, i) => (fake: FakeGitHub) =>
    commentDelivery(fake, 1, { ...step, at: at(i + 1) }, `delivery-${step.id}`),
);

/**
 * Redis runs the columns where an answer is lost after GitHub applied the write (the suite's time
 * is shared: the rate-limit and reset columns pass through the same client on either adapter).
 */
const onRedis: Fault[] = ["drop-after"];

function matrix(adapter: Adapter, columns: Fault[]) {
  describe.concurrent(`the fault matrix (${adapter})`, () => {
    let bench: FaultBench;
    let clean: ReturnType<typeof stateOf>;

    beforeAll(async () => {
      bench = await faultBench(adapter);
      const { fake } = await bench.cell((repo) => startedMeeting("", repo), story);
      await quiet(fake, 600, 10_000);
      clean = stateOf(fake);
    }, 60_000);
    afterAll(async () => {
      await bench?.stop();
    });

    it("without faults, the meeting runs its course", () => {
      expect(clean.issues[0]).toMatch(/^#1 CLOSED/);
      expect(clean.comments.filter((c) => c.includes("roundtable:meeting-state"))).toHaveLength(1);
      expect(Object.keys(clean.files).some((p) => p.startsWith("docs/meetings/"))).toBe(true);
    });

    for (const fault of columns)
      for (const [write, where] of writes)
        it(`${fault} on ${write}: after the next event, GitHub holds what it holds without it`, async ({
          expect,
        }) => {
          const { fake, rules } = await bench.cell((repo) => startedMeeting("", repo), story, [
            { fault, ...where, times: 1, retryAfter: 1 },
          ]);
          const same = () =>
            JSON.stringify({ ...stateOf(fake), troubleNotes: 0 }) === JSON.stringify(clean);
          // Equal once the retries are done, and still equal when nothing is left to run.
          await until(same, 8_000);
          await quiet(fake, 600, 8_000);
          if (!same())
            console.log(
              `${adapter} ${fault} on ${write} (${fake.repo}): ${bench.proxy.log.filter((l) => l.includes(fake.repo)).join("; ")}\n${(fake.issues[0]?.comments ?? []).map((c) => `${c.id} ${c.author} ${c.createdAt} ${c.body.split("\n")[0]}`).join("\n")}\n${bench.app.log.filter((l) => l.includes(fake.repo) && /WARN|ERROR|fail/.test(l)).join("\n")}`,
            );
          expect(rules.map((r) => bench.proxy.madeBy(r))).toEqual([1]);
          const { troubleNotes, ...held } = stateOf(fake);
          expect(troubleNotes).toBeLessThanOrEqual(1);
          expect(held).toEqual({ ...clean, troubleNotes: undefined });
        }, 60_000);
  });
}

matrix("memory", faults);
matrix("redis", onRedis);
