import type { IncomingMessage, ServerResponse } from "node:http";
import type { Coordination } from "../coordination/index.js";

/**
 * GET /health: the app is up, and whether its coordination backend answers. Load balancers and
 * platforms poll it; 503 while Redis is away, so a balancer sends no work to an instance that
 * would refuse it.
 */
export function health(coordination: Coordination) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if (req.method !== "GET" || req.url?.split("?")[0] !== "/health") return false;
    const state = await coordination.health();
    res.writeHead(state.reachable ? 200 : 503, { "content-type": "application/json" }).end(
      JSON.stringify({
        status: state.reachable ? "ok" : "unavailable",
        app: "roundtable",
        coordination: state,
      }),
    );
    return true;
  };
}
