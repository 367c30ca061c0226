import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createProbot, type Probot, ProbotOctokit, run } from "probot";
import {
  type Coordination,
  coordinationFromEnv,
  redactedText,
  redactedUrl,
} from "../coordination/index.js";
import { httpTransport } from "../github/http-transport.js";
import { plainJson } from "../github/plain-json.js";
import { appOctokit } from "../jobs/app-start.js";
import { appLoader, restoreOnStart, waitingAtStart } from "./app-loader.js";
import { health } from "./health.js";
import { serverLimits } from "./server-limits.js";
import { developmentMode } from "./startup-problems.js";
import { webhookEndpoint } from "./webhook-endpoint.js";

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

/** Probot, with Roundtable's Octokit, once it is ready (its log and Octokit are set up late). */
async function probotFor(env: NodeJS.ProcessEnv, log?: Probot["log"]): Promise<Probot> {
  const probot = createProbot({
    env,
    ...(log ? { defaults: { log } } : {}),
    // Probot's Octokit spaces every GraphQL request, reads included, a second apart per
    // installation; shipped: reads side by side, writes spaced, as GitHub asks (throttle.ts).
    // Its requests go through Node's HTTP client, not fetch: most of a delivery's CPU was fetch's
    // (http-transport.ts); a transport given (a bench's) stays. Its answers are parsed by
    // JSON.parse (plain-json.ts).
    overrides: {
      Octokit: appOctokit(ProbotOctokit, env)
        .plugin(plainJson as never)
        .defaults((options: { request?: object }) => ({
          ...options,
          request: { fetch: httpTransport, ...options.request },
        })),
    },
  });
  await probot.ready();
  return probot;
}

/**
 * The app and its coordination, and the one request handler every host uses (this server, and a
 * serverless platform's function): the webhook endpoint, then /health, then the web pages, then
 * 404. The app itself is loaded on first use (app-loader.ts): by the first signed delivery, the
 * first page request, or at once where work waits for it.
 */
export async function roundtableHandler(
  env: NodeJS.ProcessEnv = process.env,
  /** Where the app logs; Probot's own logger (pino, to stdout) when not given. */
  log?: Probot["log"],
): Promise<{
  probot: Probot;
  coordination: Coordination;
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  /** Loads the app now, where it is not loaded yet (it is on its first use otherwise). */
  load: (why: string) => Promise<void>;
}> {
  const coordination = await coordinationFromEnv(env);
  const probot = await probotFor(env, log);
  const app = appLoader(probot, coordination, env);
  const waiting = await waitingAtStart(coordination, app.web, env);
  if (waiting) await app.load(waiting);
  // A delivery loads the app once it is signed: one refused loads nothing.
  const receiver = {
    log: probot.log,
    receive: async (event: Parameters<Probot["receive"]>[0]) => {
      await app.load("a signed delivery");
      await probot.receive(event);
    },
  };
  const pages: Handler = async (req, res) => {
    if (!app.web) return false;
    await app.load("a page request");
    for (const handler of app.handlers) if (await handler(req, res)) return true;
    return false;
  };
  const chain: Handler[] = [
    webhookEndpoint(receiver, coordination, env.WEBHOOK_PATH || "/api/github/webhooks", {
      secret: env.WEBHOOK_SECRET ?? "",
    }),
    health(coordination, (line) => probot.log.warn(line)),
    pages,
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
  return { probot, coordination, handle, load: app.load };
}

/**
 * `npm start`: the app's HTTP server. Without an app registration yet (no APP_ID), Probot's own
 * setup page registers one from the manifest. Coordination as REDIS_URL says; with memory, the
 * timers of running timeboxes are restored from the meetings on start.
 */
export async function startServer(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (!env.APP_ID) {
    const { createRoundtableApp } = await import("./index.js");
    await run(createRoundtableApp(await coordinationFromEnv(env)));
    return;
  }
  const { probot, coordination, handle, load } = await roundtableHandler(env);
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
  // Said before "listening": whoever waits for that line to start sending has read it already.
  if (!env.WEBHOOK_SECRET && developmentMode(env))
    probot.log.warn(
      "WEBHOOK_SECRET is not set (NODE_ENV=development): every delivery is refused 401 until it is",
    );
  probot.log.info(`Roundtable listening on http://${host}:${where}; coordination: ${backend}`);
  if (coordination.backend === "memory")
    restoreOnStart(probot, coordination, load).then(
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
