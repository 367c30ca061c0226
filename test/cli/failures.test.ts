import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import nock from "nock";
import { describe, expect, it } from "vitest";
import { paint, wantsColor } from "../../src/cli/color.js";
import { runCli } from "../../src/cli/run-cli.js";
import { cliEntry } from "../helpers/entries.js";

/** Runs the CLI in this process; stderr lines are what a person would read. */
async function run(argv: string[], cwd = workspace(), env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    cwd,
    env,
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    now: () => "2026-11-20T09:00:00Z",
  });
  return { code, out, err, cwd };
}

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "rt-fail-"));
  writeFileSync(join(dir, "board.json"), readFileSync("examples/board.json"));
  return dir;
}

/**
 * Runs the CLI's own entry (built from src/cli/main.ts into lib/) as a process, as a shell would:
 * `shell` is the command line after `roundtable`, with redirections and pipes.
 */
function main(
  shell: string,
  cwd: string,
  options: { boundByPermissions?: boolean } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  // root without the capabilities that let it write and read past permissions (util-linux's
  // setpriv): still the owner of the checkout, wherever it is, so it reads its code.
  const bound = options.boundByPermissions
    ? "setpriv --inh-caps=-dac_override,-dac_read_search --bounding-set=-dac_override,-dac_read_search -- "
    : "";
  const roundtable = `${bound}node ${JSON.stringify(cliEntry)}`;
  return new Promise((resolve) => {
    const child = spawn("bash", ["-c", `set -o pipefail; ${roundtable} ${shell}`], {
      cwd,
      env: { PATH: process.env.PATH ?? "", HOME: tmpdir() },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** A snapshot with `copies` times the example's issues: output far larger than a pipe holds. */
function bigBoard(dir: string, copies: number): void {
  const board = JSON.parse(readFileSync("examples/board.json", "utf8"));
  const issues = board.issues as Array<{ number: number; title: string }>;
  board.issues = Array.from({ length: copies }, (_, k) =>
    issues.map((issue) => ({ ...issue, number: issue.number + k * 1000 })),
  ).flat();
  writeFileSync(join(dir, "big.json"), JSON.stringify(board));
}

const lines = (text: string) => text.split("\n").filter((l) => l !== "");

describe("a CLI that never prints a stack", { timeout: 30_000 }, () => {
  it("queue | head -3: the reader leaving early ends the run quietly, exit 0", async () => {
    const dir = workspace();
    bigBoard(dir, 60);
    const result = await main("queue --snapshot big.json | head -3", dir);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(lines(result.stdout)).toHaveLength(2);
    expect(result.stdout).toMatch(/^acme-leads\/roundtable: \d+ topics to discuss/);
  });

  it("render --out a file (ENOTDIR): one line naming the path, exit 1", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "site"), "a file");
    const result = await run(["render", "--snapshot", "board.json", "--out", "site"], dir);
    expect(result.code).toBe(1);
    expect(result.err).toEqual([
      "roundtable render: site/docs: a part of this path is a file, not a folder; choose another path (ENOTDIR)",
    ]);
  });

  it("render into a folder it may not write (EACCES): one line naming the path, exit 1", async () => {
    const dir = workspace();
    mkdirSync(join(dir, "locked"), { mode: 0o555 });
    // root may write anywhere: the run is then made by a root bound by permissions, like anyone.
    // (Run as another user, it could not read a checkout in a private folder, such as ~root.)
    const asRoot = process.getuid?.() === 0;
    const result = await main("render --snapshot board.json --out locked", dir, {
      boundByPermissions: asRoot,
    });
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([
      "roundtable render: locked/docs: permission denied; choose a place you may write to, or change its permissions (EACCES)",
    ]);
  });

  it("output to a full disk (ENOSPC): one line, exit 1", async () => {
    const dir = workspace();
    openSync("/dev/full", "w");
    const result = await main("queue --snapshot board.json > /dev/full", dir);
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([
      expect.stringMatching(
        /^roundtable( queue)?: (cannot write the output: )?.*no space left on the device; free some space and run again \(ENOSPC\)$/,
      ),
    ]);
  });

  it("no network: could not reach api.github.com, not 'GitHub answered 500', exit 1", async () => {
    // What Node's fetch throws when DNS fails: a TypeError whose cause is the system error.
    const cause = Object.assign(new Error("getaddrinfo ENOTFOUND api.github.com"), {
      code: "ENOTFOUND",
      hostname: "api.github.com",
    });
    // Persisting: the client retries a failed request twice, as it would a real outage.
    nock("https://api.github.com")
      .persist()
      .post("/graphql")
      .replyWithError(new TypeError("fetch failed", { cause }))
      .get(/.*/)
      .replyWithError(new TypeError("fetch failed", { cause }));
    const result = await run(["snapshot", "--repo", "acme/board"], workspace(), {
      GITHUB_TOKEN: "t",
      // The retries' waits (1, 4 and 9 units) in milliseconds, not seconds: the same retries.
      ROUNDTABLE_RETRY_BASE_MS: "10",
    });
    expect(result.code).toBe(1);
    expect(result.err).toEqual([
      "roundtable snapshot: could not reach api.github.com (getaddrinfo ENOTFOUND api.github.com): check the network connection, or GITHUB_API_URL for GitHub Enterprise",
    ]);
  });

  it("a mistyped option: one line suggesting the closest, exit 2", async () => {
    const result = await run(["queue", "--snaphot", "board.json"]);
    expect(result.code).toBe(2);
    expect(result.err).toEqual([
      "roundtable queue: unknown option --snaphot; did you mean --snapshot? (see 'roundtable queue --help')",
    ]);
  });

  it("a mistyped command: one line suggesting the closest, exit 2", async () => {
    const result = await run(["qeue"]);
    expect(result.code).toBe(2);
    expect(result.err).toEqual([
      `roundtable: unknown command "qeue"; did you mean queue? run 'roundtable --help' for the list`,
    ]);
  });

  it("init outside a git checkout: one line of warning, and the files, exit 0", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rt-nogit-"));
    const result = await run(["init", "."], dir);
    expect(result.code).toBe(0);
    expect(result.err).toEqual([
      "warning: . is not inside a git checkout; the files take effect once they are committed to the repository",
    ]);
    expect(result.out[0]).toBe("wrote   .github/ISSUE_TEMPLATE/topic.yml");
  });

  it("init into a deep missing path: refused in one line without --force, exit 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rt-deep-"));
    mkdirSync(join(dir, ".git"));
    const refused = await run(["init", "boards/leadership"], dir);
    expect(refused.code).toBe(1);
    expect(refused.err).toEqual([
      "roundtable init: boards/leadership: neither the folder nor its parent exists; check the path, or pass --force to create it",
    ]);
    expect(refused.out).toEqual([]);
    const forced = await run(["init", "boards/leadership", "--force"], dir);
    expect(forced.code).toBe(0);
    // One level missing is made without asking.
    expect((await run(["init", "new-board"], dir)).code).toBe(0);
  });
});

describe("machine-readable output", () => {
  it("queue --json: the queue in order, with version 1", async () => {
    const result = await run(["queue", "--snapshot", "board.json", "--json"]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out.join("\n"));
    expect(json).toMatchObject({
      version: 1,
      repository: "acme-leads/roundtable",
      takenAt: "2026-11-20T09:00:00Z",
      votesPerPerson: 3,
    });
    expect(json.toDiscuss).toHaveLength(23);
    expect(json.toDiscuss[0]).toMatchObject({ rank: 1, votes: expect.any(Number) });
    expect(json.toDiscuss.map((e: { rank: number }) => e.rank)).toEqual(
      Array.from({ length: 23 }, (_, i) => i + 1),
    );
    expect(Object.keys(json)).toEqual([
      "version",
      "repository",
      "takenAt",
      "votesPerPerson",
      "voters",
      "discussing",
      "toDiscuss",
      "unsponsored",
      "parked",
      "discussed",
      "overBudget",
    ]);
  });
});

describe("colour", { timeout: 30_000 }, () => {
  it("only on a terminal, never with NO_COLOR or a dumb terminal", () => {
    expect(wantsColor({ isTTY: true }, {})).toBe(true);
    expect(wantsColor({ isTTY: false }, {})).toBe(false);
    expect(wantsColor({}, {})).toBe(false);
    expect(wantsColor({ isTTY: true }, { NO_COLOR: "1" })).toBe(false);
    expect(wantsColor({ isTTY: true }, { NO_COLOR: "" })).toBe(true);
    expect(wantsColor({ isTTY: true }, { TERM: "dumb" })).toBe(false);
  });

  it("the queue is plain text through a pipe, and styled when colour is on", async () => {
    const dir = workspace();
    const piped = await main("queue --snapshot board.json | cat", dir);
    expect(piped.stdout).not.toContain("\x1b[");
    expect(paint(true, "bold", "Rank")).toBe("\x1b[1mRank\x1b[22m");
    expect(paint(false, "bold", "Rank")).toBe("Rank");
  });
});
