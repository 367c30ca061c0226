import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { FakeGitHub, type FakeIssue, fakeProject } from "../helpers/fake-github.js";
import { mountGitHub } from "../helpers/mount-github.js";
import {
  example,
  mountInstallationToken,
  type Payload,
  roundtableProbot,
} from "../helpers/probot.js";

/**
 * issues.typed / issues.untyped and sub_issues.* update the board as a label change does.
 * @octokit/webhooks-examples has no example of either: the payloads are the issues example's
 * issue and repository, shaped as GitHub's webhook schema (@octokit/openapi-webhooks-types:
 * webhook-issues-typed, webhook-sub-issues-sub-issue-added) gives them.
 */

const config = "project:\n  owner: Codertocat\n  number: 7\n";

function board(): FakeGitHub {
  const fake = new FakeGitHub("Codertocat", "Hello-World");
  const issue = (number: number, title: string, type: string): FakeIssue => ({
    id: `I_${number}`,
    number,
    title,
    state: "OPEN",
    createdAt: `2026-11-0${number}T09:00:00Z`,
    closedAt: null,
    body: "### What is it?\n\nSomething",
    author: "Codertocat",
    labels: [],
    type,
    assignees: [],
    reactions: [],
  });
  fake.issues = [
    issue(1, "Follow-the-sun on-call", "Topic"),
    issue(2, "Calmer on-call", "Key result"),
  ];
  fake.hierarchy.issueTypes = ["Topic", "Key result"].map((name, i) => ({
    id: i + 1,
    node_id: `IT_${i + 1}`,
    name,
    description: null,
    color: null,
  }));
  fake.project = { ...fakeProject([]), owner: "Codertocat" };
  fake.pushCommit("main", { ".github/roundtable.yml": config });
  return fake;
}

/** issues.typed as the schema has it: the issue, and the type it was given. */
const typed = (fake: FakeGitHub, number: number, action: "typed" | "untyped") =>
  example("issues", "labeled", (p: Payload) => {
    const issue = fake.issues.find((i) => i.number === number) as FakeIssue;
    p.action = action;
    delete p.label;
    p.issue.number = number;
    p.issue.node_id = issue.id;
    p.issue.labels = [];
    p.type = {
      id: 1,
      node_id: "IT_1",
      name: issue.type ?? "Topic",
      description: null,
      color: null,
    };
    p.sender.login = "Codertocat";
  });

/** sub_issues.sub_issue_added as the schema has it: both issues, by number and database id. */
const subIssueAdded = (parent: number, child: number) =>
  example("issues", "labeled", (p: Payload) => {
    const { issue, repository } = p;
    p.action = "sub_issue_added";
    delete p.label;
    delete p.issue;
    p.parent_issue = { ...issue, number: parent, id: parent * 1000 };
    p.parent_issue_id = parent * 1000;
    p.sub_issue = { ...issue, number: child, id: child * 1000 };
    p.sub_issue_id = child * 1000;
    p.sub_issue_repo = repository;
    p.sender.login = "Codertocat";
  });

afterEach(() => nock.cleanAll());

describe("issues.typed", () => {
  it("an issue typed Topic, with no topic label, goes on the board as To discuss", async () => {
    const fake = board();
    mountInstallationToken();
    mountGitHub(fake, { rest: ["GET", "POST"] });
    const probot = await roundtableProbot(fake);
    await probot.receive({ id: "t-1", name: "issues", payload: typed(fake, 1, "typed") } as never);
    expect(fake.project?.items.map((i) => [i.issue, i.values.Status])).toEqual([[1, "To discuss"]]);
    // The key result is no topic: it stays off the topic board.
    expect(fake.project?.items.some((i) => i.issue === 2)).toBe(false);
  });

  it("untyped, the board is counted again without it", async () => {
    const fake = board();
    mountInstallationToken();
    mountGitHub(fake, { rest: ["GET", "POST"] });
    const probot = await roundtableProbot(fake);
    (fake.issues[0] as FakeIssue).type = null;
    await probot.receive({
      id: "t-2",
      name: "issues",
      payload: typed(fake, 1, "untyped"),
    } as never);
    expect(fake.graphqlCalls("BoardNodes").length).toBeGreaterThan(0);
    expect(fake.project?.items).toEqual([]);
  });
});

describe("sub_issues.sub_issue_added", () => {
  it("recounts the board, asking again about the parent and the sub-issue", async () => {
    const fake = board();
    mountInstallationToken();
    mountGitHub(fake, { rest: ["GET", "POST"] });
    const probot = await roundtableProbot(fake);
    await probot.receive({ id: "s-1", name: "sub_issues", payload: subIssueAdded(2, 1) } as never);
    expect(fake.graphqlCalls("BoardNodes").length).toBeGreaterThan(0);
    expect(fake.project?.items.map((i) => [i.issue, i.values.Status])).toEqual([[1, "To discuss"]]);
  });
});
