import { type ChildProcess, spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { installationId, privateKey } from "./app-key.js";
import type { FakeGitHub } from "./fake-github.js";
import type { UpstreamAnswer, UpstreamRequest } from "./fault-proxy.js";
import { freePort } from "./free-port.js";
import { clockFrom } from "./moved-clock.js";

export const webhookSecret = "process-secret";

/**
 * An app process's log at warnings and errors only, for tests that read no info line: at info,
 * the lines written to its pipe and read back here were a fifth of the CPU of a run of /join
 * deliveries (app and test together). A failed delivery's error line is still there.
 */
export const warningsOnly = { LOG_LEVEL: "warn" };

/**
 * The fake GitHub as GitHub Enterprise serves it (`/api/v3/…`, `/api/graphql`), for app processes
 * that find it through GHE_HOST: installation tokens, the app's installations and the
 * installation's repositories as GitHub answers them. `fake` may be swapped between runs, and
 * `before` may hold a request back (to kill an instance while it waits).
 */
export class GitHubForProcesses {
  fake: FakeGitHub;
  /**
   * More installations, each with a fake of its own: installation `id`'s token is
   * `installation-token-<id>`, and what that token asks is answered from its fake. Tests that run
   * many repositories at once through one app process use them (the fault matrix).
   */
  readonly installations = new Map<number, FakeGitHub>();
  before?: (path: string, body: { query?: string } | undefined) => Promise<void>;
  private server?: Server;
  host = "";

  constructor(fake: FakeGitHub) {
    this.fake = fake;
  }

  async start(): Promise<void> {
    const server = createServer((req, res) => void this.answer(req, res));
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    this.host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return; // never started: asked through `upstream` only
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }

  /**
   * GitHub's answer to one request, as the server sends it: the fault proxy asks this directly
   * (an upstream in its own process), which saves a second HTTP hop, through nock's interceptors,
   * on every request a fault matrix makes (about a third of the test process's CPU).
   */
  readonly upstream = async (request: UpstreamRequest): Promise<UpstreamAnswer> => {
    const text = request.body.toString("utf8");
    const body = text ? JSON.parse(text) : undefined;
    const path = request.url.replace(/^\/api\/v3/, "").replace(/^\/api\/graphql/, "/graphql");
    await this.before?.(path, body);
    const authorization = header(request.headers.authorization);
    const mine = /installation-token-(\d+)/.exec(authorization ?? "")?.[1];
    const fake = this.installations.get(Number(mine)) ?? this.fake;
    const send = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      const raw = typeof json === "string";
      return {
        status,
        headers: { "content-type": raw ? "text/plain" : "application/json", ...headers },
        // As an HTTP server sends them: a 304 or a 204 has no body.
        body: Buffer.from(
          status === 304 || status === 204 ? "" : raw ? json : JSON.stringify(json),
        ),
      };
    };
    const asked = /^\/app\/installations\/(\d+)\/access_tokens$/.exec(path)?.[1];
    if (asked) {
      const token = this.installations.has(Number(asked))
        ? `installation-token-${asked}`
        : "installation-token";
      return send(201, { token, expires_at: "2099-01-01T00:00:00Z" });
    }
    if (path.startsWith("/app/installations"))
      return send(200, [
        { id: installationId, account: { login: this.fake.owner } },
        ...[...this.installations].map(([id, f]) => ({ id, account: { login: f.owner } })),
      ]);
    if (path.startsWith("/installation/repositories"))
      return send(200, {
        total_count: 1,
        repositories: [{ name: fake.repo, owner: { login: fake.owner }, archived: false }],
      });
    const [status, json, headers] = path.startsWith("/graphql")
      ? fake.graphql(body)
      : fake.rest(
          request.method,
          path,
          body,
          authorization,
          header(request.headers["if-none-match"]),
        );
    return send(status, json, headers);
  };

  private async answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const { status, headers, body } = await this.upstream({
      method: req.method ?? "GET",
      url: req.url ?? "/",
      headers: req.headers,
      body: Buffer.concat(chunks),
    });
    res.writeHead(status, headers).end(body);
  }
}

const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export interface AppProcess {
  url: string;
  /** The process's id (its memory is read from /proc). */
  pid: number;
  /** Lines the app logged. */
  log: string[];
  /** Stops the process: SIGTERM lets it close, SIGKILL is a crash. */
  stop(signal?: "SIGTERM" | "SIGKILL"): Promise<void>;
}

/** How long the last start in this process took: how busy the machine is now. */
let lastStartMs = 0;

/**
 * The built app on a free loopback port: its bundle (`node lib/app-bundle/index.js`, what
 * `npm start` runs), or `entry`, such as npm start's own script.
 */
export async function startApp(
  github: GitHubForProcesses,
  env: Record<string, string> = {},
  entry = "lib/app-bundle/index.js",
  /** Whether /health's status means the app is up; 200 unless a test wants it down. */
  ready: (status: number) => boolean = (status) => status === 200,
  /** Milliseconds the start may take: past them the process is killed and NotUpInTime thrown. */
  within = Number.POSITIVE_INFINITY,
): Promise<AppProcess> {
  // A port of the test's choosing (PORT in env): a restart answers where the first process did.
  if (env.PORT) return startOn(Number(env.PORT), github, env, entry, ready, within);
  // A free port of ours: another worker may take it between our asking and the app's listening,
  // and the app then stops on EADDRINUSE: it is started again on another.
  for (let tries = 1; ; tries++)
    try {
      return await startOn(await freePort(), github, env, entry, ready, within);
    } catch (error) {
      if (!(error instanceof PortTaken) || tries === 5) throw error;
    }
}

/** The port the app was given was taken before it listened. */
class PortTaken extends Error {}

async function startOn(
  port: number,
  github: GitHubForProcesses,
  env: Record<string, string>,
  entry: string,
  ready: (status: number) => boolean,
  within: number,
): Promise<AppProcess> {
  const log: string[] = [];
  const child: ChildProcess = spawn(process.execPath, [entry], {
    env: {
      PATH: process.env.PATH,
      APP_ID: "1",
      PRIVATE_KEY: privateKey,
      WEBHOOK_SECRET: webhookSecret,
      GHE_HOST: github.host,
      GHE_PROTOCOL: "http",
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "info",
      ROUNDTABLE_THROTTLING: "off",
      // With Redis, an instance waiting for a repository's lease asks again every 25-42 ms, not
      // 150-250: a burst of 14 /join on three instances waited ~0.4 s for its turns at the default.
      ROUNDTABLE_LEASE_RETRY_MS: "25",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const collect = (chunk: Buffer) => log.push(...chunk.toString().split("\n").filter(Boolean));
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const started = Date.now();
  for (let tries = 0; ; tries++) {
    const up = await fetch(`${url}/health`).then(
      (r) => ready(r.status),
      () => false,
    );
    // Whoever answers there must be this process, not another worker's app on the same port.
    if (child.exitCode !== null && log.some((line) => line.includes("EADDRINUSE")))
      throw new PortTaken(`port ${port} was taken`);
    if (up && child.exitCode === null && Date.now() - started < within) {
      lastStartMs = Date.now() - started;
      break;
    }
    if (Date.now() - started >= within) {
      if (child.exitCode === null) child.kill("SIGKILL");
      await exited;
      throw new NotUpInTime(within);
    }
    // 30 s: the suite runs three files at once on two cores, and a start can wait its turn.
    if (tries > 600 || child.exitCode !== null)
      throw new Error(`the app did not start:\n${log.join("\n")}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    pid: child.pid ?? 0,
    log,
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** A start that took longer than the test allowed it (startApp's `within`). */
export class NotUpInTime extends Error {
  constructor(ms: number) {
    super(`the app was not up within ${ms} ms`);
  }
}

/**
 * The app on a clock moved to `lead` seconds before `at` (libfaketime, see clockFrom), up and
 * done with `prepare` (deliveries it must have answered) a second before `at` comes on its clock,
 * for a test of what its timers do at `at`. The lead starts short (5 s, longer where the last start
 * was slow): a try that would not leave that second is killed before `at` and made again with a
 * longer lead, after `fresh` (which gives the fake a state of its own for each try, where `prepare`
 * writes to it).
 */
export async function startBefore(
  github: GitHubForProcesses,
  at: string,
  env: Record<string, string>,
  {
    fresh = () => {},
    prepare = async () => {},
  }: { fresh?: () => void; prepare?: (app: AppProcess) => Promise<void> } = {},
): Promise<AppProcess> {
  // The first lead fits the last start seen, and 5 s at least: on a busy machine, no try is lost.
  const first = Math.min(24, Math.max(5, Math.ceil((lastStartMs * 1.5) / 1000) + 2));
  for (const lead of [first, ...[12, 24].filter((later) => later > first)]) {
    fresh();
    const spawned = Date.now();
    const clock = clockFrom(new Date(Date.parse(at) - lead * 1000).toISOString());
    const spare = (lead - 1) * 1000;
    try {
      const app = await startApp(github, { ...clock, ...env }, undefined, undefined, spare);
      // Killed when its time is up, even with a delivery unanswered: `at` must not come.
      const prepared = prepare(app).then(() => true);
      prepared.catch(() => undefined);
      const late = new Promise<false>((r) => setTimeout(r, spare - (Date.now() - spawned), false));
      if ((await Promise.race([prepared, late])) && Date.now() - spawned < spare) return app;
      await app.stop("SIGKILL");
    } catch (error) {
      if (!(error instanceof NotUpInTime)) throw error;
    }
  }
  throw new Error(`the app was not up and prepared 23 s before ${at}`);
}

/** A webhook as GitHub sends it: signed with the app's secret. */
export async function deliver(
  app: AppProcess,
  delivery: { id: string; name: string; payload: unknown },
): Promise<number> {
  const body = JSON.stringify(delivery.payload);
  const response = await fetch(`${app.url}/api/github/webhooks`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-github-event": delivery.name,
      "x-github-delivery": delivery.id,
      "x-hub-signature-256": `sha256=${createHmac("sha256", webhookSecret).update(body).digest("hex")}`,
    },
    body,
  });
  await response.text();
  return response.status;
}
