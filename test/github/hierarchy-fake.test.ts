import { readFileSync } from "node:fs";
import { Octokit } from "@octokit/core";
import { restEndpointMethods } from "@octokit/plugin-rest-endpoint-methods";
import { buildSchema, parse, validate } from "graphql";
import { beforeEach, describe, expect, it } from "vitest";
import {
  createIterationFieldMutation,
  createProjectStatusUpdateMutation,
  projectQuartersQuery,
  projectStatusUpdatesQuery,
  updateItemFieldMutation,
  updateIterationFieldMutation,
} from "../../src/github/operations/index.js";
import { FakeGitHub, fakeFetch, fakeProject } from "../helpers/fake-github.js";

/**
 * The fake's issue types, sub-issues, dependencies, iteration fields and status updates answer as
 * GitHub does: every REST route asked here is one of GitHub's OpenAPI description, every GraphQL
 * document valid against GitHub's newer schema (test/fixtures/github-schema).
 */

const schema = buildSchema(readFileSync("test/fixtures/github-schema/schema.graphql", "utf8"), {
  assumeValidSDL: true,
});
const routes = (() => {
  const { rest } = restEndpointMethods(new Octokit());
  const known = new Set<string>();
  for (const scope of Object.values(rest))
    for (const method of Object.values(
      scope as Record<string, { endpoint?: { DEFAULTS: { method: string; url: string } } }>,
    )) {
      const d = method.endpoint?.DEFAULTS;
      if (d) known.add(`${d.method} ${d.url}`);
    }
  return known;
})();

/** The issue's type and tree as GraphQL gives them (only the newer schema has issueType, blockedBy). */
const issueHierarchy = `query IssueHierarchy($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on Issue {
      number
      issueType { id name }
      parent { number }
      subIssues(first: 100) { nodes { number } }
      subIssuesSummary { total completed percentCompleted }
      blockedBy(first: 20) { nodes { number } }
    }
  }
}`;

let fake: FakeGitHub;
let octokit: Octokit;
const asked = new Set<string>();

/** A REST request through the fake, its route remembered to check against the OpenAPI routes. */
async function rest(route: string, params: Record<string, unknown> = {}) {
  asked.add(route);
  try {
    const { status, data } = await octokit.request(route, {
      owner: "acme",
      repo: "board",
      ...params,
    });
    return { status, data: data as Record<string, unknown> & Array<Record<string, unknown>> };
  } catch (error) {
    return { status: (error as { status: number }).status, data: undefined };
  }
}

async function gql(document: string, variables: Record<string, unknown>) {
  expect(validate(schema, parse(document)).map((e) => e.message)).toEqual([]);
  const [, body] = fake.graphql({ query: document, variables });
  return body as { data: Record<string, never> | null; errors?: Array<{ message: string }> };
}

beforeEach(() => {
  fake = new FakeGitHub();
  fake.issues = [1, 2, 3, 4].map((n) => ({
    id: `I_${n}`,
    number: n,
    title: `Issue ${n}`,
    state: "OPEN",
    createdAt: "2026-10-01T00:00:00Z",
    closedAt: null,
    body: "",
    author: "aiko-t",
    labels: [],
    assignees: [],
    reactions: [],
  }));
  octokit = new Octokit({ auth: "installation-token", request: { fetch: fakeFetch(fake) } });
});

describe("the fake's issue types", () => {
  it("lists and creates an organisation's types, refusing a duplicate", async () => {
    expect((await rest("GET /orgs/{org}/issue-types", { org: "acme" })).data).toEqual([]);
    const made = await rest("POST /orgs/{org}/issue-types", {
      org: "acme",
      name: "Objective",
      is_enabled: true,
    });
    expect(made.status).toBe(200);
    expect(made.data).toMatchObject({ name: "Objective", node_id: expect.any(String) });
    expect(
      (
        await rest("POST /orgs/{org}/issue-types", {
          org: "acme",
          name: "objective",
          is_enabled: true,
        })
      ).status,
    ).toBe(422);
    expect((await rest("GET /orgs/{org}/issue-types", { org: "acme" })).data).toHaveLength(1);
  });

  it("has none on a personal account (404), and refuses a token without the permission (403)", async () => {
    fake.hierarchy.mayWriteIssueTypes = false;
    const body = { org: "acme", name: "Topic", is_enabled: true };
    expect((await rest("POST /orgs/{org}/issue-types", body)).status).toBe(403);
    fake.hierarchy.issueTypes = null;
    expect((await rest("GET /orgs/{org}/issue-types", { org: "acme" })).status).toBe(404);
    expect((await rest("POST /orgs/{org}/issue-types", body)).status).toBe(404);
  });

  it("sets an issue's type on create and edit, reads it in REST and GraphQL, and drops it silently without push access", async () => {
    await rest("POST /orgs/{org}/issue-types", {
      org: "acme",
      name: "Key result",
      is_enabled: true,
    });
    const opened = await rest("POST /repos/{owner}/{repo}/issues", {
      title: "KR",
      type: "Key result",
    });
    expect(opened.data).toMatchObject({ type: { name: "Key result" } });
    const number = opened.data?.number as number;
    expect(
      (await rest("POST /repos/{owner}/{repo}/issues", { title: "x", type: "Epic" })).status,
    ).toBe(422);
    await rest("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
      issue_number: 1,
      type: "Key result",
    });
    const listing = await rest("GET /repos/{owner}/{repo}/issues", { state: "all" });
    const typed = listing.data?.filter(
      (i) => (i.type as { name?: string } | null)?.name === "Key result",
    );
    expect(typed?.map((i) => i.number).sort()).toEqual([1, number]);
    const answer = await gql(issueHierarchy, { ids: ["I_1", "I_2"] });
    expect(answer.data?.nodes).toMatchObject([
      { number: 1, issueType: { name: "Key result" } },
      { number: 2, issueType: null },
    ]);
    fake.hierarchy.typesDropped = true;
    const dropped = await rest("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
      issue_number: 2,
      type: "Key result",
    });
    expect(dropped.status).toBe(200);
    expect(dropped.data?.type).toBeNull();
  });
});

describe("the fake's sub-issues", () => {
  it("adds, lists, finds the parent, sums up closed ones, and removes", async () => {
    const id = (n: number) => n * 1000;
    for (const n of [2, 3])
      expect(
        (
          await rest("POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues", {
            issue_number: 1,
            sub_issue_id: id(n),
          })
        ).status,
      ).toBe(201);
    const listed = await rest("GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues", {
      issue_number: 1,
    });
    expect(listed.data?.map((i) => i.number)).toEqual([2, 3]);
    const parent = await rest("GET /repos/{owner}/{repo}/issues/{issue_number}/parent", {
      issue_number: 3,
    });
    expect(parent.data?.number).toBe(1);
    (fake.issues[1] as { state: string }).state = "CLOSED";
    const one = await rest("GET /repos/{owner}/{repo}/issues/{issue_number}", { issue_number: 1 });
    expect(one.data?.sub_issues_summary).toEqual({ total: 2, completed: 1, percent_completed: 50 });
    const node = await gql(issueHierarchy, { ids: ["I_1", "I_3"] });
    expect(node.data?.nodes).toMatchObject([
      {
        subIssues: { nodes: [{ number: 2 }, { number: 3 }] },
        subIssuesSummary: { percentCompleted: 50 },
      },
      { parent: { number: 1 } },
    ]);
    // Another parent only with replace_parent, never silently.
    const moved = { issue_number: 4, sub_issue_id: id(3) };
    expect(
      (await rest("POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues", moved)).status,
    ).toBe(422);
    expect(
      (
        await rest("POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues", {
          ...moved,
          replace_parent: true,
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await rest("DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue", {
          issue_number: 1,
          sub_issue_id: id(2),
        })
      ).status,
    ).toBe(200);
    const after = await rest("GET /repos/{owner}/{repo}/issues/{issue_number}", {
      issue_number: 1,
    });
    expect(after.data?.sub_issues_summary).toEqual({
      total: 0,
      completed: 0,
      percent_completed: 0,
    });
  });
});

describe("the fake's dependencies", () => {
  it("adds, lists and removes what blocks an issue", async () => {
    const path = "/repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by";
    expect((await rest(`POST ${path}`, { issue_number: 2, issue_id: 4000 })).status).toBe(201);
    expect((await rest(`GET ${path}`, { issue_number: 2 })).data?.map((i) => i.number)).toEqual([
      4,
    ]);
    const listing = await rest("GET /repos/{owner}/{repo}/issues", { state: "all" });
    expect(listing.data?.find((i) => i.number === 4)?.issue_dependencies_summary).toMatchObject({
      blocking: 1,
    });
    expect((await gql(issueHierarchy, { ids: ["I_2"] })).data?.nodes).toMatchObject([
      { blockedBy: { nodes: [{ number: 4 }] } },
    ]);
    expect(
      (await rest(`DELETE ${path}/{issue_id}`, { issue_number: 2, issue_id: 4000 })).status,
    ).toBe(200);
    expect((await rest(`GET ${path}`, { issue_number: 2 })).data).toEqual([]);
  });
});

describe("the fake's iteration fields", () => {
  it("creates one, and an update makes new iteration ids and clears every item's value, as GitHub does", async () => {
    fake.project = fakeProject([1, 2]);
    const configuration = {
      startDate: "2026-10-01",
      duration: 91,
      iterations: [
        { title: "2026-Q4", startDate: "2026-10-01", duration: 92 },
        { title: "2027-Q1", startDate: "2027-01-01", duration: 90 },
      ],
    };
    const made = await gql(createIterationFieldMutation.toString(), {
      projectId: "PVT_1",
      name: "Quarter",
      configuration,
    });
    expect(made.errors).toBeUndefined();
    const read = async () =>
      (await gql(projectQuartersQuery.toString(), { projectId: "PVT_1", field: "Quarter" }))
        .data as unknown as {
        node: {
          field: {
            id: string;
            configuration: { iterations: Array<{ id: string; title: string }> };
          };
          items: { nodes: Array<{ id: string; quarter: { title: string } | null }> };
        };
      };
    const before = await read();
    const q1 = before.node.field.configuration.iterations[1];
    await gql(updateItemFieldMutation.toString(), {
      projectId: "PVT_1",
      itemId: "PVTI_1",
      fieldId: before.node.field.id,
      value: { iterationId: q1?.id },
    });
    expect((await read()).node.items.nodes.map((i) => i.quarter?.title ?? null)).toEqual([
      "2027-Q1",
      null,
    ]);
    const updated = await gql(updateIterationFieldMutation.toString(), {
      fieldId: before.node.field.id,
      configuration: {
        ...configuration,
        iterations: [
          ...configuration.iterations,
          { title: "2027-Q2", startDate: "2027-04-01", duration: 91 },
        ],
      },
    });
    expect(updated.errors).toBeUndefined();
    const after = await read();
    expect(after.node.field.configuration.iterations.map((i) => i.title)).toEqual([
      "2026-Q4",
      "2027-Q1",
      "2027-Q2",
    ]);
    expect(after.node.field.configuration.iterations.map((i) => i.id)).not.toContain(q1?.id);
    expect(after.node.items.nodes.map((i) => i.quarter)).toEqual([null, null]);
  });
});

describe("the fake's project status updates", () => {
  it("posts one and lists them newest first", async () => {
    fake.project = fakeProject([]);
    for (const [clock, status] of [
      ["2026-11-02T08:00:00Z", "ON_TRACK"],
      ["2026-11-09T08:00:00Z", "AT_RISK"],
    ] as const) {
      fake.clock = clock;
      const posted = await gql(createProjectStatusUpdateMutation.toString(), {
        projectId: "PVT_1",
        status,
        body: "2026-Q4",
      });
      expect(posted.errors).toBeUndefined();
    }
    const listed = await gql(projectStatusUpdatesQuery.toString(), { projectId: "PVT_1" });
    expect(
      (listed.data?.node as unknown as { statusUpdates: { nodes: unknown[] } } | undefined)
        ?.statusUpdates.nodes,
    ).toMatchObject([
      { status: "AT_RISK", createdAt: "2026-11-09T08:00:00Z" },
      { status: "ON_TRACK", createdAt: "2026-11-02T08:00:00Z" },
    ]);
  });
});

describe("the routes asked above", () => {
  it("all exist in GitHub's OpenAPI description", () => {
    expect(asked.size).toBeGreaterThan(10);
    expect([...asked].filter((r) => !routes.has(r))).toEqual([]);
  });
});
