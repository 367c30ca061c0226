import { createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import pLimit from "p-limit";
import type { Probot } from "probot";
import { type Coordination, CoordinationError } from "../coordination/index.js";

/** GitHub caps a webhook's payload at 25 MB; a larger body is not GitHub's. */
export const maxPayloadBytes = 25 * 1024 * 1024;

type Log = Pick<Probot["log"], "info" | "warn" | "error">;
/** What the endpoint needs of Probot: its log, and a signed delivery handed over. */
type Receiver = Pick<Probot, "log" | "receive">;

export interface WebhookLimits {
  /** WEBHOOK_SECRET: the key of the HMAC GitHub signs each delivery with. */
  secret: string;
  /** Bodies read at once; the others wait unread, their bytes held back by TCP, not in memory. */
  bodies?: number;
  /** Deliveries waiting for their turn to be read; beyond this, 503 at once. */
  waiting?: number;
}

const signatureHeader = /^sha256=[0-9a-f]{64}$/;

/**
 * The webhook endpoint, before anything of the delivery runs, refusing as early as it can:
 * 1. headers first: no event name, no delivery id or no well-formed `X-Hub-Signature-256` is 401,
 *    and a body announced over GitHub's cap 413, before a byte of the body is read;
 * 2. while the coordination backend is away, 503 (GitHub shows the delivery as failed, to
 *    redeliver) rather than work done without it;
 * 3. the body is read a few at a time (the rest wait, unread), its HMAC computed as it streams
 *    and its size capped; a signature that does not match is 401 and one short log line;
 * 4. Probot handles the event; work that failed for want of coordination answers 503 too, any
 *    other failure 500.
 */
export function webhookEndpoint(
  probot: Receiver,
  coordination: Coordination,
  path: string,
  limits: WebhookLimits,
) {
  const log: Log = probot.log;
  const turn = pLimit(limits.bodies ?? 2);
  const waiting = limits.waiting ?? 32;
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if (req.url?.split("?")[0] !== path || req.method !== "POST") return false;
    const id = String(req.headers["x-github-delivery"] ?? "").slice(0, 64);
    const name = String(req.headers["x-github-event"] ?? "").slice(0, 64);
    const signature = String(req.headers["x-hub-signature-256"] ?? "");
    const answer = (status: number, message: string, read = false) => {
      // A body refused unread is drained, not kept: the connection closes after the answer. One
      // read whole leaves the connection open for the next delivery (a sender that keeps its
      // connections pays no new one per delivery).
      if (!read) req.resume();
      if (!res.headersSent)
        res
          .writeHead(status, {
            "content-type": "text/plain",
            ...(read ? {} : { connection: "close" }),
          })
          .end(message);
      return true;
    };
    const refusal = headerRefusal(req, limits.secret);
    if (refusal) {
      log.warn(
        `webhook refused: ${refusal.why} (delivery ${JSON.stringify(id)}, event ${JSON.stringify(name)})`,
      );
      return answer(refusal.status, `${refusal.why}\n`);
    }
    const state = await coordination.health();
    if (!state.reachable) {
      log.error(`webhook ${id} not handled: coordination unreachable`);
      return answer(503, "coordination unavailable; redeliver later\n");
    }
    if (turn.pendingCount >= waiting) {
      log.warn(`webhook ${id} refused: ${turn.pendingCount} deliveries already wait to be read`);
      return answer(503, "busy; redeliver later\n");
    }
    const read = await turn(() => readSigned(req, limits.secret, signature, maxPayloadBytes));
    if (read === "too large") return answer(413, "payload over 25 MB\n");
    if (read === "cut") return true;
    if (read === "forged") {
      log.warn(
        `webhook refused: signature does not match (delivery ${JSON.stringify(id)}, event ${JSON.stringify(name)})`,
      );
      return answer(401, "signature does not match\n", true);
    }
    const [status, message] = await receive(probot, log, { id, name, body: read });
    return answer(status, message, true);
  };
}

/** What the headers alone refuse: a delivery unsigned or malformed (401), or too large (413). */
function headerRefusal(
  req: IncomingMessage,
  secret: string,
): { status: number; why: string } | null {
  const signature = String(req.headers["x-hub-signature-256"] ?? "");
  if (!signature) return { status: 401, why: "unsigned" };
  if (!signatureHeader.test(signature)) return { status: 401, why: "signature header malformed" };
  if (!req.headers["x-github-delivery"] || !req.headers["x-github-event"])
    return { status: 401, why: "delivery id or event name missing" };
  if (!secret) return { status: 401, why: "signature does not match (WEBHOOK_SECRET is not set)" };
  const length = Number(req.headers["content-length"] ?? 0);
  if (length > maxPayloadBytes)
    return { status: 413, why: `payload of ${length} bytes is over GitHub's 25 MB` };
  return null;
}

/** Probot handles a signed delivery: the status and text to answer with. */
async function receive(
  probot: Receiver,
  log: Log,
  delivery: { id: string; name: string; body: Buffer },
): Promise<[number, string]> {
  const { id, name } = delivery;
  let payload: unknown;
  try {
    payload = JSON.parse(delivery.body.toString("utf8"));
  } catch {
    return [400, "payload is not JSON\n"];
  }
  try {
    await probot.receive({ id, name, payload } as Parameters<Probot["receive"]>[0]);
    return [200, "ok\n"];
  } catch (error) {
    const errors = (error as { errors?: unknown[] }).errors ?? [error];
    const unavailable = errors.some((e) => e instanceof CoordinationError);
    log.error(
      `webhook ${id} (${name}) failed: ${errors.map((e) => String((e as Error)?.message ?? e).slice(0, 500)).join("; ")}`,
    );
    return unavailable ? [503, "coordination unavailable\n"] : [500, "failed\n"];
  }
}

/**
 * The body, once it is whole and its HMAC-SHA256 (computed chunk by chunk as it arrives) matches
 * `signature`; "forged" when it does not, "too large" past `max` bytes (the rest is not read),
 * "cut" when the client went away.
 */
function readSigned(
  req: IncomingMessage,
  secret: string,
  signature: string,
  max: number,
): Promise<Buffer | "forged" | "too large" | "cut"> {
  return new Promise((resolve) => {
    const hmac = createHmac("sha256", secret);
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (result: Buffer | "forged" | "too large" | "cut") => {
      req.off("data", onData).off("end", onEnd).off("error", onGone).off("close", onGone);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) return done("too large");
      hmac.update(chunk);
      chunks.push(chunk);
    };
    const onEnd = () => {
      const expected = Buffer.from(`sha256=${hmac.digest("hex")}`);
      const given = Buffer.from(signature);
      const matches = expected.length === given.length && timingSafeEqual(expected, given);
      done(matches ? Buffer.concat(chunks, size) : "forged");
    };
    const onGone = () => done("cut");
    // Cut off while it waited its turn (the server's request timeout): nothing will come.
    if (req.destroyed) return resolve("cut");
    req.on("data", onData).on("end", onEnd).on("error", onGone).on("close", onGone);
  });
}
