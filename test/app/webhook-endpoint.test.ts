import { createHmac } from "node:crypto";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import nock from "nock";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { roundtableHandler } from "../../src/app/server.js";
import { privateKey } from "../helpers/probot.js";

let server: Server | undefined;
afterEach(() => {
  server?.closeAllConnections();
  server?.close();
});

/** The app's request handler, as `npm start` and the serverless function serve it, logging to `lines`. */
async function endpoint(lines: string[]): Promise<string> {
  nock.enableNetConnect("127.0.0.1");
  const log = pino({ level: "info" }, { write: (line: string) => void lines.push(line) });
  const { handle } = await roundtableHandler(
    { APP_ID: "1", PRIVATE_KEY: privateKey, WEBHOOK_SECRET: "secret", LOG_LEVEL: "info" },
    log,
  );
  const listening = createServer((req, res) => void handle(req, res));
  server = listening;
  await new Promise<void>((resolve) => listening.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(listening.address() as AddressInfo).port}/api/github/webhooks`;
}

describe("the webhook endpoint, before any work", () => {
  it("answers 413 to a body over GitHub's 25 MB cap, without reading it whole", async () => {
    const url = await endpoint([]);
    // Announced as 30 MB, and only 1 MB is ever sent: the answer comes before the rest.
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "content-length": String(30 * 1024 * 1024),
          "x-github-event": "issues",
          "x-github-delivery": "big-1",
          // Well-formed, so that the size is what refuses it.
          "x-hub-signature-256": `sha256=${"0".repeat(64)}`,
        },
      });
      req.on("response", (res) => resolve(res.statusCode ?? 0));
      req.on("error", reject);
      req.write(Buffer.alloc(1024 * 1024, "a"));
    });
    expect(status).toBe(413);
  });

  it("answers 401 to an unsigned delivery from its headers alone, before its body is read", async () => {
    const lines: string[] = [];
    const url = await endpoint(lines);
    // Announced as 20 MB, and only 1 MB is ever sent: the answer comes all the same.
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "content-length": String(20 * 1024 * 1024),
          "x-github-event": "issues",
          "x-github-delivery": "unsigned-1",
        },
      });
      req.on("response", (res) => resolve(res.statusCode ?? 0));
      req.on("error", reject);
      req.write(Buffer.alloc(1024 * 1024, "a"));
    });
    expect(status).toBe(401);
    expect(lines.join("")).toContain("webhook refused: unsigned");
  });

  it("answers 401 to a mis-signed 1 MB body, with one short log line", async () => {
    const lines: string[] = [];
    const url = await endpoint(lines);
    const body = JSON.stringify({ comment: { body: "x".repeat(1024 * 1024) } });
    const response = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-github-event": "issue_comment",
        "x-github-delivery": "forged-1",
        "x-hub-signature-256": `sha256=${createHmac("sha256", "not-the-secret").update(body).digest("hex")}`,
      },
      body,
    });
    expect(response.status).toBe(401);
    const logged = lines.join("");
    expect(logged).toContain("signature does not match");
    expect(Buffer.byteLength(logged)).toBeLessThan(2_000);
  });
});
