import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import nock from "nock";
import { beforeAll, describe, expect, it } from "vitest";
import { GitHubForProcesses } from "../helpers/app-process.js";
import { actionEntry } from "../helpers/entries.js";
import { type FakeGitHub, fakeBoard, fakeProject } from "../helpers/fake-github.js";
import { shortWaits } from "../helpers/fault-bench.js";
import { type Fault, type FaultRule, faultProxy } from "../helpers/fault-proxy.js";
import { clockFrom } from "../helpers/moved-clock.js";

// The Action as a process (today's build, bundled) behind the fault proxy:
// each of its creations × every way GitHub fails. A run the fault stopped exits 1 and the next
// scheduled run finishes the work; after it, GitHub holds what one run without faults left: one
// label of each name, one project item per topic, one commit, one pages branch, one pull request.
// Each cell fails every kind of creation once (a fault stops a run: the next run meets the next
// fault), so a cell is one fault's column; a file of its own, beside the app's matrix.

const run = promisify(execFile);

/** acme/board: four topics, two of them not on the project yet, and no label made. */
function board(): FakeGitHub {
  const fake = fakeBoard(4, (n) => n);
  fake.repoLabels = [];
  fake.project = fakeProject([1, 2]);
  fake.pushCommit("main", {
    ".github/roundtable.yml": "project:\n  owner: acme\n  number: 7\n",
  });
  return fake;
}

/** Where each creation goes (the first request matching is the one failed). */
const writes: Array<[string, Omit<FaultRule, "fault">]> = [
  ["a label created", { method: "POST", path: /\/labels$/ }],
  ["a project item added", { operation: "addProjectV2ItemById" }],
  ["the pages branch created", { method: "POST", path: /\/git\/refs$/ }],
  ["a commit", { operation: "createCommitOnBranch" }],
  ["a pull request opened", { method: "POST", path: /\/pulls$/ }],
];
const faults: Fault[] = ["502-after", "drop-after", "drop-before", "secondary", "429", "timeout"];

/** One scheduled run of the Action (sync, then publish as a pull request) through `proxyUrl`. */
async function action(proxyUrl: string): Promise<{ code: number; stdout: string }> {
  const dir = mkdtempSync(join(tmpdir(), "rt-action-matrix-"));
  for (const f of ["output", "summary"]) writeFileSync(join(dir, f), "");
  const env = {
    PATH: process.env.PATH ?? "",
    GITHUB_REPOSITORY: "acme/board",
    GITHUB_API_URL: proxyUrl,
    GITHUB_GRAPHQL_URL: `${proxyUrl}/graphql`,
    GITHUB_OUTPUT: join(dir, "output"),
    GITHUB_STEP_SUMMARY: join(dir, "summary"),
    INPUT_TOKEN: "ghs_test",
    "INPUT_CONFIG-PATH": ".github/roundtable.yml",
    INPUT_JOBS: "sync,publish",
    "INPUT_DRY-RUN": "false",
    "INPUT_COMMIT-MODE": "pull-request",
    ...shortWaits,
    // Every run starts at one instant: pages say "as of" their day, and a clean run and a cell
    // on either side of midnight would differ in it alone.
    ...clockFrom("2027-03-01T09:00:00Z"),
  };
  try {
    const { stdout } = await run(process.execPath, [actionEntry], { env });
    return { code: 0, stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, stdout: e.stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What the Action's runs leave on GitHub, compared whole. */
function stateOf(fake: FakeGitHub) {
  return {
    labels: fake.repoLabels.map((l) => l.name).sort(),
    items: (fake.project?.items ?? []).map((i) => `#${i.issue} ${JSON.stringify(i.values)}`),
    branches: [...fake.branches.keys()].sort(),
    commits: fake.commits.size,
    pages: Object.fromEntries(fake.files("roundtable/pages")),
    main: Object.fromEntries(fake.files("main")),
    pulls: fake.pulls.map((p) => `${p.head} → ${p.base}`),
    issues: fake.issues.map((i) => `#${i.number} [${i.labels.join(", ")}]`),
  };
}

/** Runs the Action on `fake` behind `rules` until a run succeeds (at most `runs`): the exit codes. */
async function runsOn(fake: FakeGitHub, rules: FaultRule[], runs = 1 + writes.length) {
  // The proxy asks the fake in this process: the Action's requests still cross HTTP to the proxy.
  const proxy = await faultProxy(new GitHubForProcesses(fake).upstream, rules);
  const codes: number[] = [];
  const out: string[] = [];
  try {
    for (let i = 0; i < runs && codes.at(-1) !== 0; i++) {
      const result = await action(proxy.url);
      codes.push(result.code);
      out.push(result.stdout);
    }
  } finally {
    await proxy.close();
  }
  return { codes, out, made: rules.map((r) => proxy.madeBy(r)), log: proxy.log };
}

describe.concurrent("the Action's creations under faults (a process, pull-request mode)", () => {
  let clean: ReturnType<typeof stateOf>;
  beforeAll(async () => {
    nock.enableNetConnect("127.0.0.1");
    const fake = board();
    const { codes } = await runsOn(fake, [], 1);
    expect(codes).toEqual([0]);
    clean = stateOf(fake);
  }, 60_000);

  it("without faults, one run makes every label, adds the topics, and opens one pull request", () => {
    expect(clean.labels).toContain("topic");
    expect(clean.items.map((i) => i.split(" ")[0]).sort()).toEqual(["#1", "#2", "#3", "#4"]);
    expect(clean.branches).toEqual(["main", "roundtable/pages"]);
    expect(clean.pulls).toEqual(["roundtable/pages → main"]);
    expect(Object.keys(clean.pages)).toContain("docs/topics.md");
  });

  for (const fault of faults)
    it(`${fault} on each creation: the next runs finish the work, and nothing is made twice`, async ({
      expect,
    }) => {
      const fake = board();
      const rules = writes.map(([, where]) => ({ fault, ...where, times: 1, retryAfter: 1 }));
      const { codes, out, made, log } = await runsOn(fake, rules);
      if (JSON.stringify(stateOf(fake)) !== JSON.stringify(clean))
        console.log(
          `${fault}: exits ${codes.join(", ")}; ${log.join("; ")}\n${out.join("\n---\n")}`,
        );
      expect.soft(codes.at(-1)).toBe(0);
      // Each creation met its fault once, in one run or another.
      expect
        .soft(Object.fromEntries(writes.map(([w], i) => [w, made[i]])))
        .toEqual(Object.fromEntries(writes.map(([w]) => [w, 1])));
      expect.soft(stateOf(fake)).toEqual(clean);
      // Up to six runs of a process one after another: with the four matrix files at once on two
      // loaded cores, 90 s was not enough for the drop-before and timeout columns.
    }, 240_000);
});
