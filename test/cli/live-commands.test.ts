import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { fakeBoard, fakeProject } from "../helpers/fake-github.js";
import { mountGitHub } from "../helpers/mount-github.js";

async function run(
  argv: string[],
  env: Record<string, string> = { GITHUB_TOKEN: "t" },
  cwd = mkdtempSync(join(tmpdir(), "rt-")),
) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    cwd,
    env,
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    now: () => "2026-11-20T09:00:00Z",
  });
  return { code, out: out.join("\n"), err: err.join("\n"), cwd };
}

describe("roundtable on GitHub", () => {
  it("snapshot prints a file that queue reads offline", async () => {
    const fake = fakeBoard(4, (n) => n);
    mountGitHub(fake, { rest: ["GET"] });
    const taken = await run(["snapshot", "--repo", "acme/board"]);
    expect(taken.code).toBe(0);
    expect(fake.graphqlCalls().map((c) => c.operation)).toEqual(["BoardNodes"]);
    expect(taken.err).toMatch(/^4 issues in 1 REST and 1 GraphQL requests, 1 points/);
    writeFileSync(join(taken.cwd, "board.json"), taken.out);
    const queue = await run(["queue", "--snapshot", "board.json"], {}, taken.cwd);
    expect(queue.code).toBe(0);
    expect(queue.out.split("\n")[4]).toMatch(/^ {3}1 {2}4 {6}4 {2}sponsor-4/);
  });

  it("sync --dry-run prints the moves and makes none", async () => {
    const fake = fakeBoard(3, (n) => 3 - n);
    fake.project = fakeProject([3, 2, 1]);
    mountGitHub(fake, { rest: ["GET"] });
    const cwd = mkdtempSync(join(tmpdir(), "rt-"));
    writeFileSync(join(cwd, "rt.yml"), "project:\n  owner: acme\n  number: 7\n");
    const result = await run(
      ["sync", "--repo", "acme/board", "--config", "rt.yml", "--dry-run"],
      { GITHUB_TOKEN: "t" },
      cwd,
    );
    expect(result.code).toBe(0);
    expect(result.out.split("\n")).toEqual([
      "would move #2 after #1",
      "would move #3 after #2",
      "acme/board: 3 topics in the queue; 2 changes would be made",
    ]);
    expect(fake.mutations()).toEqual([]);
  });

  it("sync's cost line counts every request it made, the moves included", async () => {
    const fake = fakeBoard(3, (n) => 3 - n);
    fake.project = fakeProject([3, 2, 1]);
    mountGitHub(fake, { rest: ["GET"] });
    const cwd = mkdtempSync(join(tmpdir(), "rt-"));
    writeFileSync(join(cwd, "rt.yml"), "project:\n  owner: acme\n  number: 7\n");
    const result = await run(
      ["sync", "--repo", "acme/board", "--config", "rt.yml"],
      { GITHUB_TOKEN: "t" },
      cwd,
    );
    expect(result.code).toBe(0);
    const writes = fake.mutations().length;
    expect(writes).toBe(2);
    const reads = fake.calls.length - writes;
    expect(result.err).toMatch(
      new RegExp(
        `^cost: ${reads + writes} requests to GitHub \\(${reads} to read, ${writes} to write\\); \\d+ GraphQL points for the reads$`,
      ),
    );
  });

  it("asks for a token, with exit code 2", async () => {
    const result = await run(["sync", "--repo", "acme/board"], {});
    expect(result).toMatchObject({ code: 2 });
    expect(result.err).toMatch(/^roundtable sync: GITHUB_TOKEN is not set: export a token/);
  });

  it("turns GitHub's refusal into one line of advice, with exit code 1", async () => {
    const fake = fakeBoard(1);
    fake.interceptors.push(() => [401, { message: "Bad credentials" }]);
    mountGitHub(fake, { rest: ["GET"] });
    const result = await run(["publish", "--repo", "acme/board"]);
    expect(result).toMatchObject({
      code: 1,
      err: "roundtable publish: GitHub refused the token (401): check that GITHUB_TOKEN is set and has not expired",
    });
  });
});

describe("roundtable retro --meeting", () => {
  it("names an issue that does not exist, in one line, exit 1", async () => {
    const fake = fakeBoard(3, (n) => n);
    mountGitHub(fake, { rest: ["GET"] });
    const result = await run(["retro", "--repo", "acme/board", "--meeting", "99"]);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      "roundtable retro: --meeting 99: #99 is not an issue Roundtable can read in acme/board: no such issue, or it carries none of Roundtable's labels; name a meeting issue (one with the meeting label)",
    );
    expect(fake.mutations()).toEqual([]);
  });

  it("refuses a topic, in one line naming it, exit 1", async () => {
    const fake = fakeBoard(3, (n) => n);
    mountGitHub(fake, { rest: ["GET"] });
    const result = await run(["retro", "--repo", "acme/board", "--meeting", "2"]);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      "roundtable retro: --meeting 2: #2 is not a meeting of acme/board: it has no meeting label; name a meeting issue (one with the meeting label)",
    );
    expect(fake.mutations()).toEqual([]);
  });
});
