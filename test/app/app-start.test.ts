import { createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import nock from "nock";
import { pino } from "pino";
import { afterEach, describe, expect, it, vi } from "vitest";
import { roundtableHandler } from "../../src/app/server.js";
import { privateKey } from "../helpers/probot.js";

// The app's handlers, jobs and pages are most of what its process would hold: they are loaded on
// first use (src/app/app-loader.ts), and the log says when and why.
let server: Server | undefined;
afterEach(() => {
  vi.unstubAllEnvs();
  server?.closeAllConnections();
  server?.close();
});

async function serve(lines: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  nock.enableNetConnect("127.0.0.1");
  const log = pino({ level: "info" }, { write: (line: string) => void lines.push(line) });
  const { handle } = await roundtableHandler(
    { APP_ID: "1", PRIVATE_KEY: privateKey, WEBHOOK_SECRET: "secret", REDIS_URL: "", ...env },
    log,
  );
  const listening = createServer((req, res) => void handle(req, res));
  server = listening;
  await new Promise<void>((resolve) => listening.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
}

const body = JSON.stringify({ zen: "Half measures are as bad as nothing at all.", hook_id: 1 });
const ping = (url: string, secret: string, id: string) =>
  fetch(`${url}/api/github/webhooks`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-github-event": "ping",
      "x-github-delivery": id,
      "x-hub-signature-256": `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`,
    },
    body,
  });
const loads = (lines: string[]) => lines.filter((line) => line.includes("app loaded"));

describe("the app, loaded on first use", () => {
  it("is not loaded by the start, /health or a forged delivery; the first signed one loads it, once", async () => {
    const lines: string[] = [];
    const url = await serve(lines);
    expect((await fetch(`${url}/health`)).status).toBe(200);
    expect((await fetch(`${url}/anything`)).status).toBe(404);
    expect((await ping(url, "wrong", "forged-1")).status).toBe(401);
    expect(loads(lines)).toEqual([]);
    const [first, second] = await Promise.all([
      ping(url, "secret", "ping-1"),
      ping(url, "secret", "ping-2"),
    ]);
    expect([first?.status, second?.status]).toEqual([200, 200]);
    expect((await ping(url, "secret", "ping-3")).status).toBe(200);
    expect(loads(lines)).toHaveLength(1);
    expect(loads(lines)[0]).toMatch(/app loaded \(a signed delivery\) in \d+ ms/);
  }, 30_000);

  it("with the web pages configured, a page request loads it and the page answers", async () => {
    const lines: string[] = [];
    // The app reads its pages' settings from the process's environment, as `npm start` has it.
    const web = {
      GITHUB_CLIENT_ID: "Iv1.start",
      GITHUB_CLIENT_SECRET: "start-secret",
      SESSION_SECRET: "a session secret of at least thirty-two characters",
      PUBLIC_URL: "http://127.0.0.1",
    };
    for (const [name, value] of Object.entries(web)) vi.stubEnv(name, value);
    const url = await serve(lines, web);
    expect(loads(lines)).toEqual([]);
    const room = await fetch(`${url}/roundtable/acme/board/meetings/1`, { redirect: "manual" });
    expect(room.status).toBe(302);
    expect(room.headers.get("location")).toMatch(/^\/roundtable\/signin\?next=/);
    expect(loads(lines)).toHaveLength(1);
    expect(loads(lines)[0]).toContain("app loaded (a page request)");
  }, 30_000);
});
