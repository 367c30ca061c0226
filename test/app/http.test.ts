import { createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import nock from "nock";
import { createNodeMiddleware } from "probot";
import { afterEach, describe, expect, it } from "vitest";
import { appForTest } from "../helpers/app-for-test.js";
import { FakeGitHub } from "../helpers/fake-github.js";
import { mountGitHub } from "../helpers/mount-github.js";
import { example, mountInstallationToken, testProbot } from "../helpers/probot.js";

const secret = "webhook-secret";
let server: Server | undefined;

afterEach(() => {
  server?.close();
});

/** The app's real middleware on a loopback port, as a deployment would serve it. */
async function serve(): Promise<string> {
  const probot = testProbot(secret);
  const middleware = await createNodeMiddleware(await appForTest(), { probot });
  const listening = createServer((req, res) => {
    void middleware(req, res, () => res.writeHead(404).end());
  });
  server = listening;
  await new Promise<void>((resolve) => listening.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(listening.address() as AddressInfo).port}/api/github/webhooks`;
}

function post(url: string, body: string, signature: string) {
  return fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-github-event": "issues",
      "x-github-delivery": "http-1",
      "x-hub-signature-256": signature,
    },
    body,
  });
}

describe("the app over HTTP", () => {
  // Loopback is the one address tests may reach: the app's own server.
  const allowLoopback = () => nock.enableNetConnect("127.0.0.1");

  it("takes a webhook signed with WEBHOOK_SECRET and acts on it", async () => {
    allowLoopback();
    const fake = new FakeGitHub("Codertocat", "Hello-World");
    mountInstallationToken();
    mountGitHub(fake, { rest: ["GET", "POST"] });
    const url = await serve();
    const body = JSON.stringify(
      example("issues", "opened", (p) => {
        p.issue.labels = [{ name: "topic" }];
      }),
    );
    const signature = `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
    const response = await post(url, body, signature);
    expect(response.status).toBe(200);
    // It read the board (an empty one: its listing, and nothing to ask GraphQL about).
    expect(fake.calls).toContainEqual(
      expect.objectContaining({ method: "GET", path: "/repos/Codertocat/Hello-World/issues" }),
    );
  });

  it("refuses a badly signed webhook, and does nothing", async () => {
    allowLoopback();
    const fake = new FakeGitHub("Codertocat", "Hello-World");
    const scope = mountGitHub(fake, { rest: ["GET", "POST"] });
    const url = await serve();
    const body = JSON.stringify(
      example("issues", "opened", (p) => {
        p.issue.labels = [{ name: "topic" }];
      }),
    );
    const forged = `sha256=${createHmac("sha256", "not-the-secret").update(body).digest("hex")}`;
    const response = await post(url, body, forged);
    expect(response.status).toBe(400);
    expect(fake.calls).toEqual([]);
    expect(scope.isDone()).toBe(false);
  });
});
