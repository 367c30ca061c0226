import { describe, expect, it } from "vitest";
import { FakeGitHub, type FakeIssue, fakeProject } from "../helpers/fake-github.js";
import { meetingBody, people, roundtable, topic } from "../helpers/meeting-board.js";
import { mountGitHub } from "../helpers/mount-github.js";
import {
  example,
  mountInstallationToken,
  type Payload,
  receiveComment,
  roundtableProbot,
  type Said,
} from "../helpers/probot.js";

type Probot = Awaited<ReturnType<typeof roundtableProbot>>;

/** Someone comments on the meeting issue (#1), as GitHub holds it, and the app is told. */
async function comment(
  probot: Probot,
  fake: FakeGitHub,
  said: Said & { delivery?: string },
): Promise<number> {
  await receiveComment(probot, fake, 1, said, said.delivery);
  return said.id;
}

describe("a lean-coffee meeting run from its issue", () => {
  it("seats, runs two topics with roman votes, records outcome, takeaway and check-in, and writes the meeting page", async () => {
    const fake = roundtable();
    const meeting = fake.issues[0] as FakeIssue;
    mountInstallationToken();
    mountGitHub(fake, { rest: ["GET", "POST", "PATCH", "DELETE"] });
    const probot = await roundtableProbot(fake);
    let id = 9000;
    const say = (login: string, body: string, at: string) =>
      comment(probot, fake, { id: ++id, login, body, at });
    const botComment = (marker: string) =>
      meeting.comments?.find((c) => c.bot && c.body.includes(`<!-- roundtable:${marker} -->`));
    const region = () => botComment("meeting-state")?.body ?? "";
    const status = () =>
      Object.fromEntries(fake.project?.items.map((i) => [i.issue, i.values.Status]) ?? []);

    // RSVP: 14 join, 12 are seated and 2 wait; person-3 leaves and person-13 moves up.
    for (const [i, login] of people.entries())
      await say(login, "/join", `2026-11-21T10:${String(i).padStart(2, "0")}:00Z`);
    expect(region()).toContain("### Participants (12 of 12)");
    expect(region()).toContain("### Waitlist (2)");
    const replies = (fake.comments.get(1) ?? []).map((c) => c.body);
    expect(replies.filter((b) => b.includes("you are number 1 on the waitlist"))).toHaveLength(1);
    expect(replies.filter((b) => b.includes("you are number 2 on the waitlist"))).toHaveLength(1);
    await say("person-3", "/leave", "2026-11-21T11:00:00Z");
    expect(region()).toContain("12. [person-13](https://github.com/person-13)");
    expect(region()).toContain("### Waitlist (1)\n\n1. [person-14](https://github.com/person-14)");
    // Only seated participants' votes count: #2 has 3 (not outsider's), #4 none.
    expect(region()).toContain(
      "### Agenda\n\n1. [#2 Follow-the-sun on-call](https://github.com/Codertocat/Hello-World/issues/2) · 3 votes",
    );

    // A participant cannot run the meeting.
    const early = await say("person-2", "/start", "2026-12-03T15:58:00Z");
    expect(fake.comments.get(1)?.find((c) => c.body.includes(`reply:${early}`))?.body).toContain(
      "Only a facilitator runs this meeting",
    );

    await say("Codertocat", "/start", "2026-12-03T16:00:00Z");
    expect(region()).toContain("- 17:00 started");

    // /next: the top-voted topic goes on the table, with its sponsor, timebox and roman vote.
    const first = await say("Codertocat", "/next", "2026-12-03T16:01:00Z");
    const now = botComment(`meeting:${first}`)?.body ?? "";
    expect(now).toContain("### Now on the table");
    expect(now).toContain("[#2 Follow-the-sun on-call]");
    expect(now).toContain(
      "[person-1](https://github.com/person-1) opens it (2 min), then 8 min of discussion, until **17:11** (Europe/Berlin)",
    );
    expect(botComment(`roman-vote:${first}`)?.body).toContain("**Roman vote** on [#2");
    expect(status()).toEqual({ 2: "Discussing", 3: "To discuss", 4: "To discuss" });

    // After the timebox, /next tallies the roman vote: 3 👍 against 1 👎 among participants
    // (outsider's 👍 does not count), so the topic goes on 5 more minutes.
    const vote1 = botComment(`roman-vote:${first}`);
    if (vote1) {
      vote1.up = ["person-1", "person-2", "person-4", "outsider", "person-14"];
      vote1.down = ["person-5"];
    }
    const second = await say("Codertocat", "/next", "2026-12-03T16:12:00Z");
    expect(botComment(`meeting:${second}`)?.body).toContain(
      "the roman vote says go on (3 👍 1 👎). 5 more minutes, until **17:17**",
    );
    expect(status()[2]).toBe("Discussing");

    const takeaway = await say(
      "person-2",
      "/takeaway Pair every new on-call engineer with a runbook review",
      "2026-12-03T16:14:00Z",
    );
    const outsider = await say("outsider", "/takeaway I was not there", "2026-12-03T16:14:30Z");
    expect(fake.comments.get(1)?.find((c) => c.body.includes(`reply:${outsider}`))?.body).toContain(
      "Takeaways come from the meeting's participants",
    );
    await say(
      "Codertocat",
      "/outcome Adopt follow-the-sun on-call from Q1, starting with the platform team",
      "2026-12-03T16:16:00Z",
    );
    expect(status()[2]).toBe("Discussed");
    const notes = (fake.comments.get(2) ?? []).find((c) =>
      c.body.includes("<!-- roundtable:meeting-notes:1 -->"),
    );
    expect(notes?.body).toContain(
      "**Outcome:** Adopt follow-the-sun on-call from Q1, starting with the platform team",
    );
    expect(notes?.body).toContain("Pair every new on-call engineer with a runbook review");

    // The second roman vote says move on: the next topic goes on the table.
    const vote2 = botComment(`roman-vote:${second}`);
    if (vote2) {
      vote2.up = ["person-1"];
      vote2.down = ["person-2", "person-4", "person-5"];
    }
    const third = await say("Codertocat", "/next", "2026-12-03T16:18:00Z");
    const moved = botComment(`meeting:${third}`)?.body ?? "";
    expect(moved).toContain("discussed for 17 minutes; the roman vote says move on (1 👍 3 👎).");
    expect(moved).toContain("[#3 Incident reviews that teach]");
    expect(status()).toEqual({ 2: "Discussed", 3: "Discussing", 4: "To discuss" });

    // Check-in: three statements, each a comment of its own to answer with 👍 or 👎.
    const checkin = await say("Codertocat", "/checkin", "2026-12-03T16:30:00Z");
    const statements = [0, 1, 2].map((i) => botComment(`checkin:${checkin}:${i}`));
    expect(statements.map((s) => s?.body.split("\n")[1])).toEqual([
      "**Check-in 1 of 3:** I agree with our decision and prioritisation. 👍 or 👎",
      "**Check-in 2 of 3:** I understand the reasoning. 👍 or 👎",
      "**Check-in 3 of 3:** I recognise the impact and side effects. 👍 or 👎",
    ]);
    for (const s of statements) if (s) s.up = people.slice(0, 10);
    if (statements[2]) statements[2].down = ["person-11", "person-12"];

    // /end: the topic on the table is done, #4 stays in the queue, the issue closes, pages appear.
    const end = await say("Codertocat", "/end", "2026-12-03T16:40:00Z");
    const summary = botComment(`meeting:${end}`)?.body ?? "";
    expect(summary).toContain("### The meeting has ended");
    expect(summary).toContain("17:00–17:40, 40 minutes, 2 topics.");
    expect(summary).toContain("· 17 min (extended 1 time)");
    expect(summary).toContain("· 22 min");
    expect(summary).toContain(
      "Check-in:\n\n- 17:30 check-in (decision): 1. 9 👍 0 👎 · 2. 9 👍 0 👎 · 3. 9 👍 2 👎",
    );
    expect(status()).toEqual({ 2: "Discussed", 3: "Discussed", 4: "To discuss" });
    expect(meeting.state).toBe("CLOSED");
    expect(region()).toContain(
      "- 17:30 check-in (decision): 1. 9 👍 0 👎 · 2. 9 👍 0 👎 · 3. 9 👍 2 👎",
    );
    expect(region()).toContain("- 17:40 ended");

    const page = fake.files().get("docs/meetings/2026-12-03-on-call-and-incidents.md") ?? "";
    expect(page).toContain("# 2026-12-03: On-call and incidents");
    expect(page).toContain(
      "3 Dec 2026, 17:00 Europe/Berlin · Lean coffee · On-call and incidents · ended",
    );
    expect(page).toContain("## Participants (12)");
    expect(page).toContain("### 1. #2 Follow-the-sun on-call");
    expect(page).toContain(
      "17:01–17:18 · sponsor [person-1](https://github.com/person-1) · 17 min · extended +5 min (3 👍 1 👎) · moved on (1 👍 3 👎)",
    );
    expect(page).toContain("**Outcome:** Adopt follow-the-sun on-call from Q1");
    expect(page).toContain(
      `Pair every new on-call engineer with a runbook review · [person-2](https://github.com/person-2) · [comment](https://github.com/Codertocat/Hello-World/issues/1#issuecomment-${takeaway})`,
    );
    expect(page).toContain("### 2. #3 Incident reviews that teach");
    // person-3 left before the check-in: their 👍 does not count.
    expect(page).toMatch(/\| \[I recognise the impact and side effects\.\]\([^)]+\) \| 9 \| 2 \|/);
    expect(page).not.toContain("Paging budgets");
    expect(page).not.toContain("I was not there");

    const takeaways = fake.files().get("docs/takeaways.md") ?? "";
    expect(takeaways).toContain("## 3 Dec 2026: On-call and incidents");
    expect(takeaways).toContain("[Meeting page](meetings/2026-12-03-on-call-and-incidents.md)");
    expect(takeaways).toContain(
      "- **Outcome:** Adopt follow-the-sun on-call from Q1, starting with the platform team · [#2 Follow-the-sun on-call](https://github.com/Codertocat/Hello-World/issues/2)",
    );

    // A redelivered /next changes nothing: the decision was written down once.
    const before = JSON.stringify([meeting.comments, fake.project?.items]);
    await comment(probot, fake, {
      id: third,
      login: "Codertocat",
      body: "/next",
      at: "2026-12-03T16:18:00Z",
      delivery: "again",
    });
    expect(JSON.stringify([meeting.comments, fake.project?.items])).toBe(before);
  });
});

describe("an unconference scheduled from its issue", () => {
  it("/schedule places the most-voted topics in slots × rooms, sets Slot and Room, and writes the page and calendar", async () => {
    const fake = new FakeGitHub("Codertocat", "Hello-World");
    const body = [
      "### Date\n\n2026-12-03",
      "### Start time\n\n10:00",
      "### Time zone\n\nEurope/Berlin",
      "### Theme\n\nPlatform offsite",
      "### Format\n\nUnconference",
      "### Capacity\n\n40",
      "### Unconference slots\n\n2 x 45 at 10:00, 11:30",
      "### Unconference rooms\n\n2",
    ].join("\n\n");
    const voters = (n: number) => people.slice(0, n);
    fake.issues = [
      {
        id: "MDU6SXNzdWU0NDQ1MDAwNDE=",
        number: 1,
        title: "Platform offsite",
        state: "OPEN",
        createdAt: "2026-11-20T09:00:00Z",
        closedAt: null,
        body,
        author: "Codertocat",
        labels: ["meeting"],
        assignees: [],
        reactions: [],
        comments: [],
      },
      // person-1 sponsors the two most-voted topics: they must land in different slots.
      topic(2, "Golden paths", "person-1", voters(9)),
      topic(3, "Paved-road CI", "person-1", voters(8)),
      topic(4, "Cost dashboards", "person-2", people.slice(6, 12)),
      topic(5, "Internal docs", "person-3", people.slice(9, 14)),
      topic(6, "Hack week", "person-4", ["person-14"]),
    ];
    const project = fakeProject([2, 3, 4, 5, 6]);
    project.owner = "Codertocat";
    project.fields.push(
      { id: "F_slot", name: "Slot", dataType: "TEXT", options: [] },
      {
        id: "F_room",
        name: "Room",
        dataType: "SINGLE_SELECT",
        options: [
          { id: "R1", name: "Room 1" },
          { id: "R2", name: "Room 2" },
        ],
      },
    );
    fake.project = project;
    fake.pushCommit("main", {
      ".github/roundtable.yml": "project:\n  owner: Codertocat\n  number: 7\n",
    });
    mountInstallationToken();
    mountGitHub(fake, { rest: ["GET", "POST", "PATCH", "DELETE"] });
    const probot = await roundtableProbot(fake);
    const meeting = fake.issues[0] as FakeIssue;
    await comment(probot, fake, {
      id: 7001,
      login: "Codertocat",
      body: "/schedule",
      at: "2026-11-30T12:00:00Z",
    });
    const reply = meeting.comments?.find((c) =>
      c.body.includes("<!-- roundtable:meeting:7001 -->"),
    );
    expect(reply?.body).toContain("### Schedule");
    // 29 dots count (3 a person); a voter of both topics in one slot attends only one.
    expect(reply?.body).toContain("Attendance 26 of 29");
    expect(reply?.body).toContain(
      "| 10:00–10:45 | [#2 Golden paths](https://github.com/Codertocat/Hello-World/issues/2) | [#5 Internal docs]",
    );
    const values = Object.fromEntries(
      project.items.map((i) => [i.issue, [i.values.Slot, i.values.Room]]),
    );
    const [slotOf2] = values[2] ?? [];
    const [slotOf3] = values[3] ?? [];
    expect(slotOf2).toBeDefined();
    expect(slotOf3).toBeDefined();
    expect(slotOf2).not.toBe(slotOf3);
    expect(Object.values(values).filter(([slot]) => slot !== undefined)).toHaveLength(4);
    expect(values[6]).toEqual([undefined, undefined]);

    const page = fake.files().get("docs/meetings/2026-12-03-platform-offsite.md") ?? "";
    expect(page).toContain("| Time | Room 1 | Room 2 |");
    expect(page).toMatch(/\| 10:00–10:45 \| \[#2 Golden paths\]/);
    expect(page).toContain("```mermaid\ngantt\n  dateFormat HH:mm");
    expect(page).toContain("  section Room 1\n  #2 · Golden paths :10:00, 45m");
    expect(page).toContain(
      "[Add the sessions to your calendar (.ics)](2026-12-03-platform-offsite.ics)",
    );
    const ics = fake.files().get("docs/meetings/2026-12-03-platform-offsite.ics") ?? "";
    expect(ics.split("\r\n").filter((l) => l.startsWith("BEGIN:VEVENT"))).toHaveLength(4);
    // 10:00 in Berlin in December is 09:00 UTC; the stamp is the moment of /schedule.
    expect(ics).toContain(
      "SUMMARY:#2 Golden paths\r\nDTSTAMP:20261130T120000Z\r\nDTSTART:20261203T090000Z",
    );
    expect(ics).toContain("DTSTART:20261203T103000Z");
  });
});

describe("a meeting command that stopped part-way", () => {
  it("is completed, not decided again, when the event is delivered again", async () => {
    const fake = roundtable();
    const meeting = fake.issues[0] as FakeIssue;
    mountInstallationToken();
    mountGitHub(fake, { rest: ["GET", "POST", "PATCH", "DELETE"] });
    const probot = await roundtableProbot(fake);
    // GitHub refuses the roman-vote comment once: the reply with the decision is already posted.
    let refusals = 0;
    fake.interceptors.push((call) => {
      const body = (call.type === "rest" && (call.body as { body?: string })?.body) || "";
      if (
        call.type === "rest" &&
        call.method === "POST" &&
        body.includes("<!-- roundtable:roman-vote") &&
        refusals++ === 0
      )
        return [422, { message: "Validation Failed" }];
      return undefined;
    });
    const deliver = (delivery: string) =>
      comment(probot, fake, {
        id: 8001,
        login: "Codertocat",
        body: "/next",
        at: "2026-12-03T16:01:00Z",
        delivery,
      });
    await expect(deliver("first")).rejects.toThrow(/roman-vote|Validation Failed/);
    const marked = (m: string) =>
      meeting.comments?.filter((c) => c.body.includes(`<!-- roundtable:${m} -->`)) ?? [];
    expect(marked("meeting:8001")).toHaveLength(1);
    expect(marked("roman-vote:8001")).toHaveLength(0);

    // Meanwhile the votes change: the redelivery still takes #2, as decided.
    const three = fake.issues.find((i) => i.number === 3);
    three?.reactions.push(
      ...["person-7", "person-8", "person-9"].map((login) => ({
        login,
        createdAt: "2026-12-03T16:01:30Z",
      })),
    );
    await deliver("again");
    expect(marked("meeting:8001")).toHaveLength(1);
    expect(marked("roman-vote:8001")).toHaveLength(1);
    expect(marked("roman-vote:8001")[0]?.body).toContain("on [#2 Follow-the-sun on-call]");
    expect(fake.project?.items.find((i) => i.issue === 2)?.values.Status).toBe("Discussing");
    expect(fake.project?.items.find((i) => i.issue === 3)?.values.Status).toBe("To discuss");
  });
});

describe("/end when the pages cannot be written", () => {
  it("ends the meeting anyway and says why the pages wait", async () => {
    const fake = roundtable();
    const meeting = fake.issues[0] as FakeIssue;
    fake.interceptors.push((call) =>
      call.type === "graphql" && call.operation === "CreateCommit"
        ? [
            200,
            {
              data: null,
              errors: [{ type: "FORBIDDEN", message: "Resource not accessible by integration" }],
            },
          ]
        : undefined,
    );
    mountInstallationToken();
    mountGitHub(fake, { rest: ["GET", "POST", "PATCH", "DELETE"] });
    const probot = await roundtableProbot(fake);
    await comment(probot, fake, {
      id: 8101,
      login: "Codertocat",
      body: "/end",
      at: "2026-12-03T17:00:00Z",
    });
    expect(meeting.state).toBe("CLOSED");
    const reply = fake.comments
      .get(1)
      ?.find((c) => c.body.includes("<!-- roundtable:reply:8101 -->"));
    expect(reply?.body).toContain(
      "The meeting's pages could not be written: GitHub refused: Resource not accessible by integration; give the token the permission this needs",
    );
    expect(fake.reactions.filter((r) => r.commentId === 8101).map((r) => r.content)).toEqual([
      "eyes",
      "+1",
    ]);
    expect(fake.files().has("docs/takeaways.md")).toBe(false);
  });
});

describe("/join on an issue that is not a meeting", () => {
  it("is refused, saying why", async () => {
    const fake = roundtable();
    const issue = fake.issues[0] as FakeIssue;
    issue.labels = ["topic"];
    mountInstallationToken();
    mountGitHub(fake, { rest: ["GET", "POST"] });
    const probot = await roundtableProbot(fake);
    await comment(probot, fake, {
      id: 8201,
      login: "person-1",
      body: "/join",
      at: "2026-11-21T10:00:00Z",
    });
    expect(fake.reactions.map((r) => r.content)).toEqual(["confused"]);
    expect(fake.comments.get(1)?.[0]?.body).toContain(
      "`/join` works on meetings, and this issue is not one",
    );
  });
});

describe("issues.opened for a meeting", () => {
  it("shows at once how to join, the agenda, and what the form lacks", async () => {
    const fake = roundtable();
    const meeting = fake.issues[0] as FakeIssue;
    const original = meetingBody.replace("Europe/Berlin", "Berlin time");
    meeting.body = original;
    mountInstallationToken();
    mountGitHub(fake, { rest: ["GET", "POST"] });
    const probot = await roundtableProbot(fake);
    await probot.receive({
      id: "opened-1",
      name: "issues",
      payload: example("issues", "opened", (p: Payload) => {
        p.issue.labels = [{ name: "meeting" }];
        p.issue.body = meeting.body;
        p.issue.node_id = meeting.id;
      }),
    });
    const state = fake.comments.get(1) ?? [];
    expect(state).toHaveLength(1);
    const region = state[0]?.body ?? "";
    expect(region.startsWith("<!-- roundtable:meeting-state -->\n")).toBe(true);
    expect(region).toContain(
      "**Fix the meeting's form:** Time zone (like Europe/Berlin). Edit the answers in the issue",
    );
    expect(region).toContain(
      "### Participants (0 of 12)\n\nNobody yet. Comment `/join` to take a seat.",
    );
    expect(region).toContain("### Agenda\n\n1. [#2 Follow-the-sun on-call]");
    // The author's body is the author's: Roundtable never writes it.
    expect(meeting.body).toBe(original);
    expect(fake.calls.some((c) => c.type === "rest" && c.method === "PATCH")).toBe(false);
  });
});

describe("a command a stopped run left at 👀", () => {
  it("is settled by the next event on its meeting: 👍 when its reply was recorded, else 😕 and one line", async () => {
    const fake = roundtable();
    const meeting = fake.issues[0] as FakeIssue;
    mountInstallationToken();
    mountGitHub(fake, { rest: ["GET", "POST", "PATCH", "DELETE"] });
    const probot = await roundtableProbot(fake);
    // Two earlier commands a run marked 👀 and never settled: the first had its reply written.
    for (const [id, login] of [
      [801, "person-1"],
      [802, "person-2"],
    ] as const) {
      meeting.comments?.push({
        id,
        author: login,
        body: "/join",
        votes: 0,
        createdAt: "2026-11-21T09:00:00Z",
      });
      fake.reactions.push({ commentId: id, content: "eyes" });
    }
    const recorded = { id: 803, body: "<!-- roundtable:reply:801 -->\nYou have a seat." };
    fake.comments.set(1, [recorded]);
    meeting.comments?.push({
      id: 803,
      author: "roundtable",
      bot: true,
      body: recorded.body,
      votes: 0,
      createdAt: "2026-11-21T09:00:01Z",
    });
    await comment(probot, fake, {
      id: 810,
      login: "person-3",
      body: "/join",
      at: "2026-11-21T10:00:00Z",
    });
    const on = (id: number) =>
      fake.reactions.filter((r) => r.commentId === id).map((r) => r.content);
    expect(on(801)).toEqual(["eyes", "+1"]);
    expect(on(802)).toEqual(["eyes", "confused"]);
    expect(on(810)).toEqual(["eyes", "+1"]);
    const reply = (fake.comments.get(1) ?? []).find((c) =>
      c.body.startsWith("<!-- roundtable:reply:802 -->"),
    );
    expect(reply?.body).toContain("was stopped before it finished this command");
    // Settled once: the event after that leaves them as they are.
    await comment(probot, fake, {
      id: 811,
      login: "person-4",
      body: "/join",
      at: "2026-11-21T10:01:00Z",
    });
    expect(on(801)).toEqual(["eyes", "+1"]);
    expect(on(802)).toEqual(["eyes", "confused"]);
  });
});
