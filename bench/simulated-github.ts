import { type ChildProcess, fork } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { benchBoards, benchTransport } from "./app-deliveries.js";

export interface Seen {
  inFlight: number;
  maxInFlight: number;
  writes: number;
  writesInFlight: number;
  maxWritesInFlight: number;
  content: number;
  /** GraphQL points charged on the boards of the burst (not those that warmed the app up). */
  points: number;
}

/**
 * The secondary limits GitHub documents, as the simulated GitHub sees them: the most requests in
 * flight at once (≤ 100), the most writes in flight at once (mutations, REST POST/PATCH/PUT/DELETE:
 * serially, so 1), and content-creating requests (≤ 80 a minute).
 */
export function watched(route: typeof fetch, latencyMs: number) {
  const seen = {
    inFlight: 0,
    maxInFlight: 0,
    writes: 0,
    writesInFlight: 0,
    maxWritesInFlight: 0,
    content: 0,
  };
  const watchedRoute: typeof fetch = async (input, init) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const method = (init?.method ?? "GET").toUpperCase();
    const graphql = new URL(url).pathname.endsWith("/graphql");
    const token = new URL(url).pathname.startsWith("/app/installations/");
    const write =
      !token &&
      (graphql
        ? typeof init?.body === "string" && /"query":"\s*mutation\b/.test(init.body)
        : method !== "GET" && method !== "HEAD");
    if (write) {
      seen.writes++;
      seen.writesInFlight++;
      seen.maxWritesInFlight = Math.max(seen.maxWritesInFlight, seen.writesInFlight);
      if (method === "POST" && /\/issues(\/\d+\/comments)?$/.test(new URL(url).pathname))
        seen.content++;
    }
    seen.inFlight++;
    seen.maxInFlight = Math.max(seen.maxInFlight, seen.inFlight);
    try {
      // GitHub answers in tens to hundreds of milliseconds; concurrency only shows with latency.
      await new Promise((resolve) => setTimeout(resolve, latencyMs));
      return await route(input, init);
    } finally {
      seen.inFlight--;
      if (write) seen.writesInFlight--;
    }
  };
  return { route: watchedRoute, seen };
}

/**
 * The simulated GitHub of the throttling bench in a process of its own, as GitHub is: its work
 * (building answers, ETags, points) runs on its own CPU, not the app's, and the app reaches it
 * over loopback HTTP. It holds `repositories` boards for the burst (board-0…) and as many for
 * warming the app up (board-N…), and answers each request `latencyMs` late.
 */
export async function simulatedGitHub(
  repositories: number,
  topics: number,
  latencyMs: number,
): Promise<{
  fetch: typeof fetch;
  seen: () => Promise<Seen>;
  reset: () => Promise<void>;
  close: () => void;
}> {
  const child: ChildProcess = fork(new URL(import.meta.url).pathname, [], {
    execArgv: [...process.execArgv],
    env: {
      ...process.env,
      ROUNDTABLE_SIMULATED_GITHUB: JSON.stringify({ repositories, topics, latencyMs }),
    },
    stdio: "inherit",
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("message", (m) => resolve((m as { port: number }).port));
    child.once("exit", (code) => reject(new Error(`the simulated GitHub exited (${code})`)));
  });
  const base = `http://127.0.0.1:${port}`;
  const toSimulated: typeof fetch = (input, init) => {
    const url = new URL(
      typeof input === "string" ? input : input instanceof URL ? input.href : input.url,
    );
    return fetch(`${base}${url.pathname}${url.search}`, init);
  };
  return {
    fetch: toSimulated,
    seen: async () => (await fetch(`${base}/__seen`)).json() as Promise<Seen>,
    reset: async () => {
      await fetch(`${base}/__reset`, { method: "POST" });
    },
    close: () => child.kill(),
  };
}

/** The child's side: the boards, served on a free loopback port. */
async function serve(settings: { repositories: number; topics: number; latencyMs: number }) {
  const { repositories, topics, latencyMs } = settings;
  const fakes = new Map([
    ...benchBoards(repositories, topics),
    ...benchBoards(repositories, topics, repositories),
  ]);
  const { route, seen } = watched(benchTransport(fakes, new Map()), latencyMs);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      const body = Buffer.concat(chunks).toString("utf8");
      if (req.url === "/__seen") {
        const points = [...fakes.values()]
          .slice(0, repositories)
          .reduce((sum, f) => sum + f.points, 0);
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ ...seen, points }));
        return;
      }
      if (req.url === "/__reset") {
        Object.assign(seen, { maxInFlight: 0, writes: 0, maxWritesInFlight: 0, content: 0 });
        res.writeHead(204).end();
        return;
      }
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers))
        if (typeof value === "string") headers.set(name, value);
      const answer = await route(`https://api.github.com${req.url}`, {
        method: req.method ?? "GET",
        headers,
        ...(body ? { body } : {}),
      });
      res.writeHead(answer.status, Object.fromEntries(answer.headers));
      res.end(Buffer.from(await answer.arrayBuffer()));
    });
  });
  server.listen(0, "127.0.0.1", () => {
    process.send?.({ port: (server.address() as AddressInfo).port });
  });
}

const settings = process.env.ROUNDTABLE_SIMULATED_GITHUB;
if (settings && process.send) await serve(JSON.parse(settings));
