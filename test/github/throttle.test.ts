import type { Octokit } from "@octokit/core";
import { Probot, ProbotOctokit } from "probot";
import { describe, expect, it } from "vitest";
import { createClient, readConcurrency, shippedThrottling } from "../../src/github/index.js";
import { moreUpvotesDocument } from "../../src/github/more-upvotes.js";
import { boardNodesQuery, issueCommentsQuery } from "../../src/github/operations/index.js";
import { updateItemFieldMutation } from "../../src/github/operations/update-item-field.js";
import { graphqlPoints } from "../helpers/graphql-points.js";
import { privateKey } from "../helpers/probot.js";

/** A transport that answers after `ms` and records how many requests, and writes, were in flight. */
function slowTransport(ms: number) {
  const seen = { inFlight: 0, most: 0, writesInFlight: 0, mostWrites: 0 };
  const transport: typeof fetch = async (_input, init) => {
    const body = typeof init?.body === "string" ? init.body : "";
    const write = (init?.method ?? "GET") !== "GET" && !body.includes('"query":"query');
    seen.inFlight++;
    seen.most = Math.max(seen.most, seen.inFlight);
    if (write) seen.mostWrites = Math.max(seen.mostWrites, ++seen.writesInFlight);
    await new Promise((resolve) => setTimeout(resolve, ms));
    seen.inFlight--;
    if (write) seen.writesInFlight--;
    // An installation token's answer holds a token; anything else reads `data`.
    return new Response(
      JSON.stringify({ data: {}, token: "t", expires_at: "2099-01-01T00:00:00Z" }),
      {
        status: 200,
        headers: { "content-type": "application/json" },
      },
    );
  };
  return { transport, seen };
}

describe("the shipped throttling", () => {
  it("runs GraphQL queries side by side instead of one a second", async () => {
    const { transport, seen } = slowTransport(30);
    const github = createClient({ token: "t", fetch: transport });
    const started = performance.now();
    await Promise.all(
      Array.from({ length: 8 }, () => github.graphql("query Q { viewer { login } }")),
    );
    // Probot's and the plugin's default spaced these a second apart: 7 s for 8 queries.
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(seen.most).toBeGreaterThan(1);
  });

  it("holds at most readConcurrency reads in flight, and starts a waiting one as one ends", async () => {
    const { transport, seen } = slowTransport(200);
    const github = createClient({ token: "t", fetch: transport });
    const reads = Array.from({ length: 3 * readConcurrency + 5 }, (_, i) =>
      i % 2
        ? github.graphql("query Q { viewer { login } }")
        : github.request("GET /repos/{owner}/{repo}/issues", { owner: "acme", repo: "board" }),
    );
    await Promise.all(reads);
    expect(seen.most).toBe(readConcurrency);
    expect(seen.inFlight).toBe(0);
  });

  it("still makes mutations and REST writes one at a time", async () => {
    const { transport, seen } = slowTransport(20);
    const github = createClient({ token: "t", fetch: transport });
    await Promise.all([
      ...Array.from({ length: 3 }, () =>
        github.graphql('mutation M { addStar(input: { starrableId: "x" }) { clientMutationId } }'),
      ),
      ...Array.from({ length: 3 }, (_, i) =>
        github.request("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", {
          owner: "acme",
          repo: "board",
          issue_number: i + 1,
          labels: ["topic"],
        }),
      ),
    ]);
    expect(seen.mostWrites).toBe(1);
  });
});

describe("the fake's points (GitHub's published formula)", () => {
  it("charges 100 issues by id their 👍 (100 connections: 1) and project items (2 with them)", () => {
    const ids = Array.from({ length: 100 }, (_, i) => `I_${i}`);
    expect(graphqlPoints(boardNodesQuery.toString(), { ids, withProject: false })).toBe(1);
    expect(graphqlPoints(boardNodesQuery.toString(), { ids, withProject: true })).toBe(2);
  });

  it("charges 100 follow-up pages of 👍 asked by alias 1 point, not 100", () => {
    expect(graphqlPoints(moreUpvotesDocument(100))).toBe(1);
    expect(graphqlPoints(moreUpvotesDocument(3))).toBe(1);
  });

  it("charges a page of comments with their 👍 and 👎 voters 2, and a mutation 1", () => {
    expect(graphqlPoints(issueCommentsQuery.toString())).toBe(2);
    expect(graphqlPoints(updateItemFieldMutation.toString())).toBe(1);
  });

  it("charges a call without connections its minimum, 1", () => {
    expect(graphqlPoints("query { viewer { login } }")).toBe(1);
  });
});

describe("the shipped throttling in the app (Probot's octokits)", () => {
  /** Probot's octokit for a webhook of `installation`, as Probot makes it for a handler. */
  async function eventOctokit(probot: Probot, installation: number) {
    const app = (await probot.auth()) as unknown as {
      auth(options: object): Promise<Octokit>;
    };
    return app.auth({
      type: "event-octokit",
      event: {
        name: "issue_comment",
        payload: { action: "created", installation: { id: installation } },
      },
    });
  }
  const comment = (github: Octokit) =>
    github.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      owner: "acme",
      repo: "board",
      issue_number: 1,
      body: "hi",
    });

  it("spaces one installation's writes, and lets two installations write side by side", async () => {
    const { transport, seen } = slowTransport(100);
    const probot = new Probot({
      appId: 1,
      privateKey,
      Octokit: shippedThrottling(ProbotOctokit),
      request: { fetch: transport },
    });
    const [one, alsoOne, two] = await Promise.all([
      eventOctokit(probot, 5),
      eventOctokit(probot, 5),
      eventOctokit(probot, 6),
    ]);
    // Tokens first (they are no writes to space), then the comments.
    await Promise.all([comment(one), comment(two)]);
    expect(seen.mostWrites).toBe(2);
    seen.mostWrites = 0;
    await Promise.all([comment(one), comment(alsoOne)]);
    expect(seen.mostWrites).toBe(1);
  });
});
