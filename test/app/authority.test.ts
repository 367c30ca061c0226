import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FakeGitHub, FakeIssue } from "../helpers/fake-github.js";
import { meetingBody, roundtable } from "../helpers/meeting-board.js";
import { commentEvent } from "../helpers/probot.js";
import { deliver, serveApp } from "../helpers/serve-app.js";
import { serveFake } from "../helpers/serve-fake.js";

/**
 * Issue 32's first finding, "anyone who can open an issue runs meetings that act on the whole
 * board", through the real app over HTTP with signed webhooks, the app talking to the fake GitHub
 * on loopback. Codertocat owns the repository (admin): meeting #1 is the group's. A reader, who
 * holds no role on the repository, opens a meeting of their own.
 */
const closers: Array<() => void> = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});
beforeEach(() => {
  nock.enableNetConnect("127.0.0.1");
});

async function start(fake: FakeGitHub) {
  const github = await serveFake(fake, { app: { slug: "roundtable" } });
  const app = await serveApp(github.url);
  closers.push(github.close, app.close);
  return app.url;
}

const _issueOf = (fake: FakeGitHub, n: number) =>
  fake.issues.find((i) => i.number === n) as FakeIssue;

/** A meeting issue `number` opened by `author`, on `date`. */
function openMeeting(fake: FakeGitHub, number: number, author: string, date: string): void {
  fake.issues.push({
    id: `I_${number}`,
    number,
    title: `${author}'s meeting`,
    state: "OPEN",
    createdAt: "2026-11-25T09:00:00Z",
    closedAt: null,
    body: meetingBody.replace("2026-12-03", date),
    author,
    labels: ["meeting"],
    assignees: [],
    reactions: [],
    comments: [],
  });
}

let ids = 20_000;
/** Someone comments on issue `n`; the app has answered when this returns. */
async function say(
  url: string,
  fake: FakeGitHub,
  n: number,
  login: string,
  body: string,
  at: string,
) {
  const id = ++ids;
  const response = await deliver(
    url,
    "issue_comment",
    `d-${id}`,
    commentEvent(fake, n, { id, login, body, at }),
  );
  expect(response.status).toBeLessThan(300);
  return id;
}

const botComment = (fake: FakeGitHub, n: number, marker: string) =>
  (fake.comments.get(n) ?? []).find((c) => c.body.startsWith(`<!-- roundtable:${marker} -->\n`));
const state = (fake: FakeGitHub, n: number) => botComment(fake, n, "meeting-state")?.body ?? "";
const statuses = (fake: FakeGitHub) =>
  Object.fromEntries(fake.project?.items.map((i) => [i.issue, i.values.Status]) ?? []);
/** The agenda of a meeting's state: the queue, in order, with its counts. */
const agenda = (fake: FakeGitHub, n: number) => {
  const text = state(fake, n);
  const from = text.indexOf("### Agenda");
  return from < 0 ? "" : text.slice(from, text.indexOf("\n### ", from + 1));
};

describe("finding: anyone who can open an issue runs meetings that act on the whole board", () => {
  it("a reader's own meeting with four /next leaves every status unchanged, and says why once", async () => {
    const fake = roundtable();
    openMeeting(fake, 5, "reader", "2026-12-03");
    const url = await start(fake);
    const before = statuses(fake);
    expect(Object.values(before)).toEqual(["To discuss", "To discuss", "To discuss"]);

    for (const minute of ["01", "12", "23", "34"]) {
      const id = await say(url, fake, 5, "reader", "/next", `2026-12-03T16:${minute}:00Z`);
      // The reader hosts their meeting: it takes the queue's topics in turn…
      expect(botComment(fake, 5, `meeting:${id}`)).toBeDefined();
      // …and on no one else's: the board is as it was.
      expect(statuses(fake)).toEqual(before);
    }
    const said = state(fake, 5).split("is not one of the group's facilitators").length - 1;
    expect(said).toBe(1);
    expect(state(fake, 5)).toContain("sets the status of no topic but reader's own");

    // The group's facilitator, in the group's meeting, still moves the board.
    await say(url, fake, 1, "Codertocat", "/next", "2026-12-03T16:40:00Z");
    expect(Object.values(statuses(fake)).filter((s) => s === "Discussing")).toHaveLength(1);
    expect(state(fake, 1)).not.toContain("is not one of the group's facilitators");
  });

  it("a reader's /close-votes in their own meeting closes nothing; the facilitator's does", async () => {
    const fake = roundtable();
    fake.pushCommit("main", {
      ".github/roundtable.yml":
        "project:\n  owner: Codertocat\n  number: 7\nvotes:\n  reveal: after-close\n",
    });
    openMeeting(fake, 5, "reader", "2026-12-03");
    const url = await start(fake);
    await say(url, fake, 1, "person-1", "/join", "2026-11-21T10:00:00Z");
    expect(agenda(fake, 1)).toContain("votes hidden");

    const id = await say(url, fake, 5, "reader", "/close-votes", "2026-12-03T16:00:00Z");
    await say(url, fake, 1, "person-2", "/join", "2026-12-03T16:01:00Z");
    expect(agenda(fake, 1)).toContain("votes hidden");
    expect(botComment(fake, 5, `reply:${id}`)?.body).toContain(
      "Only the group's facilitators can `/close-votes`",
    );

    await say(url, fake, 1, "Codertocat", "/close-votes", "2026-12-03T16:02:00Z");
    await say(url, fake, 1, "person-3", "/join", "2026-12-03T16:03:00Z");
    expect(agenda(fake, 1)).not.toContain("votes hidden");
  });

  it("an outsider's earlier-dated meeting with eligible: participants does not change the queue", async () => {
    const fake = roundtable();
    const url = await start(fake);
    // The group's meeting seats person-1, person-2 and person-4: #2 leads with their 3 votes.
    for (const [i, login] of ["person-1", "person-2", "person-4"].entries())
      await say(url, fake, 1, login, "/join", `2026-11-21T10:0${i}:00Z`);
    const queue = agenda(fake, 1);
    expect(queue).toMatch(/^### Agenda\n\n1\. \[#2 /);

    // The outsider's meeting comes first by date and seats the two who voted for #4.
    openMeeting(fake, 5, "outsider", "2026-12-01");
    await say(url, fake, 5, "outsider", "/join", "2026-11-26T10:00:00Z");
    await say(url, fake, 5, "person-14", "/join", "2026-11-26T10:01:00Z");
    // Someone who voted for nothing joins the group's meeting: its agenda is recounted.
    await say(url, fake, 1, "person-9", "/join", "2026-11-26T10:02:00Z");
    expect(agenda(fake, 1)).toBe(queue);
  });
});

describe("who facilitates is configured and checked when the command is given", () => {
  it("a member of a team named in facilitators runs the meeting; with facilitatorRoles: [] a writer does not", async () => {
    const fake = roundtable();
    fake.pushCommit("main", {
      ".github/roundtable.yml":
        "project:\n  owner: Codertocat\n  number: 7\nfacilitators: [Codertocat, '@acme/leads']\nfacilitatorRoles: []\n",
    });
    fake.teams.set("acme/leads", ["person-2"]);
    fake.permissions.set("person-3", "write");
    const url = await start(fake);

    const writer = await say(url, fake, 1, "person-3", "/start", "2026-12-03T16:00:00Z");
    const refusal = botComment(fake, 1, `reply:${writer}`)?.body ?? "";
    expect(refusal).toContain("Only a facilitator runs this meeting");
    // The team is named, but not as a mention: that would notify every member.
    expect(refusal).toContain("acme/leads");
    expect(refusal).not.toContain("@acme/leads");
    await say(url, fake, 1, "person-2", "/next", "2026-12-03T16:01:00Z");
    expect(statuses(fake)[2]).toBe("Discussing");
  });
});
