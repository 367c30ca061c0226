import { createServer, type IncomingMessage, request, type Server } from "node:http";
import type { Socket } from "node:net";
import { freePort } from "./free-port.js";

/**
 * The ordinary ways GitHub fails, as a proxy can make them:
 * - `502`: a bad gateway, the request never reached GitHub;
 * - `502-after`: the request reached GitHub and was applied, and the answer is a 502 all the same;
 * - `secondary`: 403 "You have exceeded a secondary rate limit" with Retry-After (not applied);
 * - `429`: too many requests, with Retry-After (not applied);
 * - `drop-before`: the connection closed before the request was sent on (not applied);
 * - `drop-after`: the request applied, then the connection closed mid-answer (status and headers
 *   came, the body was cut off);
 * - `timeout`: the request applied, and no answer ever came (the client gives up on it).
 */
export type Fault =
  | "502"
  | "502-after"
  | "secondary"
  | "429"
  | "drop-before"
  | "drop-after"
  | "timeout";

export interface FaultRule {
  fault: Fault;
  /** Only requests with this method (GET, POST, …). */
  method?: string;
  /** Only requests whose path (without GitHub Enterprise's /api/v3 or /api, query included) matches. */
  path?: RegExp;
  /** Only GraphQL requests of this operation name, or whose document names this field (a mutation). */
  operation?: string;
  /** Only requests made with this token (one installation's, one person's). */
  token?: string;
  /** Every Nth matching request is failed (1: every one). */
  every?: number;
  /** At most this many failures from this rule. */
  times?: number;
  /** Seconds asked to wait (secondary, 429). */
  retryAfter?: number;
}

/** A request as the proxy passes it on, and the answer it passes back. */
export interface UpstreamRequest {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: Buffer;
}
export interface UpstreamAnswer {
  status: number;
  headers: IncomingMessage["headers"];
  body: Buffer;
}
/** What the proxy stands in front of, when it is in the proxy's own process: asked directly. */
export type Upstream = (request: UpstreamRequest) => Promise<UpstreamAnswer>;

export interface FaultProxy {
  /** http://127.0.0.1:PORT */
  url: string;
  /** host:port, for GHE_HOST. */
  host: string;
  rules: FaultRule[];
  /** Failures made so far, by fault. */
  injected: Record<Fault, number>;
  /** Every failure made, in order: `fault METHOD path (operation)`. */
  log: string[];
  /** Failures made so far by one rule. */
  madeBy(rule: FaultRule): number;
  close(): Promise<void>;
}

const none = (): Record<Fault, number> => ({
  "502": 0,
  "502-after": 0,
  secondary: 0,
  "429": 0,
  "drop-before": 0,
  "drop-after": 0,
  timeout: 0,
});

/** The operation name and top-level fields of a GraphQL document, for matching. */
function namesOf(body: string): string[] {
  try {
    const query = String((JSON.parse(body) as { query?: unknown }).query ?? "");
    const names = [...query.matchAll(/\b(?:query|mutation)\s+(\w+)/g)].map((m) => m[1] ?? "");
    const fields = [...query.matchAll(/^\s{0,4}(\w+)\s*[({]/gm)].map((m) => m[1] ?? "");
    return [...names, ...fields];
  } catch {
    return [];
  }
}

/**
 * A small HTTP proxy on a free loopback port in front of `target` (the fake GitHub served over
 * HTTP, or asked directly when it is an `Upstream` of this process): each request is matched against `rules` (method, path, GraphQL operation), and every Nth
 * match is failed as the rule says; anything else is passed on untouched. `rules` may be changed
 * between requests.
 */
export async function faultProxy(
  target: string | Upstream,
  rules: FaultRule[] = [],
): Promise<FaultProxy> {
  const seen = new Map<FaultRule, number>();
  const made = new Map<FaultRule, number>();
  const sockets = new Set<Socket>();
  const proxy: FaultProxy = {
    url: "",
    host: "",
    rules,
    injected: none(),
    log: [],
    madeBy: (rule) => made.get(rule) ?? 0,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
  const faultFor = (req: IncomingMessage, body: string): FaultRule | undefined => {
    const path = (req.url ?? "/")
      .replace(/^\/api\/v3(?=\/)/, "")
      .replace(/^\/api\/graphql/, "/graphql");
    const names = /graphql/.test(path) ? namesOf(body) : [];
    for (const rule of proxy.rules) {
      if (rule.method && rule.method !== req.method) continue;
      if (rule.path && !rule.path.test(path)) continue;
      if (rule.operation && !names.includes(rule.operation)) continue;
      if (rule.token && !(req.headers.authorization ?? "").endsWith(` ${rule.token}`)) continue;
      const n = (seen.get(rule) ?? 0) + 1;
      seen.set(rule, n);
      if (n % (rule.every ?? 1) !== 0) continue;
      if ((made.get(rule) ?? 0) >= (rule.times ?? Number.POSITIVE_INFINITY)) continue;
      made.set(rule, (made.get(rule) ?? 0) + 1);
      proxy.injected[rule.fault]++;
      proxy.log.push(`${rule.fault} ${req.method} ${path}${names[0] ? ` (${names[0]})` : ""}`);
      return rule;
    }
    return undefined;
  };
  const forward = (req: IncomingMessage, body: Buffer): Promise<UpstreamAnswer> =>
    typeof target === "function"
      ? target({ method: req.method ?? "GET", url: req.url ?? "/", headers: req.headers, body })
      : overHttp(new URL(target), req, body);

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const body = Buffer.concat(chunks);
      const rule = faultFor(req, body.toString("utf8"));
      const json = (status: number, data: unknown, headers: Record<string, string> = {}) =>
        res
          .writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers })
          .end(JSON.stringify(data));
      const wait = String(rule?.retryAfter ?? 1);
      try {
        switch (rule?.fault) {
          case "502":
            return json(502, { message: "Server Error" });
          case "secondary":
            return json(
              403,
              {
                message:
                  "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
                documentation_url:
                  "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits",
              },
              { "retry-after": wait },
            );
          case "429":
            return json(429, { message: "Too Many Requests" }, { "retry-after": wait });
          case "drop-before":
            req.socket.destroy();
            return;
        }
        const answer = await forward(req, body);
        if (rule?.fault === "502-after") return json(502, { message: "Server Error" });
        // Applied, then silence until the client gives up and closes the connection.
        if (rule?.fault === "timeout") return;
        const headers = { ...answer.headers };
        delete headers["transfer-encoding"];
        if (rule?.fault === "drop-after") {
          // The status and headers (with the whole body's length) came, then half the body.
          res.writeHead(answer.status, {
            ...headers,
            "content-length": String(answer.body.length),
          });
          res.write(answer.body.subarray(0, Math.floor(answer.body.length / 2)));
          setTimeout(() => req.socket.destroy(), 5);
          return;
        }
        res.writeHead(answer.status, { ...headers, "content-length": String(answer.body.length) });
        res.end(answer.body);
      } catch (error) {
        json(502, { message: `proxy: ${(error as Error).message}` });
      }
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  proxy.host = `127.0.0.1:${port}`;
  proxy.url = `http://${proxy.host}`;
  return proxy;
}

/** A request passed on to an upstream served over HTTP. */
function overHttp(upstream: URL, req: IncomingMessage, body: Buffer): Promise<UpstreamAnswer> {
  return new Promise((resolve, reject) => {
    const out = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: upstream.host },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 502,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
        res.on("error", reject);
      },
    );
    out.on("error", reject);
    out.end(body);
  });
}
