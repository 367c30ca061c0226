import { createHmac } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import nock from "nock";
import { describe, expect, it, vi } from "vitest";
import { privateKey } from "../helpers/probot.js";

describe("the serverless handler", () => {
  it("reads its settings from the environment and checks signatures with WEBHOOK_SECRET", async () => {
    nock.enableNetConnect("127.0.0.1");
    vi.stubEnv("APP_ID", "1");
    vi.stubEnv("PRIVATE_KEY", privateKey);
    vi.stubEnv("WEBHOOK_SECRET", "env-secret");
    vi.stubEnv("LOG_LEVEL", "fatal");
    const { default: handler } = await import("../../src/app/middleware.js");
    const server = createServer((req, res) => void handler(req, res));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/github/webhooks`;
    const body = JSON.stringify({ zen: "Keep it logically awesome.", hook_id: 1 });
    const send = (secret: string) =>
      fetch(url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-github-event": "ping",
          "x-github-delivery": "ping-1",
          "x-hub-signature-256": `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`,
        },
        body,
      });
    expect((await send("env-secret")).status).toBe(200);
    expect((await send("wrong")).status).toBe(401);
    server.close();
    vi.unstubAllEnvs();
  });
});
