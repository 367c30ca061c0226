import { type ChildProcess, spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { installationId, privateKey } from "./app-key.js";
import type { FakeGitHub } from "./fake-github.js";
import { freePort } from "./free-port.js";

export const webhookSecret = "process-secret";

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
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private async answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const body = text ? JSON.parse(text) : undefined;
    const path = (req.url ?? "/").replace(/^\/api\/v3/, "").replace(/^\/api\/graphql/, "/graphql");
    await this.before?.(path, body);
    const mine = /installation-token-(\d+)/.exec(req.headers.authorization ?? "")?.[1];
    const fake = this.installations.get(Number(mine)) ?? this.fake;
    const send = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      const raw = typeof json === "string";
      res.writeHead(status, {
        "content-type": raw ? "text/plain" : "application/json",
        ...headers,
      });
      res.end(raw ? json : JSON.stringify(json));
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
          req.method ?? "GET",
          path,
          body,
          req.headers.authorization,
          req.headers["if-none-match"],
        );
    send(status, json, headers);
  }
}

export interface AppProcess {
  url: string;
  /** The process's id (its memory is read from /proc). */
  pid: number;
  /** Lines the app logged. */
  log: string[];
  /** Stops the process: SIGTERM lets it close, SIGKILL is a crash. */
  stop(signal?: "SIGTERM" | "SIGKILL"): Promise<void>;
}

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
): Promise<AppProcess> {
  // A port of the test's choosing (PORT in env): a restart answers where the first process did.
  const port = env.PORT ? Number(env.PORT) : await freePort();
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
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const collect = (chunk: Buffer) => log.push(...chunk.toString().split("\n").filter(Boolean));
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  for (let tries = 0; ; tries++) {
    const up = await fetch(`${url}/health`).then(
      (r) => ready(r.status),
      () => false,
    );
    if (up) break;
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
