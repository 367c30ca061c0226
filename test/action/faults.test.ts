import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actionEntry } from "../helpers/entries.js";
import { type FakeGitHub, fakeBoard } from "../helpers/fake-github.js";
import { type FaultRule, faultProxy } from "../helpers/fault-proxy.js";
import { serveFake } from "../helpers/serve-fake.js";

const run = promisify(execFile);
const closers: Array<() => unknown> = [];
beforeEach(() => nock.enableNetConnect("127.0.0.1"));
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

/**
 * The Action's runner built from source into lib/ (the bundle is rebuilt after a merge), as its own
 * process, with the fault proxy between it and the fake GitHub.
 */
async function action(fake: FakeGitHub, rules: FaultRule[]) {
  const served = await serveFake(fake);
  const proxy = await faultProxy(served.url, rules);
  closers.push(served.close, proxy.close);
  const dir = mkdtempSync(join(tmpdir(), "rt-faults-"));
  for (const f of ["output", "summary"]) writeFileSync(join(dir, f), "");
  const env = {
    PATH: process.env.PATH ?? "",
    GITHUB_REPOSITORY: "acme/board",
    GITHUB_API_URL: proxy.url,
    GITHUB_GRAPHQL_URL: `${proxy.url}/graphql`,
    GITHUB_OUTPUT: join(dir, "output"),
    GITHUB_STEP_SUMMARY: join(dir, "summary"),
    INPUT_TOKEN: "ghs_test",
    "INPUT_CONFIG-PATH": ".github/roundtable.yml",
    INPUT_JOBS: "sync,publish",
    "INPUT_DRY-RUN": "false",
    "INPUT_COMMIT-MODE": "direct",
    ROUNDTABLE_RETRY_BASE_MS: "20",
  };
  const result = await run(process.execPath, [actionEntry], {
    env,
  }).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );
  return { ...result, proxy };
}

/** Commits made on the fake (beyond its first), whatever their answers became on the way back. */
const commits = (fake: FakeGitHub) => fake.commits.size - 1;
const errors = (stdout: string) => stdout.split("\n").filter((l) => l.startsWith("::error"));

describe("the Action when connections drop mid-answer", { timeout: 60_000 }, () => {
  it("a dropped answer now and then is asked again: one run, one commit", async () => {
    const fake = fakeBoard(4, (n) => n);
    const result = await action(fake, [{ fault: "drop-after", every: 2 }]);
    expect(result.proxy.injected["drop-after"]).toBeGreaterThan(0);
    expect(errors(result.stdout)).toEqual([]);
    expect(result.code).toBe(0);
    expect(commits(fake)).toBe(1);
    expect(fake.files().get("docs/topics.md")).toContain("**4 topics to discuss**");
  });

  it("an answer dropped every time exits 1 with one line naming the operation, and the next run converges", async () => {
    const fake = fakeBoard(4, (n) => n);
    const failed = await action(fake, [{ fault: "drop-after", operation: "BoardNodes" }]);
    expect(failed.code).toBe(1);
    const lines = errors(failed.stdout);
    console.log(`dropped every time: exit ${failed.code}, ${lines.join(" | ")}`);
    // One line, as an annotation and as the step's failure.
    expect(new Set(lines.map((l) => l.replace(/^::error[^:]*::/, ""))).size).toBe(1);
    expect(lines[0]).toMatch(/GraphQL BoardNodes: GitHub's answer was cut off .* run again/);
    expect(failed.stdout).not.toMatch(/TypeError|Cannot read properties/);
    const next = await action(fake, []);
    expect(next.code).toBe(0);
    expect(commits(fake)).toBe(1);
  });
});
