import { describe, expect, it } from "vitest";
import { rosterOf } from "../../src/core/index.js";
import { FakeGitHub } from "../helpers/fake-github.js";
import { mountGitHub } from "../helpers/mount-github.js";
import {
  example,
  mountInstallationToken,
  type Payload,
  roundtableProbot,
} from "../helpers/probot.js";

const meetingBody = [
  "### Date\n\n2026-12-03",
  "### Start time\n\n17:00",
  "### Time zone\n\nEurope/Berlin",
  "### Format\n\nLean coffee",
  "### Capacity\n\n12",
].join("\n\n");

/** Codertocat/Hello-World with issue #1 as a meeting of 12 seats. */
function meeting(): FakeGitHub {
  const fake = new FakeGitHub("Codertocat", "Hello-World");
  fake.issues = [
    {
      id: "MDU6SXNzdWU0NDQ1MDAwNDE=",
      number: 1,
      title: "Lean coffee, December",
      state: "OPEN",
      createdAt: "2026-11-20T09:00:00Z",
      closedAt: null,
      body: meetingBody,
      author: "Codertocat",
      labels: ["meeting"],
      assignees: [],
      reactions: [],
      comments: [],
    },
  ];
  return fake;
}

describe("RSVP on a meeting issue", () => {
  it("seats 12 of 14 who /join, waitlists 2, and moves the first up when someone leaves", async () => {
    const fake = meeting();
    mountInstallationToken();
    const scope = mountGitHub(fake, { rest: ["GET", "POST", "PATCH"] });
    const probot = await roundtableProbot();
    const say = async (n: number, login: string, body: string) => {
      const id = 9000 + n;
      fake.issues[0]?.comments?.push({
        id,
        author: login,
        body,
        votes: 0,
        createdAt: `2026-11-21T10:${String(n).padStart(2, "0")}:00Z`,
      });
      await probot.receive({
        id: `rsvp-${n}`,
        name: "issue_comment",
        payload: example("issue_comment", "created", (p: Payload) => {
          p.issue.labels = [{ name: "meeting" }];
          p.issue.body = fake.issues[0]?.body;
          p.issue.node_id = fake.issues[0]?.id;
          p.comment.id = id;
          p.comment.body = body;
          p.comment.user.login = login;
          p.sender.login = login;
        }),
      });
    };
    for (let n = 1; n <= 14; n++) await say(n, `person-${n}`, "/join");
    const region = () => fake.issues[0]?.body.split("<!-- roundtable:begin meeting -->")[1] ?? "";
    expect(fake.issues[0]?.body.startsWith(meetingBody)).toBe(true);
    expect(region()).toContain("### Participants (12 of 12)");
    expect(region()).toContain(
      "### Waitlist (2)\n\n1. [person-13](https://github.com/person-13)\n2. [person-14](https://github.com/person-14)",
    );
    const replies = (fake.comments.get(1) ?? []).map((c) => c.body);
    expect(replies.filter((b) => b.includes("you are number 1 on the waitlist"))).toHaveLength(1);
    expect(replies.filter((b) => b.includes("you are number 2 on the waitlist"))).toHaveLength(1);

    await say(15, "person-3", "/leave");
    expect(region()).toContain("### Participants (12 of 12)");
    expect(region()).toContain("12. [person-13](https://github.com/person-13)");
    expect(region()).toContain("### Waitlist (1)\n\n1. [person-14](https://github.com/person-14)");
    expect(region()).not.toContain("[person-3]");
    expect(fake.reactions.filter((r) => r.content === "+1")).toHaveLength(15);
    expect(scope.isDone()).toBe(true);
  });

  it("refuses /join on an issue that is not a meeting, saying why", async () => {
    const fake = meeting();
    if (fake.issues[0]) fake.issues[0].labels = ["topic"];
    mountInstallationToken();
    mountGitHub(fake, { rest: ["GET", "POST"] });
    const probot = await roundtableProbot();
    await probot.receive({
      id: "rsvp-x",
      name: "issue_comment",
      payload: example("issue_comment", "created", (p: Payload) => {
        p.issue.labels = [{ name: "topic" }];
        p.comment.body = "/join";
      }),
    });
    expect(fake.reactions.map((r) => r.content)).toEqual(["eyes", "confused"]);
    expect((fake.comments.get(1) ?? [])[0]?.body).toContain(
      "`/join` works on meetings, and this issue is not one",
    );
  });
});

describe("rosterOf", () => {
  const c = (id: number, login: string, body: string, bot = false) => ({
    id,
    url: "",
    author: { login, bot },
    createdAt: `2026-11-21T10:00:${String(id).padStart(2, "0")}Z`,
    body,
    votes: 0,
  });

  it("seats by comment time, ignores a second /join, bots, and /join in a quote", () => {
    const roster = rosterOf(
      [
        c(3, "cy", "/join"),
        c(1, "ann", "/join"),
        c(2, "ann", "/JOIN"),
        c(4, "bot", "/join", true),
        c(5, "dee", "> /join"),
      ],
      2,
    );
    expect(roster).toEqual({ seated: ["ann", "cy"], waitlist: [] });
  });

  it("lets a waitlisted person leave the line", () => {
    const roster = rosterOf(
      [
        c(1, "a", "/join"),
        c(2, "b", "/join"),
        c(3, "c", "/join"),
        c(4, "b", "/leave"),
        c(5, "c", "/leave"),
      ],
      1,
    );
    expect(roster).toEqual({ seated: ["a"], waitlist: [] });
  });
});
