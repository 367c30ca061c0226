import { createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createNodeMiddleware, Probot, ProbotOctokit } from "probot";
import { appForTest } from "./app-for-test.js";
import { keepDeliveryErrors } from "./delivery-errors.js";
import { privateKey } from "./probot.js";

export const webhookSecret = "webhook-secret";

/**
 * The app's real middleware on a loopback port, as a deployment serves it, talking to GitHub at
 * `baseUrl` (the fake served on loopback) or at api.github.com (nock). Retries and throttling off.
 */
export async function serveApp(baseUrl?: string): Promise<{ url: string; close: () => void }> {
  const probot = keepDeliveryErrors(
    new Probot({
      appId: 1,
      privateKey,
      secret: webhookSecret,
      logLevel: "fatal",
      ...(baseUrl ? { baseUrl } : {}),
      Octokit: ProbotOctokit.defaults((options: object) => ({
        ...options,
        retry: { enabled: false },
        throttle: { enabled: false },
      })),
    }),
  );
  const middleware = await createNodeMiddleware(await appForTest(), { probot });
  const server: Server = createServer((req, res) => {
    void middleware(req, res, () => res.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/github/webhooks`,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

/** A webhook as GitHub sends it: signed with the secret, with its event name and delivery id. */
export function deliver(url: string, event: string, id: string, payload: unknown) {
  const body = JSON.stringify(payload);
  return fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-github-event": event,
      "x-github-delivery": id,
      "x-hub-signature-256": `sha256=${createHmac("sha256", webhookSecret).update(body).digest("hex")}`,
    },
    body,
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
