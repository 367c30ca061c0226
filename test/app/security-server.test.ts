import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { request } from "node:http";
import { connect } from "node:net";
import nock from "nock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AppProcess,
  GitHubForProcesses,
  startApp,
  warningsOnly,
} from "../helpers/app-process.js";
import { FakeGitHub } from "../helpers/fake-github.js";
import { freePort } from "../helpers/free-port.js";

/** Kilobytes of the process's memory: now (VmRSS) or at its peak so far (VmHWM). */
function memoryOf(pid: number, which: "VmRSS" | "VmHWM"): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(new RegExp(`${which}:\\s+(\\d+)`).exec(status)?.[1]);
}

/** POSTs `body` to the webhook endpoint with `headers`: the status, once answered. */
function post(url: string, body: Buffer, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    const req = request(`${url}/api/github/webhooks`, {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": body.length, ...headers },
    });
    req.on("response", (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    // The server may answer and close before the whole body is sent: the answer is what counts.
    req.on("error", () => resolve(-1));
    req.end(body);
  });
}

const mb = 1024 * 1024;
const secret = "process-secret";

describe("issue 32: the server refuses early", () => {
  let github: GitHubForProcesses;
  let app: AppProcess;
  beforeAll(async () => {
    nock.enableNetConnect("127.0.0.1");
    github = new GitHubForProcesses(new FakeGitHub("Codertocat", "Hello-World"));
    await github.start();
    app = await startApp(github, {
      ROUNDTABLE_HEADERS_TIMEOUT_MS: "1000",
      ROUNDTABLE_REQUEST_BODY_TIMEOUT_MS: "5000",
      ROUNDTABLE_MAX_CONNECTIONS: "40",
      ...warningsOnly,
    });
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
    await github?.stop();
  });

  it("unsigned webhook bodies are buffered whole: 20 unsigned 20 MB POSTs at once keep the app within +100 MB, each refused 401", async () => {
    nock.enableNetConnect("127.0.0.1");
    const before = memoryOf(app.pid, "VmRSS");
    const body = Buffer.alloc(20 * mb, "a");
    const headers = { "x-github-event": "issues", "x-github-delivery": "big" };
    const statuses = await Promise.all(
      Array.from({ length: 20 }, () => post(app.url, body, headers)),
    );
    expect(statuses.filter((s) => s !== 401 && s !== -1)).toEqual([]);
    expect(statuses.filter((s) => s === 401).length).toBeGreaterThan(0);
    expect(memoryOf(app.pid, "VmHWM") - before).toBeLessThan(100 * 1024);
  }, 60_000);

  it("mis-signed webhook bodies are read a few at a time: 20 forged 20 MB POSTs at once keep the app within +150 MB (not 20 × 20 MB), each refused 401", async () => {
    nock.enableNetConnect("127.0.0.1");
    const before = memoryOf(app.pid, "VmHWM");
    const body = Buffer.alloc(20 * mb, "b");
    const forged = `sha256=${createHmac("sha256", "not-the-secret").update(body).digest("hex")}`;
    const headers = {
      "x-github-event": "issues",
      "x-github-delivery": "forged",
      "x-hub-signature-256": forged,
    };
    const statuses = await Promise.all(
      Array.from({ length: 20 }, () => post(app.url, body, headers)),
    );
    // Each is read and refused, or (waiting its turn past the request timeout) cut off.
    expect(statuses.filter((s) => s !== 401 && s !== -1 && s !== 408)).toEqual([]);
    expect(statuses.filter((s) => s === 401).length).toBeGreaterThan(0);
    // A body that carries a signature is read whole to check it (a good one is then parsed), two
    // at a time: the peak is two bodies and the runtime's copies of them (Node 24 came to 107 MB
    // where Node 20 stayed under 100), never the 400 MB of reading all twenty at once.
    expect(memoryOf(app.pid, "VmHWM") - before).toBeLessThan(150 * 1024);
  }, 60_000);

  it("a signed delivery still goes through after the flood", async () => {
    nock.enableNetConnect("127.0.0.1");
    const body = Buffer.from(JSON.stringify({ zen: "Keep it logically awesome.", hook_id: 1 }));
    const signature = `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
    const status = await post(app.url, body, {
      "x-github-event": "ping",
      "x-github-delivery": "ping-1",
      "x-hub-signature-256": signature,
    });
    expect(status).toBe(200);
  });

  it("500 slow connections held for ~300 s each: a connection that trickles its headers is closed within seconds", async () => {
    const port = Number(new URL(app.url).port);
    const socket = connect(port, "127.0.0.1");
    socket.on("error", () => {});
    socket.write("GET /health HTTP/1.1\r\nHost: x\r\n");
    const started = Date.now();
    const trickle = setInterval(() => socket.write("X-Slow: 1\r\n"), 200);
    const answer = await new Promise<string>((resolve) => {
      let text = "";
      socket.on("data", (chunk) => {
        text += chunk.toString();
      });
      socket.on("close", () => resolve(text));
    });
    clearInterval(trickle);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("holds at most ROUNDTABLE_MAX_CONNECTIONS connections: the ones past it are closed at once", async () => {
    const port = Number(new URL(app.url).port);
    const sockets = Array.from({ length: 60 }, () => {
      const socket = connect(port, "127.0.0.1");
      socket.on("error", () => {});
      return socket;
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const closed = sockets.filter((s) => s.closed || s.readyState === "closed").length;
    for (const socket of sockets) socket.destroy();
    expect(closed).toBeGreaterThanOrEqual(20);
  });
});

// Side by side: each test has its own fake and app process, and mostly waits on Redis's refusal.
describe.concurrent("issue 32: /health and the start log print the Redis password", () => {
  for (const url of [
    "redis://127.0.0.1:PORT/0?password=hunter2",
    "redis://:hunter2@127.0.0.1:PORT",
    "redis://roundtable:hunter2@127.0.0.1:PORT",
  ])
    it(`neither /health nor the log holds the password of ${url}`, async ({ expect }) => {
      nock.enableNetConnect("127.0.0.1");
      const github = new GitHubForProcesses(new FakeGitHub("Codertocat", "Hello-World"));
      await github.start();
      // A Redis nobody listens on: /health says it is down, and why must not leak.
      const redis = url.replace("PORT", String(await freePort()));
      const app = await startApp(github, { REDIS_URL: redis }, undefined, (s) => s === 503);
      try {
        const health = await fetch(`${app.url}/health`);
        const text = await health.text();
        expect(health.status).toBe(503);
        expect(JSON.parse(text)).toEqual({
          status: "unavailable",
          app: "roundtable",
          coordination: { backend: "redis", reachable: false },
        });
        expect(text).not.toContain("hunter2");
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(app.log.join("\n")).toMatch(/coordination: Redis at redis:\/\//);
        expect(app.log.join("\n")).not.toContain("hunter2");
      } finally {
        // Killed: a graceful stop waits 3 s for the Redis that is not there, and tests nothing here.
        await app.stop("SIGKILL");
        await github.stop();
      }
    }, 30_000);
});
