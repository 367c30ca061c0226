import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { FakeGitHub } from "./fake-github.js";

/** The fake as a real HTTP API on loopback, for code that runs in another process. */
export async function serveFake(fake: FakeGitHub): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const body = text ? JSON.parse(text) : undefined;
      const path = req.url ?? "/";
      const [status, json, headers] = path.startsWith("/graphql")
        ? fake.graphql(body)
        : fake.rest(req.method ?? "GET", path, body);
      const raw = typeof json === "string";
      res.writeHead(status, {
        "content-type": raw ? "text/plain" : "application/json",
        ...headers,
      });
      res.end(raw ? json : JSON.stringify(json));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
