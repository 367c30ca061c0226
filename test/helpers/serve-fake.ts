import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { FakeGitHub } from "./fake-github.js";

export interface ServeOptions {
  /**
   * A request GitHub never answers (a hung proxy, a dead connection): the socket stays open and
   * no byte comes back. Given the method, the path and the parsed body.
   */
  hang?: (method: string, path: string, body: unknown) => boolean;
  /** A request GitHub answers late: how many milliseconds it waits first (0: at once). */
  slow?: (method: string, path: string) => number;
  /** Also answer as GitHub does for a GitHub App: GET /app and installation tokens. */
  app?: { slug: string };
}

const page = (redirect: string, state: string) => `<!doctype html><html><body>
<h1>Authorize Roundtable</h1>
<form method="post" action="/login/oauth/authorize">
<input type="hidden" name="redirect_uri" value="${redirect}">
<input type="hidden" name="state" value="${state}">
<label>Login <input name="login" id="login"></label>
<button id="authorize">Authorize</button>
</form></body></html>`;

/**
 * The fake as a real HTTP API on loopback, for code that runs in another process or a browser:
 * REST at / and at /api/v3 (GitHub Enterprise's layout, from which Octokit's OAuth methods find
 * the sign-in pages), GraphQL at /graphql and /api/graphql, and GitHub's web flow: the authorize
 * page (a form that asks which login signs in), and the code-for-token exchange.
 */
export async function serveFake(
  fake: FakeGitHub,
  options: ServeOptions = {},
): Promise<{ url: string; server: Server; close: () => void }> {
  const codes = new Map<string, string>();
  const server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const url = new URL(req.url ?? "/", "http://fake");
      if (url.pathname === "/login/oauth/authorize" && req.method === "GET") {
        res.writeHead(200, { "content-type": "text/html" });
        res.end(
          page(url.searchParams.get("redirect_uri") ?? "", url.searchParams.get("state") ?? ""),
        );
        return;
      }
      if (url.pathname === "/login/oauth/authorize" && req.method === "POST") {
        const form = new URLSearchParams(text);
        const code = `code-${codes.size + 1}`;
        codes.set(code, form.get("login") ?? "");
        const back = new URL(form.get("redirect_uri") ?? "");
        back.searchParams.set("code", code);
        back.searchParams.set("state", form.get("state") ?? "");
        res.writeHead(302, { location: back.href }).end();
        return;
      }
      const body = text ? JSON.parse(text) : undefined;
      if (url.pathname === "/login/oauth/access_token") {
        const login = codes.get(body?.code);
        codes.delete(body?.code);
        const reply = login
          ? { access_token: `user-token-${login}`, token_type: "bearer", scope: "" }
          : {
              error: "bad_verification_code",
              error_description: "The code is wrong",
              error_uri: "",
            };
        if (login) fake.userTokens.set(`user-token-${login}`, login);
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(reply));
        return;
      }
      const path = (req.url ?? "/")
        .replace(/^\/api\/v3(?=\/)/, "")
        .replace(/^\/api\/graphql/, "/graphql");
      const method = req.method ?? "GET";
      if (options.hang?.(method, path, body)) return;
      const wait = options.slow?.(method, path) ?? 0;
      if (wait > 0) setTimeout(() => answer(method, path, body), wait);
      else answer(method, path, body);
    });
    /** Answers from the fake as it is when the answer is made. */
    function answer(method: string, path: string, body: ReturnType<typeof JSON.parse>) {
      const app = options.app ? appRoute(method, path, options.app.slug) : undefined;
      const [status, json, headers] =
        app ??
        (path.startsWith("/graphql")
          ? fake.graphql(body)
          : fake.rest(method, path, body, req.headers.authorization, req.headers["if-none-match"]));
      const raw = typeof json === "string";
      res.writeHead(status, {
        "content-type": raw ? "text/plain" : "application/json",
        ...headers,
      });
      res.end(raw ? json : JSON.stringify(json));
    }
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
