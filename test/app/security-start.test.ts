import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import nock from "nock";
import { describe, expect, it } from "vitest";
import { GitHubForProcesses, startApp } from "../helpers/app-process.js";
import { FakeGitHub } from "../helpers/fake-github.js";
import { freePort } from "../helpers/free-port.js";
import { privateKey } from "../helpers/probot.js";

const run = promisify(execFile);
// The app starts in an empty folder (Probot would take a lone .pem file there as the key); the
// keys it is given lie beside it.
const keys = mkdtempSync(join(tmpdir(), "roundtable-keys-"));
const folder = mkdtempSync(join(tmpdir(), "roundtable-start-"));
const notAKey = join(keys, "not-a-key.pem");
writeFileSync(notAKey, "this is not a key\n");
const goodKey = join(keys, "key.pem");
writeFileSync(goodKey, privateKey);

/** `npm start` (its script) in an empty folder with `env`: its exit code and what it printed. */
async function start(env: Record<string, string>) {
  const port = String(await freePort());
  const script = join(process.cwd(), "scripts/start.mjs");
  return run(process.execPath, [script], {
    cwd: folder,
    env: { PATH: process.env.PATH, HOST: "127.0.0.1", PORT: port, ...env },
    timeout: 15_000,
  }).then(
    ({ stdout, stderr }) => ({ code: 0, out: stdout + stderr }),
    (error: { code?: number; stdout: string; stderr: string }) => ({
      code: error.code,
      out: error.stdout + error.stderr,
    }),
  );
}

const good = { APP_ID: "12345", PRIVATE_KEY_PATH: goodKey, WEBHOOK_SECRET: "s3cret" };

describe("issue 29: an app that says what is wrong at start", () => {
  const cases: Array<[string, Record<string, string | undefined>, RegExp]> = [
    [
      "no private key at all",
      { PRIVATE_KEY_PATH: undefined },
      /PRIVATE_KEY and PRIVATE_KEY_PATH are not set/,
    ],
    [
      "a key path where no file is",
      { PRIVATE_KEY_PATH: join(folder, "gone.pem") },
      /PRIVATE_KEY_PATH is ".*gone\.pem" .* but no file is there: set it to the path of/,
    ],
    [
      "a key path to a file that is no key",
      { PRIVATE_KEY_PATH: notAKey },
      /PRIVATE_KEY_PATH is ".*not-a-key\.pem", a file that is not a PEM private key/,
    ],
    [
      "a malformed PRIVATE_KEY",
      { PRIVATE_KEY: "-----BEGIN RSA PRIVATE KEY-----\nnope\n-----END RSA PRIVATE KEY-----" },
      /PRIVATE_KEY does not hold a PEM private key/,
    ],
    [
      "no WEBHOOK_SECRET",
      { WEBHOOK_SECRET: undefined },
      /WEBHOOK_SECRET is not set: set it to the webhook secret .* NODE_ENV=development/,
    ],
    [
      "an APP_ID that is no number",
      { APP_ID: "Iv1.abc" },
      /APP_ID is "Iv1.abc", expected a number/,
    ],
    ["no APP_ID, with a key", { APP_ID: undefined }, /APP_ID is not set: set it to the App ID/],
  ];
  for (const [what, change, line] of cases)
    it(`${what}: one line naming the variable and the fix, no stack, exit code 1`, async () => {
      const env = Object.fromEntries(
        Object.entries({ ...good, ...change }).filter(([, v]) => v !== undefined),
      ) as Record<string, string>;
      const { code, out } = await start(env);
      expect(code).toBe(1);
      const lines = out.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(line);
      expect(out).not.toMatch(/\n\s+at |Error:/);
    });

  it("says every problem, one line each", async () => {
    const { code, out } = await start({ APP_ID: "x", PRIVATE_KEY_PATH: notAKey });
    expect(code).toBe(1);
    expect(
      out
        .trim()
        .split("\n")
        .map((l) => l.split(" ")[1]),
    ).toEqual(["APP_ID", "PRIVATE_KEY_PATH", "WEBHOOK_SECRET"]);
  });

  it("starts without WEBHOOK_SECRET in development mode only, saying so, and says where it listens at info", async () => {
    nock.enableNetConnect("127.0.0.1");
    const github = new GitHubForProcesses(new FakeGitHub("Codertocat", "Hello-World"));
    await github.start();
    const app = await startApp(
      github,
      { WEBHOOK_SECRET: "", NODE_ENV: "development", LOG_LEVEL: "info" },
      "scripts/start.mjs",
    );
    try {
      const log = app.log.join("\n");
      expect(log).toMatch(
        /listening on http:\/\/127\.0\.0\.1:\d+; coordination: this process's memory/,
      );
      expect(log).toMatch(/WEBHOOK_SECRET is not set \(NODE_ENV=development\)/);
    } finally {
      await app.stop();
      await github.stop();
    }
  });
});
