import { encodeRecord } from "../../src/core/index.js";
import type { FakeGitHub, FakeIssue } from "./fake-github.js";
import { people, roundtable } from "./meeting-board.js";
import { example, type Payload } from "./webhook-example.js";

/** The meeting board of meeting-board.ts, started, with 12 seated and person-2 a facilitator. */
export function startedMeeting(settings = "", repo?: string): FakeGitHub {
  const fake = roundtable(repo);
  fake.pushCommit("main", {
    ".github/roundtable.yml": `project:\n  owner: Codertocat\n  number: 7\nvotes:\n  eligible: participants\nfacilitators: [person-2]\n${settings}`,
  });
  const meeting = fake.issues[0] as FakeIssue;
  const early = "2026-11-21T10:00:00Z";
  meeting.comments = people.slice(0, 12).map((login, i) => ({
    id: 100 + i,
    author: login,
    body: "/join",
    votes: 0,
    createdAt: early,
  }));
  meeting.comments.push(
    { id: 200, author: "Codertocat", body: "/start", votes: 0, createdAt: early },
    {
      id: 201,
      author: "roundtable",
      bot: true,
      body: `<!-- roundtable:meeting:200 -->\nStarted.\n${encodeRecord({ command: 200, events: [{ type: "start", at: early }] })}`,
      votes: 0,
      createdAt: early,
    },
  );
  // #4 has no sponsor: two people will race for it.
  (fake.issues[3] as FakeIssue).assignees = [];
  return fake;
}

/** Someone's comment, added to the fake as GitHub holds it, and its webhook delivery. */
export function commentDelivery(
  fake: FakeGitHub,
  issueNumber: number,
  {
    id,
    login,
    body,
    at = new Date().toISOString(),
  }: { id: number; login: string; body: string; at?: string },
  delivery = `delivery-${id}`,
) {
  const issue = fake.issues.find((i) => i.number === issueNumber) as FakeIssue;
  issue.comments ??= [];
  if (!issue.comments.some((c) => c.id === id))
    issue.comments.push({ id, author: login, body, votes: 0, createdAt: at });
  return {
    id: delivery,
    name: "issue_comment",
    payload: example("issue_comment", "created", (p: Payload) => {
      p.issue.number = issueNumber;
      p.issue.labels = issue.labels.map((name) => ({ name }));
      p.issue.body = issue.body;
      p.issue.node_id = issue.id;
      p.issue.assignees = [];
      p.comment.id = id;
      p.comment.body = body;
      p.comment.created_at = at;
      p.comment.html_url = `https://github.com/Codertocat/Hello-World/issues/${issueNumber}#issuecomment-${id}`;
      p.comment.user.login = login;
      p.sender.login = login;
    }),
  };
}

/** The bot's comments on an issue, as the fake holds them. */
export const botComments = (fake: FakeGitHub, issue: number) =>
  (fake.issues.find((i) => i.number === issue)?.comments ?? []).filter((c) => c.bot);

/** The topics the bot's records put on the table, in order. */
export function topicsTaken(fake: FakeGitHub): number[] {
  return botComments(fake, 1)
    .flatMap((c) => {
      const match = /<!-- roundtable:record (.*?) -->/.exec(c.body);
      return match
        ? (JSON.parse(match[1] as string).events as Array<{
            type: string;
            topic?: number;
            at: string;
          }>)
        : [];
    })
    .filter((e) => e.type === "topic")
    .map((e) => e.topic as number);
}
