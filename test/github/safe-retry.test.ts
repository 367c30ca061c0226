import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createsEachTime } from "../../src/github/creates-each-time.js";
import { createClient, explainError } from "../../src/github/index.js";
import { freePort } from "../helpers/free-port.js";

/** A loopback server answering each request with the next of `answers`; counts what it got. */
async function serve(answers: Array<(res: import("node:http").ServerResponse) => void>) {
  const got: string[] = [];
  const server: Server = createServer((req, res) => {
    got.push(`${req.method} ${req.url}`);
    req.resume();
    req.on("end", () => (answers.shift() ?? ((r) => r.writeHead(200).end("{}")))(res));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, got, close: () => new Promise((r) => server.close(r)) };
}
const json =
  (status: number, body: unknown, headers: Record<string, string> = {}) =>
  (res: import("node:http").ServerResponse) =>
    res
      .writeHead(status, { "content-type": "application/json", ...headers })
      .end(JSON.stringify(body));
/** The status and headers, then half the body, then the connection closed. */
const cut = (status: number) => (res: import("node:http").ServerResponse) => {
  const body = JSON.stringify({ id: 7, body: "x".repeat(200) });
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": String(body.length),
  });
  res.write(body.slice(0, 50));
  setTimeout(() => res.socket?.destroy(), 5);
};

const closers: Array<() => unknown> = [];
beforeEach(() => nock.enableNetConnect("127.0.0.1"));
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});
const client = (url: string) =>
  createClient({ token: "t", apiUrl: url, retryAfterBaseValue: 5, requestTimeoutMs: 2000 });

describe("createsEachTime", () => {
  it("names comment, issue, pull request, label, branch and invitation creation, by template or URL", () => {
    for (const url of [
      "/repos/{owner}/{repo}/issues/{issue_number}/comments",
      "https://api.github.com/repos/a/b/issues/1/comments",
      "/repos/{owner}/{repo}/issues",
      "/repos/{owner}/{repo}/pulls",
      "/repos/{owner}/{repo}/labels",
      "/repos/{owner}/{repo}/git/refs",
    ])
      expect(createsEachTime({ method: "POST", url })).toBe(true);
    expect(createsEachTime({ method: "PUT", url: "/repos/a/b/collaborators/x" })).toBe(true);
    expect(createsEachTime({ method: "POST", url: "/repos/a/b/issues/1/labels" })).toBe(false);
    expect(createsEachTime({ method: "PATCH", url: "/repos/a/b/issues/comments/3" })).toBe(false);
    expect(createsEachTime({ method: "POST", url: "/repos/a/b/issues/comments/3/reactions" })).toBe(
      false,
    );
  });

  it("names a commit and a field among GraphQL mutations, not an item added or a field set", () => {
    const graphql = (query: string) =>
      createsEachTime({ method: "POST", url: "/graphql", data: { query } });
    expect(
      graphql(
        "mutation CreateCommit($i: X!) { createCommitOnBranch(input: $i) { commit { oid } } }",
      ),
    ).toBe(true);
    expect(graphql("mutation F { createProjectV2Field(input: {}) { clientMutationId } }")).toBe(
      true,
    );
    expect(graphql("mutation A { addProjectV2ItemById(input: {}) { item { id } } }")).toBe(false);
    expect(graphql("query Board { repository { id } }")).toBe(false);
  });
});

describe("the client's retries", () => {
  it("a comment whose POST was answered 502 is not sent again (the effect looks first)", async () => {
    const github = await serve([json(502, { message: "Server Error" })]);
    closers.push(github.close);
    await expect(
      client(github.url).request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        owner: "a",
        repo: "b",
        issue_number: 1,
        body: "hi",
      }),
    ).rejects.toMatchObject({ status: 502 });
    expect(github.got).toEqual(["POST /repos/a/b/issues/1/comments"]);
  });

  it("a comment whose answer was cut after its 201 is taken as made, not sent again", async () => {
    const github = await serve([cut(201)]);
    closers.push(github.close);
    const { status } = await client(github.url).request(
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
      { owner: "a", repo: "b", issue_number: 1, body: "hi" },
    );
    expect(status).toBe(201);
    expect(github.got).toHaveLength(1);
  });

  it("a commit whose answer was cut fails as cut off, sent once: its outcome is read back", async () => {
    const github = await serve([cut(200)]);
    closers.push(github.close);
    await expect(
      client(github.url).graphql(
        "mutation CreateCommit($i: CreateCommitOnBranchInput!) { createCommitOnBranch(input: $i) { commit { oid } } }",
        { i: {} },
      ),
    ).rejects.toThrow(/GraphQL CreateCommit: GitHub's answer was cut off: the connection dropped/);
    expect(github.got).toHaveLength(1);
  });

  it("a read answered 502 is asked again, and a label added too", async () => {
    const github = await serve([json(502, {}), json(200, []), json(503, {}), json(200, [])]);
    closers.push(github.close);
    const octokit = client(github.url);
    await octokit.request("GET /repos/{owner}/{repo}/labels", { owner: "a", repo: "b" });
    await octokit.request("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", {
      owner: "a",
      repo: "b",
      issue_number: 1,
      labels: ["x"],
    });
    expect(github.got).toEqual([
      "GET /repos/a/b/labels",
      "GET /repos/a/b/labels",
      "POST /repos/a/b/issues/1/labels",
      "POST /repos/a/b/issues/1/labels",
    ]);
  });

  it("a 429 is waited out (it was not applied), a creation included", async () => {
    const github = await serve([
      json(429, { message: "Too Many Requests" }, { "retry-after": "1" }),
    ]);
    closers.push(github.close);
    const { status } = await client(github.url).request("POST /repos/{owner}/{repo}/issues", {
      owner: "a",
      repo: "b",
      title: "t",
    });
    expect(status).toBe(200);
    expect(github.got).toHaveLength(2);
  });

  it("a refused connection fails at once, in one line, not after 14 s of retries", async () => {
    const port = await freePort();
    const started = Date.now();
    // The retry unit left at its default (1 s): a retry would show in the time.
    const octokit = createClient({ token: "t", apiUrl: `http://127.0.0.1:${port}` });
    const error = await octokit
      .request("GET /repos/{owner}/{repo}", { owner: "a", repo: "b" })
      .catch((e: unknown) => e);
    const ms = Date.now() - started;
    console.log(`refused connection: failed after ${ms} ms: ${explainError(error)}`);
    expect(ms).toBeLessThan(2000);
    expect(explainError(error)).toMatch(
      /^could not reach 127\.0\.0\.1:\d+ \(.*ECONNREFUSED.*\): check the network connection/,
    );
  });
});
