import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { warningsOnly } from "./app-process.js";
import type { FakeGitHub } from "./fake-github.js";
import { type Adapter, type FaultBench, faultBench, quiet, until } from "./fault-bench.js";
import type { Fault, FaultRule } from "./fault-proxy.js";
import { type CreationStory, creationState, creations, troubleNote } from "./fault-stories.js";
import { commentDelivery, startedMeeting } from "./instances.js";

// Every kind of write a meeting makes, and every creation (an issue, a label, a project item),
// × every way GitHub fails, through the real app as a process (what `npm start` runs) behind the
// fault proxy: after the fault and the next event, the fake GitHub holds what it holds when
// nothing failed. One app process per adapter serves every cell, each cell a repository (an
// installation, a fake GitHub) of its own, so cells run side by side; waits are shortened by env,
// never skipped. Each adapter is a test file of its own, so the two run in parallel.

export const faults: Fault[] = [
  "502-after",
  "drop-after",
  "drop-before",
  "secondary",
  "429",
  "timeout",
];

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
const meeting: CreationStory = {
  write: "the meeting",
  where: {},
  build: (repo) => startedMeeting("", repo),
  story: script.map(
    (step, i) => (fake: FakeGitHub) =>
      commentDelivery(fake, 1, { ...step, at: at(i + 1) }, `delivery-${step.id}`),
  ),
};

type State = Record<string, unknown> & { troubleNotes: number };

/**
 * One cell: the story on a repository of its own, its one fault at `where`; waits until GitHub
 * holds `clean` and nothing is left to run, then says what differs, if anything.
 */
async function cell(
  bench: FaultBench,
  story: CreationStory,
  rule: FaultRule,
  state: (fake: FakeGitHub) => State,
  clean: State,
) {
  const { fake, rules, answered } = await bench.cell(story.build, story.story, [rule]);
  const same = () => JSON.stringify({ ...state(fake), troubleNotes: 0 }) === JSON.stringify(clean);
  // Equal once the retries are done, and still equal when nothing is left to run.
  await until(same, 8_000);
  await quiet(fake, 600, 8_000);
  if (!same())
    console.log(
      `${bench.adapter} ${rule.fault} on ${story.write} (${fake.repo}): ${bench.proxy.log.filter((l) => l.includes(fake.repo)).join("; ")}\n${bench.app.log.filter((l) => l.includes(fake.repo) && /WARN|ERROR|fail/.test(l)).join("\n")}`,
    );
  const { troubleNotes, ...held } = state(fake);
  // The next event, the story's last, is answered as one that went well.
  const next = answered.at(-1);
  return { made: rules.map((r) => bench.proxy.madeBy(r)), troubleNotes, held, next };
}

/** The matrix on one coordination adapter, as one describe of concurrent cells. */
export function faultMatrix(adapter: Adapter): void {
  describe.concurrent(`the fault matrix (${adapter})`, () => {
    let bench: FaultBench;
    let clean: State;
    const cleanOf = new Map<CreationStory, State>();

    beforeAll(async () => {
      bench = await faultBench(adapter, warningsOnly);
      // Each story once without faults, one after another: what every cell must end with. (Side
      // by side, with the four matrix files at once on two loaded cores, a delivery of the
      // meeting's clean run failed in two runs of two; one after another, it passed.)
      const { fake } = await bench.cell(meeting.build, meeting.story);
      await quiet(fake, 600, 10_000);
      clean = stateOf(fake);
      for (const story of creations) {
        const { fake } = await bench.cell(story.build, story.story);
        await quiet(fake, 600, 10_000);
        cleanOf.set(story, creationState(fake));
      }
    }, 120_000);
    afterAll(async () => {
      await bench?.stop();
    });

    it("without faults, the meeting runs its course and each story makes its creation", () => {
      expect((clean.issues as string[])[0]).toMatch(/^#1 CLOSED/);
      expect(
        (clean.comments as string[]).filter((c) => c.includes("roundtable:meeting-state")),
      ).toHaveLength(1);
      expect(Object.keys(clean.files as object).some((p) => p.startsWith("docs/meetings/"))).toBe(
        true,
      );
      const [issue, label, item] = creations.map((s) => cleanOf.get(s) as State);
      expect(issue?.issues).toContainEqual(
        expect.stringMatching(
          /^#1001 OPEN Follow-the-sun on-call .*<!-- roundtable:promoted:2 -->/,
        ),
      );
      expect(label?.labels).toContainEqual(expect.stringMatching(/^topic /));
      expect(item?.items).toContainEqual(expect.stringMatching(/^#5 /));
    });

    for (const fault of faults)
      for (const [write, where] of writes)
        it(`${fault} on ${write}: after the next event, GitHub holds what it holds without it`, async ({
          expect,
        }) => {
          const rule = { fault, ...where, times: 1, retryAfter: 1 };
          const { made, troubleNotes, held, next } = await cell(
            bench,
            meeting,
            rule,
            stateOf,
            clean,
          );
          expect(made).toEqual([1]);
          expect(next).toBe(200);
          expect(troubleNotes).toBeLessThanOrEqual(1);
          expect(held).toEqual({ ...clean, troubleNotes: undefined });
        }, 120_000);

    // The creations of one fault side by side in one test: a cell waits far more than it works.
    for (const fault of faults)
      it(`${fault} on an issue opened, a label created, a project item added: each made once, nothing missing`, async ({
        expect,
      }) => {
        const cells = await Promise.all(
          creations.map((story) =>
            cell(
              bench,
              story,
              { fault, ...story.where, times: 1, retryAfter: 1 },
              creationState,
              cleanOf.get(story) as State,
            ),
          ),
        );
        for (const [i, { made, troubleNotes, held, next }] of cells.entries()) {
          const story = creations[i] as CreationStory;
          expect.soft(made, story.write).toEqual([1]);
          expect.soft(next, story.write).toBe(200);
          expect.soft(troubleNotes, story.write).toBeLessThanOrEqual(1);
          expect
            .soft(held, story.write)
            .toEqual({ ...cleanOf.get(story), troubleNotes: undefined });
        }
      }, 120_000);
  });
}
