import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createProbot, type Probot, ProbotOctokit, run } from "probot";
import {
  type Coordination,
  coordinationFromEnv,
  redactedText,
  redactedUrl,
} from "../coordination/index.js";
import { waitedOut } from "../github/app-waits.js";
import { shippedThrottling } from "../github/throttle.js";
import { health } from "./health.js";
import { createRoundtableApp } from "./index.js";
import { serverLimits } from "./server-limits.js";
import { developmentMode } from "./startup-problems.js";
import { restoreTimers } from "./timers.js";
import { webhookEndpoint } from "./webhook-endpoint.js";

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

/**
 * The app and its coordination, and the one request handler every host uses (this server, and a
 * serverless platform's function): the webhook endpoint, then /health, then 404.
 */
export async function roundtableHandler(
  env: NodeJS.ProcessEnv = process.env,
  /** Where the app logs; Probot's own logger (pino, to stdout) when not given. */
  log?: Probot["log"],
): Promise<{
  probot: Probot;
  coordination: Coordination;
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
}> {
  const coordination = await coordinationFromEnv(env);
  const probot = createProbot({
    env,
    ...(log ? { defaults: { log } } : {}),
    // Probot's Octokit spaces every GraphQL request, reads included, a second apart per
    // installation; shipped: reads side by side, writes spaced, as GitHub asks (throttle.ts).
    // Against a GitHub stand-in, in tests and benchmarks only, throttling can be turned off.
    overrides: {
      // Rate limits and 5xx are waited out within the delivery, up to ROUNDTABLE_WAIT_MAX_MS.
      Octokit: waitedOut(
        env.ROUNDTABLE_THROTTLING === "off"
          ? ProbotOctokit.defaults((options: object) => ({
              ...options,
              throttle: { enabled: false },
            }))
          : shippedThrottling(ProbotOctokit),
        env,
      ),
    },
  });
  const handlers: Handler[] = [];
  await probot.load(createRoundtableApp(coordination), {
    cwd: process.cwd(),
    addHandler: (handler: Handler) => {
      handlers.push(handler);
    },
  });
  const chain: Handler[] = [
    webhookEndpoint(probot, coordination, env.WEBHOOK_PATH || "/api/github/webhooks", {
      secret: env.WEBHOOK_SECRET ?? "",
    }),
    health(coordination, (line) => probot.log.warn(line)),
    ...handlers,
  ];
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    try {
      for (const handler of chain) if (await handler(req, res)) return;
      res.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
    } catch (error) {
      // The path only: a query may carry a code or a token.
      const path = (req.url ?? "").split("?")[0];
      probot.log.error(
        `request ${req.method} ${path} failed: ${redactedText((error as Error).message)}`,
      );
      if (!res.headersSent) res.writeHead(500).end();
    }
  };
  return { probot, coordination, handle };
}

/**
 * `npm start`: the app's HTTP server. Without an app registration yet (no APP_ID), Probot's own
 * setup page registers one from the manifest. Coordination as REDIS_URL says; with memory, the
 * timers of running timeboxes are restored from the meetings on start.
 */
export async function startServer(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (!env.APP_ID) {
    await run(createRoundtableApp(await coordinationFromEnv(env)));
    return;
  }
  const { probot, coordination, handle } = await roundtableHandler(env);
  const limits = serverLimits(env);
  const server = createServer(limits.options, (req, res) => void handle(req, res));
  Object.assign(server, limits.server);
  const port = Number(env.PORT || 3000);
  const host = env.HOST || "localhost";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const where = typeof address === "object" && address ? address.port : port;
  const backend =
    coordination.backend === "redis"
      ? `Redis at ${redactedUrl(env.REDIS_URL ?? "")}`
      : "this process's memory (one instance)";
  probot.log.info(`Roundtable listening on http://${host}:${where}; coordination: ${backend}`);
  if (!env.WEBHOOK_SECRET && developmentMode(env))
    probot.log.warn(
      "WEBHOOK_SECRET is not set (NODE_ENV=development): every delivery is refused 401 until it is",
    );
  if (coordination.backend === "memory")
    restoreTimers(probot, coordination).then(
      (n) => probot.log.info(`timers restored: ${n} (timeboxes, series openings, invitations)`),
      (error: Error) => probot.log.warn(`timers not restored: ${error.message}`),
    );
  const stop = () => {
    server.close();
    // Running work gets a few seconds to finish; a lease not released expires on its own.
    setTimeout(() => process.exit(0), 5_000).unref();
    void coordination.close().finally(() => process.exit(0));
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}
