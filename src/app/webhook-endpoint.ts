import type { IncomingMessage, ServerResponse } from "node:http";
import type { Probot } from "probot";
import { type Coordination, CoordinationError } from "../coordination/index.js";

/** GitHub caps a webhook's payload at 25 MB; a larger body is not GitHub's. */
export const maxPayloadBytes = 25 * 1024 * 1024;

type Log = Pick<Probot["log"], "info" | "warn" | "error">;

/**
 * The webhook endpoint, before anything of the delivery runs: a body over GitHub's cap gets 413
 * before it is read whole; while the coordination backend is away, 503 (GitHub shows the delivery
 * as failed, to redeliver) rather than work done without it; a body not signed with the secret
 * gets 401 and one short log line. Then Probot handles the event; work that failed for want of
 * coordination answers 503 too, any other failure 500.
 */
export function webhookEndpoint(probot: Probot, coordination: Coordination, path: string) {
  const log: Log = probot.log;
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if (req.url?.split("?")[0] !== path || req.method !== "POST") return false;
    const id = String(req.headers["x-github-delivery"] ?? "").slice(0, 64);
    const name = String(req.headers["x-github-event"] ?? "").slice(0, 64);
    const answer = (status: number, message: string) => {
      res.writeHead(status, { "content-type": "text/plain", connection: "close" }).end(message);
      return true;
    };
    if (Number(req.headers["content-length"] ?? 0) > maxPayloadBytes) {
      log.warn(`webhook refused: ${req.headers["content-length"]} bytes is over GitHub's 25 MB`);
      req.resume();
      return answer(413, "payload over 25 MB\n");
    }
    const state = await coordination.health();
    if (!state.reachable) {
      log.error(`webhook ${id} not handled: coordination unreachable (${state.detail ?? "?"})`);
      req.resume();
      return answer(503, "coordination unavailable; redeliver later\n");
    }
    const body = await readBody(req, maxPayloadBytes);
    if (body === null) return answer(413, "payload over 25 MB\n");
    const signature = String(req.headers["x-hub-signature-256"] ?? "");
    if (!signature || !id || !name || !(await probot.webhooks.verify(body, signature))) {
      log.warn(
        `webhook refused: ${signature ? "signature does not match" : "unsigned"} (delivery ${JSON.stringify(id)}, event ${JSON.stringify(name)}, ${Buffer.byteLength(body)} bytes)`,
      );
      return answer(401, "signature does not match\n");
    }
    let payload: unknown;
    try {
      payload = JSON.parse(body);
    } catch {
      return answer(400, "payload is not JSON\n");
    }
    try {
      await probot.receive({ id, name, payload } as Parameters<Probot["receive"]>[0]);
      return answer(200, "ok\n");
    } catch (error) {
      const errors = (error as { errors?: unknown[] }).errors ?? [error];
      const unavailable = errors.some((e) => e instanceof CoordinationError);
      log.error(
        `webhook ${id} (${name}) failed: ${errors.map((e) => String((e as Error)?.message ?? e).slice(0, 500)).join("; ")}`,
      );
      return answer(
        unavailable ? 503 : 500,
        unavailable ? "coordination unavailable\n" : "failed\n",
      );
    }
  };
}

/** The body as text, or null once it grows past `max` bytes (the rest is not read). */
function readBody(req: IncomingMessage, max: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.removeAllListeners("data");
        req.resume();
        resolve(null);
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
