import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FaultProxy, faultProxy } from "../helpers/fault-proxy.js";
import { roundtable } from "../helpers/meeting-board.js";
import { serveFake } from "../helpers/serve-fake.js";

const closers: Array<() => unknown> = [];
beforeEach(() => nock.enableNetConnect("127.0.0.1"));
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function setUp(rules: FaultProxy["rules"]) {
  const fake = roundtable();
  const served = await serveFake(fake);
  const proxy = await faultProxy(served.url, rules);
  closers.push(served.close, proxy.close);
  const post = (body: string) =>
    fetch(`${proxy.url}/repos/Codertocat/Hello-World/issues/1/comments`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ body }),
    });
  const bodies = () => (fake.comments.get(1) ?? []).map((c) => c.body);
  return { fake, proxy, post, bodies };
}

describe("the fault proxy in front of the fake GitHub", () => {
  it("passes requests through untouched when no rule matches", async () => {
    const { proxy, post, bodies } = await setUp([{ fault: "502", method: "DELETE" }]);
    const answer = await post("hello");
    expect(answer.status).toBe(201);
    expect(((await answer.json()) as { body: string }).body).toBe("hello");
    expect(bodies()).toEqual(["hello"]);
    expect(proxy.injected["502"]).toBe(0);
  });

  it("fails every Nth matching request, and counts what it made", async () => {
    const { proxy, post, bodies } = await setUp([{ fault: "502", method: "POST", every: 3 }]);
    const statuses = [];
    for (let i = 1; i <= 6; i++) statuses.push((await post(`c${i}`)).status);
    expect(statuses).toEqual([201, 201, 502, 201, 201, 502]);
    expect(bodies()).toEqual(["c1", "c2", "c4", "c5"]);
    expect(proxy.injected["502"]).toBe(2);
  });

  it("answers a secondary limit and a 429 with Retry-After, without applying them", async () => {
    const { proxy, post, bodies } = await setUp([
      { fault: "secondary", method: "POST", retryAfter: 7, times: 1 },
      { fault: "429", method: "POST", retryAfter: 3, times: 1 },
    ]);
    const first = await post("a");
    expect(first.status).toBe(403);
    expect(first.headers.get("retry-after")).toBe("7");
    expect(((await first.json()) as { message: string }).message).toMatch(/secondary rate limit/);
    const second = await post("b");
    expect([second.status, second.headers.get("retry-after")]).toEqual([429, "3"]);
    expect((await post("c")).status).toBe(201);
    expect(bodies()).toEqual(["c"]);
    expect(proxy.injected).toMatchObject({ secondary: 1, "429": 1 });
  });

  it("applies the request, then answers 502 (502-after)", async () => {
    const { post, bodies } = await setUp([{ fault: "502-after", method: "POST", times: 1 }]);
    expect((await post("twice?")).status).toBe(502);
    expect(bodies()).toEqual(["twice?"]);
  });

  it("drops the connection before the request reaches GitHub, or after it was applied", async () => {
    const { proxy, post, bodies } = await setUp([
      { fault: "drop-before", method: "POST", times: 1 },
      { fault: "drop-after", method: "POST", times: 1 },
    ]);
    await expect(post("lost")).rejects.toThrow();
    expect(bodies()).toEqual([]);
    // The answer's head comes, its body is cut off.
    const cut = await post("applied");
    expect(cut.status).toBe(201);
    await expect(cut.text()).rejects.toThrow();
    expect(bodies()).toEqual(["applied"]);
    expect(proxy.log).toEqual([
      "drop-before POST /repos/Codertocat/Hello-World/issues/1/comments",
      "drop-after POST /repos/Codertocat/Hello-World/issues/1/comments",
    ]);
  });

  it("matches GraphQL requests by operation or mutation name", async () => {
    const { proxy } = await setUp([{ fault: "502", operation: "createCommitOnBranch" }]);
    const ask = (query: string) =>
      fetch(`${proxy.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables: {} }),
      });
    const read = await ask('query BranchHead { repository(owner: "a", name: "b") { id } }');
    expect(read.status).not.toBe(502);
    const write = await ask(
      "mutation CreateCommit($input: CreateCommitOnBranchInput!) {\n  createCommitOnBranch(input: $input) { commit { oid } }\n}",
    );
    expect(write.status).toBe(502);
    expect(proxy.log).toEqual(["502 POST /graphql (CreateCommit)"]);
  });
});
