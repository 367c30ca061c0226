import { describe, expect, it } from "vitest";
import { createClient, readConcurrency } from "../../src/github/index.js";
import { moreUpvotesDocument } from "../../src/github/more-upvotes.js";
import { boardNodesQuery, issueCommentsQuery } from "../../src/github/operations/index.js";
import { updateItemFieldMutation } from "../../src/github/operations/update-item-field.js";
import { graphqlPoints } from "../helpers/graphql-points.js";

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
    return new Response(JSON.stringify({ data: {} }), {
      status: 200,
      headers: { "content-type": "application/json" },
    });
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
