import { createHmac } from "node:crypto";
import type { Effect } from "../core/index.js";
import { channelMessages } from "../render/index.js";
import { secretOf } from "./channel-url.js";
import { type PostOptions, postNotice } from "./post-notice.js";
import type { Secrets } from "./secrets.js";

/**
 * Sends one notify effect to its channel: the platform's message for the notice, posted to the
 * URL its `env:NAME` holds. The `webhook` kind is signed as GitHub signs its webhooks: the
 * X-Roundtable-Signature-256 header is `sha256=` and the HMAC-SHA256 of the body with the secret;
 * X-Roundtable-Delivery is the notice's key, the same for a repeat.
 */
export async function sendNotice(
  effect: Extract<Effect, { kind: "notify" }>,
  repository: string,
  secrets: Secrets,
  options?: PostOptions,
): Promise<void> {
  const { channel, notice, key } = effect;
  const url = secretOf(channel.url, secrets, "url");
  const body = JSON.stringify(channelMessages[channel.kind](notice, key, repository));
  const headers: Record<string, string> = {};
  if (channel.kind === "webhook") {
    headers["x-roundtable-event"] = notice.event;
    headers["x-roundtable-delivery"] = key;
    if (channel.secret) {
      const secret = secretOf(channel.secret, secrets, "secret");
      headers["x-roundtable-signature-256"] =
        `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
    }
  }
  await postNotice(url, body, headers, options);
}
