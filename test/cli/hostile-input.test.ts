import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { actionEntry, cliEntry } from "../helpers/entries.js";
import { FakeGitHub, fakeBoard } from "../helpers/fake-github.js";
import { serveFake } from "../helpers/serve-fake.js";

/**
 * Findings of issue 20 that concern the CLI and the Action, against the fake GitHub on loopback or
 * a server that misbehaves. Where the process is the point (a request never answered must end
 * the whole run; a failed connection must print no stack of Node's), each runs as its own
 * process, built from the source into lib/; where what the CLI says is (a config, a path, a
 * title), the CLI runs in this process, as `runCli`: the same lines, without a Node start each.
 */
const closers: Array<() => void> = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});
beforeEach(() => {
  nock.enableNetConnect("127.0.0.1");
});

/** Runs a process to its end: exit code, output, and how long it took. */
function run(
  args: string[],
  env: Record<string, string>,
  cwd = process.cwd(),
): Promise<{ code: number; stdout: string; stderr: string; ms: number }> {
  const began = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd,
      env: { PATH: process.env.PATH ?? "", HOME: tmpdir(), ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) =>
      resolve({ code: code ?? -1, stdout, stderr, ms: Date.now() - began }),
    );
  });
}

const cli = (argv: string[], env: Record<string, string> = {}, cwd?: string) =>
  run([cliEntry, ...argv], env, cwd);

/** The CLI in this process: its exit code, and its output and errors as a terminal shows them. */
async function cliHere(argv: string[], env: Record<string, string> = {}, cwd = process.cwd()) {
  const out: string[] = [];
  const err: string[] = [];
  const began = Date.now();
  const code = await runCli(argv, {
    cwd,
    env: { HOME: tmpdir(), ...env },
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    now: () => "2026-12-07T09:00:00Z",
  });
  const text = (lines: string[]) => lines.map((line) => `${line}\n`).join("");
  return { code, stdout: text(out), stderr: text(err), ms: Date.now() - began };
}

/** The Action's runner, as the runner starts it, against `url`. */
function action(url: string, env: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), "rt-hostile-action-"));
  writeFileSync(join(dir, "output"), "");
  writeFileSync(join(dir, "summary"), "");
  return run([actionEntry], {
    GITHUB_REPOSITORY: "acme/board",
    GITHUB_API_URL: url,
    GITHUB_GRAPHQL_URL: `${url}/graphql`,
    GITHUB_OUTPUT: join(dir, "output"),
    GITHUB_STEP_SUMMARY: join(dir, "summary"),
    INPUT_TOKEN: "ghs_test",
    "INPUT_CONFIG-PATH": ".github/roundtable.yml",
    INPUT_JOBS: "sync",
    "INPUT_DRY-RUN": "true",
    "INPUT_COMMIT-MODE": "direct",
    ...env,
  });
}

async function served(fake: FakeGitHub, hang?: (path: string, body: unknown) => boolean) {
  const { url, close } = await serveFake(fake, hang ? { hang: (_m, p, b) => hang(p, b) } : {});
  closers.push(close);
  return url;
}

/** A server that answers everything with a web page, as a proxy's sign-in page does. */
async function htmlServer(): Promise<string> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end("<!doctype html><html><body>Sign in to continue</body></html>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  closers.push(() => server.close());
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A port nothing listens on: a connection to it is refused. */
async function refusedUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

const live = (url: string, extra: Record<string, string> = {}) => ({
  GITHUB_TOKEN: "t",
  GITHUB_API_URL: url,
  GITHUB_GRAPHQL_URL: `${url}/graphql`,
  ...extra,
});

const oneLine = (text: string) => text.trim().split("\n");
const noStack = (text: string) => expect(text).not.toMatch(/^\s+at /m);

const boardIssues = (_path: string, body: unknown) =>
  /query BoardNodes/.test(String((body as { query?: string } | undefined)?.query));

describe("nothing waits forever", { timeout: 70_000 }, () => {
  it("the CLI gives up on a request GitHub never answers: exit 1 within a minute, one line naming it", async () => {
    const fake = fakeBoard(2);
    const url = await served(fake, boardIssues);
    const result = await cli(
      ["sync", "--repo", "acme/board", "--dry-run"],
      live(url, { ROUNDTABLE_REQUEST_TIMEOUT_MS: "1000" }),
    );
    expect(result.code).toBe(1);
    expect(result.ms).toBeLessThan(60_000);
    expect(oneLine(result.stderr)).toEqual([
      "roundtable sync: GraphQL BoardNodes: GitHub did not answer within 1 s; gave up (run again, or raise ROUNDTABLE_REQUEST_TIMEOUT_MS)",
    ]);
  });

  it("the Action gives up on a request GitHub never answers: fails within a minute, one line naming it", async () => {
    const fake = fakeBoard(2);
    const url = await served(fake, boardIssues);
    const result = await action(url, { ROUNDTABLE_REQUEST_TIMEOUT_MS: "1000" });
    expect(result.code).toBe(1);
    expect(result.ms).toBeLessThan(60_000);
    // One message: the annotation and the failed step say the same line.
    const errors = result.stdout.split("\n").filter((l) => l.startsWith("::error"));
    const messages = new Set(errors.map((l) => l.replace(/^::error[^:]*::/, "")));
    expect([...messages]).toEqual([
      "GraphQL BoardNodes: GitHub did not answer within 1 s; gave up (run again, or raise ROUNDTABLE_REQUEST_TIMEOUT_MS)",
    ]);
    noStack(result.stdout + result.stderr);
  });
});

describe("the CLI answers in one line", { timeout: 70_000 }, () => {
  it("an HTML answer from the API URL: one line naming the address, exit 1, no stack", async () => {
    const url = await htmlServer();
    const result = await cli(["sync", "--repo", "acme/board", "--dry-run"], live(url));
    expect(result.code).toBe(1);
    expect(oneLine(result.stderr)).toHaveLength(1);
    expect(result.stderr).toContain(`${new URL(url).host} answered`);
    expect(result.stderr).toContain("with a web page, not GitHub's API: check GITHUB_API_URL");
    noStack(result.stderr);
  });

  it("a refused connection: could not reach the host, not 'GitHub answered 500'", async () => {
    const url = await refusedUrl();
    // The retries' waits (1, 4 and 9 units) in milliseconds, not seconds: the same retries.
    const result = await cli(
      ["sync", "--repo", "acme/board", "--dry-run"],
      live(url, { ROUNDTABLE_RETRY_BASE_MS: "10" }),
    );
    expect(result.code).toBe(1);
    expect(oneLine(result.stderr)).toHaveLength(1);
    expect(result.stderr).toContain(`could not reach ${new URL(url).host} (connect ECONNREFUSED`);
    expect(result.stderr).not.toContain("500");
  });

  it("an unwritable --out: one line naming the path, exit 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rt-hostile-out-"));
    writeFileSync(join(dir, "a-file"), "");
    const result = await cliHere(
      [
        "render",
        "--snapshot",
        join(process.cwd(), "examples/board.json"),
        "--config",
        join(process.cwd(), "examples/roundtable.yml"),
        "--out",
        "a-file/site",
      ],
      {},
      dir,
    );
    expect(result.code).toBe(1);
    expect(oneLine(result.stderr)).toEqual([
      "roundtable render: a-file/site/docs: a part of this path is a file, not a folder; choose another path (ENOTDIR)",
    ]);
  });

  it("no control character from a title reaches the terminal (queue)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rt-hostile-queue-"));
    const board = JSON.parse(readFileSync("examples/board.json", "utf8"));
    for (const issue of board.issues)
      issue.title = `Evil \u001b[2J\u001b]8;;https://x.example\u0007link\u001b]8;;\u0007 \u009b31m\r title`;
    writeFileSync(join(dir, "board.json"), JSON.stringify(board));
    const result = await cliHere(
      [
        "queue",
        "--snapshot",
        "board.json",
        "--config",
        join(process.cwd(), "examples/roundtable.yml"),
      ],
      {},
      dir,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Evil \\u001b[2J");
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
    expect(result.stdout.match(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g)).toBeNull();
  });
});

describe("config as Probot reads it", { timeout: 70_000 }, () => {
  const own = "_extends: base-config:.github/base.yml\nvotes:\n  perPerson: 5\n";

  it("the CLI follows _extends (repo:path) as the app does", async () => {
    const fake = new FakeGitHub();
    fake.pushCommit("main", { ".github/roundtable.yml": own });
    fake.elsewhere.set("acme/base-config:.github/base.yml", "facilitators: [ann]\n");
    const url = await served(fake);
    const result = await cliHere(["sync", "--repo", "acme/board", "--dry-run"], live(url));
    expect(result.stderr).not.toContain("unknown setting");
    expect(result.code).toBe(0);
  });

  it("the CLI names the file a problem came from in a chain of _extends (owner/repo:path)", async () => {
    const fake = new FakeGitHub();
    fake.pushCommit("main", {
      ".github/roundtable.yml": "_extends: other-org/base-config:base.yml\n",
    });
    fake.elsewhere.set("other-org/base-config:base.yml", "votes:\n  perPerson: three\n");
    const url = await served(fake);
    const result = await cliHere(["sync", "--repo", "acme/board", "--dry-run"], live(url));
    expect(result.code).toBe(1);
    expect(oneLine(result.stderr)).toEqual([
      'roundtable sync: acme/board:.github/roundtable.yml extends other-org/base-config:base.yml: votes.perPerson: expected a whole number from 1 to 20, got "three"',
    ]);
  });

  it("the Action follows _extends as the app does", async () => {
    const fake = new FakeGitHub();
    fake.pushCommit("main", { ".github/roundtable.yml": own });
    fake.elsewhere.set("acme/base-config:.github/base.yml", "facilitators: [ann]\n");
    const url = await served(fake);
    const result = await action(url);
    expect(result.stdout).not.toContain("unknown setting");
    expect(result.code).toBe(0);
  });

  it("a 1.5 MB config of 100,000 unknown keys is refused at once, in one line", async () => {
    const fake = new FakeGitHub();
    const huge = Array.from({ length: 100_000 }, (_, i) => `key${i}: value number ${i}`).join("\n");
    fake.pushCommit("main", { ".github/roundtable.yml": huge });
    const url = await served(fake);
    const result = await cliHere(["sync", "--repo", "acme/board", "--dry-run"], live(url));
    expect(result.code).toBe(1);
    expect(result.ms).toBeLessThan(10_000);
    expect(oneLine(result.stderr)).toEqual([
      "roundtable sync: acme/board:.github/roundtable.yml: the file is larger than 256 KB, the most Roundtable reads: keep only the settings that differ from the defaults",
    ]);
  });

  it("a config of 10,000 unknown keys lists the first 20 problems and how many more", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rt-hostile-config-"));
    writeFileSync(
      join(dir, "many.yml"),
      Array.from({ length: 10_000 }, (_, i) => `key${i}: ${i}`).join("\n"),
    );
    const result = await cliHere(
      ["queue", "--snapshot", join(process.cwd(), "examples/board.json"), "--config", "many.yml"],
      {},
      dir,
    );
    expect(result.code).toBe(1);
    const lines = oneLine(result.stderr);
    expect(lines).toHaveLength(21);
    expect(lines[0]).toMatch(/^roundtable queue: many.yml:1:1: key0: unknown setting/);
    expect(lines[20]).toBe("roundtable queue: … and 9980 more problems");
  });
});
