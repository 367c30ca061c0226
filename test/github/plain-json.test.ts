import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Octokit } from "@octokit/core";
import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { answersWhole } from "../../src/github/answers-whole.js";
import { httpTransport } from "../../src/github/http-transport.js";
import { plainJson } from "../../src/github/plain-json.js";

const api = "https://api.github.com";
const Plain = Octokit.plugin(plainJson as never);

/** The same request through Octokit as it comes and through Octokit with plainJson. */
async function both(route: string, options: Record<string, unknown> = {}) {
  const answers = [];
  for (const client of [new Octokit(), new Plain()])
    answers.push(await client.request(route, options));
  return answers.map((a) => a.data);
}

afterEach(() => nock.cleanAll());

describe("answers parsed by JSON.parse, read as Octokit reads them otherwise", () => {
  it("gives the same JSON as Octokit's own parser", async () => {
    const issue = {
      id: 1_234_567_890,
      number: 7,
      title: 'Café ☕ \u2028 "quoted"',
      labels: [{ name: "topic" }],
      reactions: { "+1": 3 },
      closed_at: null,
      nested: { deep: [1, 2.5, -3e5, true, false] },
    };
    nock(api).get("/repos/acme/board/issues/7").times(2).reply(200, issue);
    const [octokit, plain] = await both("GET /repos/acme/board/issues/7");
    expect(plain).toEqual(octokit);
    expect(plain).toEqual(issue);
  });

  it("hands over JSON that does not parse as its text, an empty answer as ''", async () => {
    const json = { "content-type": "application/json; charset=utf-8" };
    nock(api).get("/broken").times(2).reply(200, '{"cut": ', json);
    nock(api).get("/empty").times(2).reply(200, "", json);
    expect(await both("GET /broken")).toEqual(['{"cut": ', '{"cut": ']);
    expect(await both("GET /empty")).toEqual(["", ""]);
  });

  it("reads text as text and bytes as an ArrayBuffer", async () => {
    nock(api)
      .get("/raw")
      .times(2)
      .reply(200, "name: board\n", { "content-type": "application/vnd.github.raw; charset=utf-8" });
    nock(api).get("/plain").times(2).reply(200, "hello", { "content-type": "text/plain" });
    nock(api)
      .get("/bytes")
      .times(2)
      .reply(200, Buffer.from([0, 1, 2, 255]), { "content-type": "application/octet-stream" });
    expect(await both("GET /raw")).toEqual(["name: board\n", "name: board\n"]);
    expect(await both("GET /plain")).toEqual(["hello", "hello"]);
    const [octokit, plain] = await both("GET /bytes");
    expect(plain).toBeInstanceOf(ArrayBuffer);
    expect([...new Uint8Array(plain as ArrayBuffer)]).toEqual([
      ...new Uint8Array(octokit as ArrayBuffer),
    ]);
  });

  it("leaves errors and a body asked for unparsed as Octokit makes them", async () => {
    nock(api).get("/gone").reply(404, { message: "Not Found" });
    await expect(new Plain().request("GET /gone")).rejects.toMatchObject({
      status: 404,
      message: "Not Found",
    });
    nock(api).get("/list").reply(200, [1, 2]);
    const { data } = await new Plain().request("GET /list", {
      request: { parseSuccessResponseBody: false },
    });
    expect(data).toBeInstanceOf(ReadableStream);
    expect(await new Response(data as ReadableStream).json()).toEqual([1, 2]);
  });
});

describe("an answer cut off mid-body", () => {
  let server: Server | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  });

  it("is handed over as '', which answersWhole asks again", async () => {
    nock.enableNetConnect("127.0.0.1");
    let asked = 0;
    const body = JSON.stringify({ data: { viewer: { login: "roundtable" } } });
    server = createServer((req, res) => {
      req.resume();
      asked++;
      res.writeHead(200, {
        "content-type": "application/json",
        "content-length": String(body.length),
      });
      if (asked > 1) return res.end(body);
      res.write(body.slice(0, 9));
      setTimeout(() => res.socket?.destroy(), 5);
    });
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const client = new Plain({ baseUrl, request: { fetch: httpTransport } });
    answersWhole(client as never);
    const answer = await client.request("POST /graphql", { query: "query { viewer { login } }" });
    expect(answer.data).toEqual({ data: { viewer: { login: "roundtable" } } });
    expect(asked).toBe(2);
    nock.disableNetConnect();
  });
});
