import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One request a receiver took: its path, headers and JSON body. */
export interface Received {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  raw: string;
  body: Record<string, unknown>;
}

/** What a receiver answers: a status, headers and a body; the script is used up, then 200s. */
export type Answer = { status: number; headers?: Record<string, string>; body?: string };

/**
 * A chat platform's webhook on a loopback port, real HTTP: it records every request and answers
 * with its script (a 429 with Retry-After, a 500…), then as the platform does on success (Slack
 * answers 200 "ok", Discord 204, Teams' Workflows 202).
 */
export class ChatReceiver {
  readonly received: Received[] = [];
  private server: Server | undefined;
  url = "";

  constructor(
    readonly success: Answer = { status: 200, body: "ok" },
    readonly script: Answer[] = [],
  ) {}

  async start(path = "/hook"): Promise<string> {
    const server = createServer((req, res) => {
      let raw = "";
      req.on("data", (chunk) => {
        raw += chunk;
      });
      req.on("end", () => {
        this.received.push({
          path: req.url ?? "",
          headers: req.headers,
          raw,
          body: raw ? (JSON.parse(raw) as Record<string, unknown>) : {},
        });
        const answer = this.script.shift() ?? this.success;
        res.writeHead(answer.status, answer.headers ?? {}).end(answer.body ?? "");
      });
    });
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
    return this.url;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** A URL on loopback where nothing listens: a channel that is down. */
export async function downUrl(): Promise<string> {
  const probe = new ChatReceiver();
  const url = await probe.start();
  await probe.stop();
  return url;
}
