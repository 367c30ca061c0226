import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { Octokit } from "@octokit/core";
import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { answersWhole } from "../../src/github/answers-whole.js";
import { httpTransport } from "../../src/github/http-transport.js";
import { unreachable } from "../../src/github/safe-retry.js";

type Route = (req: IncomingMessage, res: ServerResponse, body: string) => void;

/** A server on a free loopback port answering by `route`. */
async function serve(route: Route): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => route(req, res, Buffer.concat(chunks).toString("utf8")));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    server,
  };
}

const json = (res: ServerResponse, status: number, data: unknown, headers = {}) =>
  res
    .writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers })
    .end(JSON.stringify(data));

const servers: Server[] = [];
async function server(route: Route) {
  const made = await serve(route);
  servers.push(made.server);
  return made;
}

const octokit = (baseUrl: string) =>
  new Octokit({ baseUrl, auth: "secret-token", request: { fetch: httpTransport } });

beforeAll(() => nock.enableNetConnect("127.0.0.1"));
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((resolve) => s.close(resolve));
  }
});
afterAll(() => nock.disableNetConnect());

describe("Octokit's requests over Node's HTTP client", () => {
  it("sends the method, headers and body, and answers status, headers and parsed JSON", async () => {
    let seen: { method?: string; auth?: string; type?: string; body?: string } = {};
    const { url } = await server((req, res, body) => {
      seen = {
        method: req.method,
        auth: req.headers.authorization,
        type: req.headers["content-type"],
        body,
      };
      json(res, 201, { id: 7, title: "Café ☕" }, { etag: 'W/"abc"' });
    });
    const answer = await octokit(url).request("POST /repos/{owner}/{repo}/issues", {
      owner: "acme",
      repo: "board",
      title: "Café ☕",
    });
    expect(seen).toEqual({
      method: "POST",
      auth: "token secret-token",
      type: "application/json; charset=utf-8",
      body: JSON.stringify({ title: "Café ☕" }),
    });
    expect(answer.status).toBe(201);
    expect(answer.data).toEqual({ id: 7, title: "Café ☕" });
    expect(answer.headers.etag).toBe('W/"abc"');
    expect(answer.url).toBe(`${url}/repos/acme/board/issues`);
  });

  it("answers 304 as Octokit's 'Not modified' error, and 404 with GitHub's message", async () => {
    const { url } = await server((req, res) => {
      if (req.headers["if-none-match"] === '"e1"') return res.writeHead(304).end();
      json(res, 404, { message: "Not Found", documentation_url: "https://docs.github.com" });
    });
    const client = octokit(url);
    await expect(
      client.request("GET /repos/acme/board/issues", { headers: { "if-none-match": '"e1"' } }),
    ).rejects.toMatchObject({ status: 304 });
    await expect(client.request("GET /repos/acme/gone")).rejects.toMatchObject({
      status: 404,
      message: "Not Found - https://docs.github.com",
    });
  });

  it("follows a renamed repository's redirect, and keeps the token on its own host only", async () => {
    const other = await server((req, res) =>
      json(res, 200, { auth: req.headers.authorization ?? null }),
    );
    const { url } = await server((req, res) => {
      if (req.url === "/repos/acme/old")
        return res.writeHead(301, { location: "/repositories/42" }).end();
      if (req.url === "/repos/acme/away")
        return res.writeHead(302, { location: `${other.url}/elsewhere` }).end();
      if (req.url === "/post") return res.writeHead(303, { location: "/after" }).end();
      json(res, 200, { path: req.url, method: req.method, auth: req.headers.authorization });
    });
    const client = octokit(url);
    const moved = await client.request("GET /repos/acme/old");
    expect(moved.data).toEqual({
      path: "/repositories/42",
      method: "GET",
      auth: "token secret-token",
    });
    expect(moved.url).toBe(`${url}/repositories/42`);
    expect((await client.request("GET /repos/acme/away")).data).toEqual({ auth: null });
    expect((await client.request("POST /post", { a: 1 })).data).toMatchObject({
      path: "/after",
      method: "GET",
    });
  });

  it("unpacks a compressed answer", async () => {
    const { url } = await server((_req, res) =>
      res
        .writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" })
        .end(gzipSync(JSON.stringify({ packed: true }))),
    );
    expect((await octokit(url).request("GET /x")).data).toEqual({ packed: true });
  });

  it("hands over the body as a stream where Octokit is asked not to parse it", async () => {
    const { url } = await server((_req, res) => json(res, 200, [1, 2, 3]));
    const { data } = await octokit(url).request("GET /x", {
      request: { parseSuccessResponseBody: false },
    });
    expect(JSON.parse(await new Response(data as ReadableStream).text())).toEqual([1, 2, 3]);
  });
});

describe("failures, as fetch fails", () => {
  it("an answer cut off mid-body is an empty answer to Octokit, which answersWhole asks again", async () => {
    let asked = 0;
    const { url } = await server((_req, res) => {
      asked++;
      const body = JSON.stringify({ data: { repository: { name: "board" } } });
      if (asked <= 2) {
        res.writeHead(200, {
          "content-type": "application/json",
          "content-length": String(body.length),
        });
        res.write(body.slice(0, 10));
        setTimeout(() => res.socket?.destroy(), 5);
        return;
      }
      json(res, 200, JSON.parse(body));
    });
    const cut = await httpTransport(`${url}/graphql`, { method: "POST", body: "{}" });
    await expect(cut.text()).rejects.toThrow(TypeError);
    const client = octokit(url);
    answersWhole(client as never);
    const answer = await client.request("POST /graphql", { query: "query { x }" });
    expect(answer.data).toEqual({ data: { repository: { name: "board" } } });
    expect(asked).toBe(3);
  });

  it("a connection nobody answers fails at once, its socket's code kept for the retry's choice", async () => {
    const { url, server: closed } = await serve(() => {});
    await new Promise((resolve) => closed.close(resolve));
    const error = await octokit(url)
      .request("GET /x")
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 500 });
    expect(unreachable(error)).toBe(true);
  });

  it("a connection dropped before the answer fails as fetch's TypeError, not as unreachable", async () => {
    const { url } = await server((req) => req.socket.destroy());
    const error = await octokit(url)
      .request("GET /x")
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 500 });
    expect((error as { cause?: unknown }).cause).toBeInstanceOf(TypeError);
    expect(unreachable(error)).toBe(false);
  });

  it("an aborted request fails with an AbortError, before and after its answer began", async () => {
    const { url } = await server((req, res) => {
      if (req.url === "/slow-body") {
        res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
        res.write("[1,");
      }
      // otherwise: never answered
    });
    const controller = new AbortController();
    const pending = httpTransport(`${url}/never`, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    const late = new AbortController();
    const answer = await httpTransport(`${url}/slow-body`, { signal: late.signal });
    setTimeout(() => late.abort(), 20);
    await expect(answer.text()).rejects.toMatchObject({ name: "AbortError" });
    const before = new AbortController();
    before.abort();
    await expect(httpTransport(`${url}/never`, { signal: before.signal })).rejects.toMatchObject({
      name: "AbortError",
    });
  });
});
