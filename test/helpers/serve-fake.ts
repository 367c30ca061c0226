import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { FakeGitHub } from "./fake-github.js";

export interface ServeOptions {
  /**
   * A request GitHub never answers (a hung proxy, a dead connection): the socket stays open and
   * no byte comes back. Given the method, the path and the parsed body.
   */
  hang?: (method: string, path: string, body: unknown) => boolean;
  /** Also answer as GitHub does for a GitHub App: GET /app and installation tokens. */
  app?: { slug: string };
}

/** The fake as a real HTTP API on loopback, for code that runs in another process. */
export async function serveFake(
  fake: FakeGitHub,
  options: ServeOptions = {},
): Promise<{ url: string; server: Server; close: () => void }> {
  const server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const body = text ? JSON.parse(text) : undefined;
      const path = req.url ?? "/";
      const method = req.method ?? "GET";
      if (options.hang?.(method, path, body)) return;
      const app = options.app ? appRoute(method, path, options.app.slug) : undefined;
      const [status, json, headers] =
        app ?? (path.startsWith("/graphql") ? fake.graphql(body) : fake.rest(method, path, body));
      const raw = typeof json === "string";
      res.writeHead(status, {
        "content-type": raw ? "text/plain" : "application/json",
        ...headers,
      });
      res.end(raw ? json : JSON.stringify(json));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    server,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

function appRoute(method: string, path: string, slug: string): [number, unknown] | undefined {
  if (method === "GET" && path === "/app") return [200, { id: 1, slug, name: slug }];
  if (method === "POST" && /^\/app\/installations\/\d+\/access_tokens$/.test(path))
    return [
      201,
      { token: "installation-token", expires_at: "2099-01-01T00:00:00Z", permissions: {} },
    ];
  return undefined;
}
