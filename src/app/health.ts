import type { IncomingMessage, ServerResponse } from "node:http";
import { type Coordination, redactedText } from "../coordination/index.js";

/**
 * GET /health: the app is up, and whether its coordination backend answers. Load balancers and
 * platforms poll it; 503 while Redis is away, so a balancer sends no work to an instance that
 * would refuse it. Anyone can ask, so it says up or down and nothing more: why the backend is
 * away (a message that can name its URL) goes to the log, redacted, once each time it changes.
 */
export function health(coordination: Coordination, log: (line: string) => void = () => {}) {
  let told: string | undefined;
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if (req.method !== "GET" || req.url?.split("?")[0] !== "/health") return false;
    const state = await coordination.health();
    const detail = state.reachable ? undefined : redactedText(state.detail ?? "no answer");
    if (detail !== told && detail !== undefined) log(`health: coordination unavailable: ${detail}`);
    told = detail;
    res
      .writeHead(state.reachable ? 200 : 503, {
        "content-type": "application/json",
        "cache-control": "no-store",
      })
      .end(
        JSON.stringify({
          status: state.reachable ? "ok" : "unavailable",
          app: "roundtable",
          coordination: { backend: state.backend, reachable: state.reachable },
        }),
      );
    return true;
  };
}
