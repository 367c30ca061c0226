import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeGitHub, fakeBoard } from "../helpers/fake-github.js";
import { serveFake } from "../helpers/serve-fake.js";

const run = promisify(execFile);
const closers: Array<() => void> = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

/** Runs the committed bundle, as the runner would, against the fake on loopback. */
async function action(fake: FakeGitHub, inputs: Record<string, string> = {}) {
  const { url, server } = await serveFake(fake);
  closers.push(() => server.close());
  const dir = mkdtempSync(join(tmpdir(), "rt-action-"));
  const output = join(dir, "output");
  const summary = join(dir, "summary");
  writeFileSync(output, "");
  writeFileSync(summary, "");
  const env = {
    PATH: process.env.PATH ?? "",
    GITHUB_REPOSITORY: "acme/board",
    GITHUB_API_URL: url,
    GITHUB_GRAPHQL_URL: `${url}/graphql`,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    INPUT_TOKEN: "ghs_test",
    "INPUT_CONFIG-PATH": ".github/roundtable.yml",
    INPUT_JOBS: "sync,publish",
    "INPUT_DRY-RUN": "false",
    "INPUT_COMMIT-MODE": "direct",
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
  const result = await run(process.execPath, ["dist/index.js"], { env }).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );
  return {
    ...result,
    outputs: readFileSync(output, "utf8"),
    summary: readFileSync(summary, "utf8"),
  };
}

const commits = (fake: FakeGitHub) => fake.graphqlCalls("CreateCommit");

// Each run is a real process whose client spaces GitHub requests a second apart, as GitHub asks.
describe("the Action bundle, run as its own process", { timeout: 30_000 }, () => {
  it("commits the pages in one createCommitOnBranch, and sets its outputs and summary", async () => {
    const fake = fakeBoard(4, (n) => n);
    const result = await action(fake);
    expect(result.code).toBe(0);
    expect(commits(fake)).toHaveLength(1);
    // sync reads the board; publish renders from that same read.
    expect(fake.graphqlCalls("BoardNodes")).toHaveLength(1);
    const changes = commits(fake)[0]?.variables.fileChanges as
      | { additions: Array<{ path: string }> }
      | undefined;
    const added = changes?.additions ?? [];
    expect(added.map((a) => a.path)).toEqual(["docs/topics.md"]);
    expect(fake.files().get("docs/topics.md")).toContain("**4 topics to discuss**");
    expect(result.outputs).toContain('["docs/topics.md"]');
    expect(result.outputs).toMatch(/queue<<ghadelimiter_[\w-]+\n\[4,3,2,1\]\n/);
    expect(result.summary).toContain("<h2>Roundtable</h2>");
    expect(result.summary).toMatch(/\*\*publish\*\*: changed docs\/topics\.md in c1/);
  });

  it("in a dry run, commits nothing", async () => {
    const fake = fakeBoard(2, (n) => n);
    const result = await action(fake, { "dry-run": "true" });
    expect(result.code).toBe(0);
    expect(fake.mutations()).toEqual([]);
    expect(result.stdout).toContain("would write docs/topics.md");
  });

  it("makes no commit when run again with nothing changed", async () => {
    const fake = fakeBoard(3, (n) => n);
    await action(fake);
    const second = await action(fake);
    expect(second.code).toBe(0);
    expect(commits(fake)).toHaveLength(1);
    expect(second.stdout).toContain("pages: nothing changed, no commit");
  });

  it("fails the step with an annotation on the config's line", async () => {
    const fake = fakeBoard(1);
    fake.pushCommit("main", { ".github/roundtable.yml": "votes:\n  perPerson: lots\n" });
    const result = await action(fake);
    expect(result.code).toBe(1);
    // The annotation names the setting and the line; a public repository's log never shows the
    // value, which may have come from a private base config.
    expect(result.stdout).toContain(
      "::error title=Roundtable config,file=.github/roundtable.yml,line=2,col=14::votes.perPerson: expected a whole number from 1 to 20\n",
    );
    expect(result.stdout).not.toContain('"lots"');
    expect(fake.mutations()).toEqual([]);
  });
});
