import { describe, expect, it } from "vitest";
import {
  type Board,
  boardOf,
  type CommentRecord,
  clockIn,
  decideMeetingCommand,
  encodeRecord,
  instantOf,
  type Meeting,
  type MeetingEvent,
  meetingOf,
  meetingSlug,
  meetingsOf,
  nextMeeting,
  parseCommands,
  rosterOf,
  trustLine,
} from "../../../src/core/index.js";
import { config, issue, snapshot, vote } from "../../helpers/factories.js";

const form = (extra: Record<string, string> = {}) =>
  Object.entries({
    Date: "2026-12-03",
    "Start time": "17:00",
    "Time zone": "Europe/Berlin",
    Format: "Lean coffee",
    ...extra,
  })
    .map(([label, value]) => `### ${label}\n\n${value}`)
    .join("\n\n");

let next = 100;
const said = (login: string, body: string, createdAt: string, bot = false): CommentRecord => ({
  id: next++,
  url: `https://github.com/acme/board/issues/1#issuecomment-${next}`,
  author: { login, bot, self: bot && login === "roundtable" },
  createdAt,
  body,
  votes: 0,
});

const record = (command: number, events: MeetingEvent[]) =>
  said(
    "roundtable",
    `<!-- roundtable:meeting:${command} -->\n${encodeRecord({ command, events })}`,
    events[0]?.at ?? "2026-12-03T16:00:00Z",
    true,
  );

/** fay's meeting; its state says fay facilitated when it was opened, so it acts for the group. */
function meetingIssue(comments: CommentRecord[], extra: Record<string, string> = {}) {
  return issue(1, {
    title: "December lean coffee",
    author: { login: "fay", bot: false },
    labels: ["meeting"],
    body: form(extra),
    comments: [trusted, ...comments],
  });
}
const trusted = said(
  "roundtable",
  `<!-- roundtable:meeting-state -->\nThe agenda\n${trustLine({ host: "fay", trusted: true, at: "2026-11-20T09:00:00Z" })}\n`,
  "2026-11-20T09:00:00Z",
  true,
);

/** #2 on the table from 16:01 to 16:11, sponsored by ann, decided by the command in comment 50. */
const firstTopic: MeetingEvent = {
  type: "topic",
  at: "2026-12-03T16:01:00Z",
  topic: 2,
  sponsor: "ann",
  until: "2026-12-03T16:11:00Z",
  vote: "roman-vote:50",
};

const joins = ["ann", "bob", "cy"].map((login, i) =>
  said(login, "/join", `2026-11-21T10:0${i}:00Z`),
);

function decide(
  meeting: Meeting,
  text: string,
  at: string,
  board: Board,
  login = "fay",
  c = config(),
) {
  const [command] = parseCommands(text);
  if (!command) throw new Error("no command");
  // fay, and whoever the config names, facilitate (as GitHub would say of fay's write role).
  const facilitates = login === "fay" || c.facilitators.includes(login);
  return decideMeetingCommand(meeting, command, {
    commentId: 999,
    at,
    login,
    facilitates,
    board,
    config: c,
  });
}

const topics = [
  issue(2, {
    assignees: ["ann"],
    reactions: [vote("bob", "2026-11-22T09:00:00Z"), vote("cy", "2026-11-22T09:00:00Z")],
  }),
  issue(3, { assignees: ["bob"], reactions: [vote("ann", "2026-11-22T09:00:00Z")] }),
];

describe("meetingOf", () => {
  it("reads only the bot's records: a person's comment that copies one decides nothing", () => {
    const forged = said(
      "mallory",
      encodeRecord({ command: 1, events: [{ type: "end", at: "2026-12-03T16:00:00Z" }] }),
      "2026-12-03T16:00:00Z",
    );
    const meeting = meetingOf(meetingIssue([...joins, forged]), config());
    expect(meeting.endedAt).toBeNull();
    expect(meeting.records.size).toBe(0);
  });

  it("ignores a record that is not well formed", () => {
    const broken = said(
      "roundtable",
      '<!-- roundtable:record {"command":1,"events":[{"type":"end"}]} -->',
      "2026-12-03T16:00:00Z",
      true,
    );
    expect(meetingOf(meetingIssue([broken]), config()).endedAt).toBeNull();
  });

  it("files a takeaway under the topic it names, and refuses one from someone who never joined", () => {
    const comments = [
      ...joins,
      record(50, [firstTopic]),
      record(51, [
        { type: "close-topic", at: "2026-12-03T16:11:00Z", topic: 2, up: null, down: null },
        {
          type: "topic",
          at: "2026-12-03T16:11:00Z",
          topic: 3,
          sponsor: "bob",
          until: "2026-12-03T16:21:00Z",
          vote: "roman-vote:51",
        },
      ]),
      said("cy", "/takeaway #2 Write the runbook first", "2026-12-03T16:12:00Z"),
      said("cy", "/takeaway Reviews need a facilitator", "2026-12-03T16:13:00Z"),
      said("zed", "/takeaway drive-by", "2026-12-03T16:14:00Z"),
      said("cy", "/outcome We agree", "2026-12-03T16:15:00Z"),
      said("bob", "/outcome Trial blameless reviews for a quarter", "2026-12-03T16:16:00Z"),
      said("fay", "/takeaway #9 Not discussed", "2026-12-03T16:17:00Z"),
    ];
    const meeting = meetingOf(meetingIssue(comments), config());
    const [first, second] = meeting.discussions;
    expect(first?.takeaways.map((t) => t.text)).toEqual(["Write the runbook first"]);
    expect(second?.takeaways.map((t) => t.text)).toEqual(["Reviews need a facilitator"]);
    expect(second?.outcome?.text).toBe("Trial blameless reviews for a quarter");
    expect([...meeting.refusedNotes.values()]).toEqual([
      "Takeaways come from the meeting's participants: `/join` first.",
      "The facilitator or the topic's sponsor records its outcome.",
      "#9 has not been discussed in this meeting, so it takes no takeaway here.",
    ]);
  });

  it("names the page by date and theme, and picks the open meeting with the earliest date as the next", () => {
    const later = {
      ...meetingIssue([], { Date: "2027-01-14", Theme: "Hiring & Growth!" }),
      number: 5,
    };
    const sooner = { ...meetingIssue([], { Date: "2026-12-03" }), number: 6 };
    const closed = {
      ...meetingIssue([], { Date: "2026-11-01" }),
      number: 7,
      state: "closed" as const,
    };
    const meetings = meetingsOf(snapshot([later, sooner, closed]), config());
    expect(nextMeeting(meetings)?.issue.number).toBe(6);
    expect(meetingSlug(meetings.find((m) => m.issue.number === 5) as Meeting)).toBe(
      "2027-01-14-hiring-growth",
    );
  });

  it("lets only the next meeting's seated participants vote, with votes.eligible: participants", () => {
    const c = config((c) => {
      c.votes.eligible = "participants";
    });
    const board = boardOf(snapshot([meetingIssue(joins.slice(0, 1)), ...topics]), c);
    // ann is seated; bob and cy are not: #2 (bob, cy) has none, #3 (ann) has one.
    expect(board.queue.toDiscuss.map((e) => [e.topic.number, e.votes])).toEqual([
      [3, 1],
      [2, 0],
    ]);
    const none = boardOf(snapshot(topics), c);
    expect(none.tally.voters).toBe(0);
  });
});

describe("decideMeetingCommand", () => {
  const board = boardOf(snapshot(topics), config());
  const onTable = (extra: CommentRecord[] = []) =>
    meetingOf(
      meetingIssue([
        ...joins,
        record(50, [{ type: "start", at: "2026-12-03T16:00:00Z" }, firstTopic]),
        ...extra,
      ]),
      config(),
    );
  const romanVote = (up: string[], down: string[]) => ({
    ...said(
      "roundtable",
      "<!-- roundtable:roman-vote:50 -->\nRoman vote",
      "2026-12-03T16:01:01Z",
      true,
    ),
    up,
    down,
  });

  it("/next takes the top-voted topic with the configured timebox", () => {
    const meeting = meetingOf(meetingIssue(joins), config());
    const c = config((c) => {
      c.meetings.sponsorMinutes = 3;
      c.meetings.discussionMinutes = 12;
    });
    const decision = decide(meeting, "/next", "2026-12-03T16:00:00Z", board, "fay", c);
    expect(decision).toEqual({
      kind: "done",
      events: [
        { type: "start", at: "2026-12-03T16:00:00Z" },
        {
          type: "topic",
          at: "2026-12-03T16:00:00Z",
          topic: 2,
          sponsor: "ann",
          until: "2026-12-03T16:15:00Z",
          vote: "roman-vote:999",
        },
      ],
      status: [{ topic: 2, to: "discussing" }],
      close: false,
    });
  });

  it("/next before the timebox ends moves on without a vote", () => {
    const decision = decide(onTable(), "/next", "2026-12-03T16:05:00Z", board);
    expect(decision.kind === "done" && decision.events[0]).toEqual({
      type: "close-topic",
      at: "2026-12-03T16:05:00Z",
      topic: 2,
      up: null,
      down: null,
    });
  });

  it("a tie in the roman vote moves on; votes of people not at the table do not count", () => {
    const meeting = onTable([romanVote(["ann", "stranger", "other"], ["bob"])]);
    const decision = decide(meeting, "/extend", "2026-12-03T16:11:00Z", board);
    expect(decision).toMatchObject({
      kind: "done",
      events: [{ type: "close-topic", topic: 2, up: 1, down: 1 }],
      status: [{ topic: 2, to: "discussed" }],
    });
  });

  it("extends by 5 minutes, then by the shorter step, counted from the end of the timebox or from now", () => {
    const c = config();
    const first = decide(
      onTable([romanVote(["ann", "bob"], [])]),
      "/extend",
      "2026-12-03T16:09:00Z",
      board,
      "fay",
      c,
    );
    expect(first).toMatchObject({
      events: [{ type: "extend", minutes: 5, until: "2026-12-03T16:16:00Z", up: 2, down: 0 }],
    });
    const extended = onTable([
      romanVote(["ann", "bob"], []),
      record(60, [
        {
          type: "extend",
          at: "2026-12-03T16:11:00Z",
          topic: 2,
          minutes: 5,
          until: "2026-12-03T16:16:00Z",
          up: 2,
          down: 0,
          vote: "roman-vote:50",
        },
      ]),
    ]);
    const second = decide(extended, "/next", "2026-12-03T16:20:00Z", board, "fay", c);
    expect(second).toMatchObject({
      events: [{ type: "extend", minutes: 3, until: "2026-12-03T16:23:00Z" }],
      status: [],
    });
  });

  it("refuses who does not facilitate, what does not apply, and an ended meeting", () => {
    const meeting = onTable();
    expect(decide(meeting, "/next", "2026-12-03T16:05:00Z", board, "ann")).toMatchObject({
      kind: "refused",
      reason: expect.stringContaining("Only a facilitator runs this meeting"),
    });
    const named = config((c) => {
      c.facilitators = ["ann"];
    });
    const withAnn = meetingOf(meeting.issue, named);
    expect(decide(withAnn, "/start", "2026-12-03T16:05:00Z", board, "ann", named).kind).toBe(
      "done",
    );
    expect(decide(meeting, "/checkin feelings", "2026-12-03T16:05:00Z", board)).toEqual({
      kind: "refused",
      reason: 'There is no check-in called "feelings". The check-ins are: decision, reflection.',
    });
    expect(decide(meeting, "/schedule", "2026-12-03T16:05:00Z", board)).toMatchObject({
      kind: "refused",
      reason: expect.stringContaining("set this meeting's Format to Unconference"),
    });
    const ended = onTable([record(70, [{ type: "end", at: "2026-12-03T16:30:00Z" }])]);
    expect(ended.current).toBeNull();
    expect(ended.discussions[0]?.ended).toBe("2026-12-03T16:30:00Z");
    expect(decide(ended, "/next", "2026-12-03T16:31:00Z", board).kind).toBe("refused");
  });

  it("/checkin reflection asks its questions in the reply itself", () => {
    const decision = decide(onTable(), "/checkin reflection", "2026-12-03T16:20:00Z", board);
    expect(decision).toMatchObject({
      events: [
        {
          type: "checkin",
          set: "reflection",
          answer: "comment",
          statements: [
            { text: "What am I thinking?", marker: "meeting:999" },
            { text: "What am I feeling?", marker: "meeting:999" },
            { text: "What do I want in this moment?", marker: "meeting:999" },
          ],
        },
      ],
    });
  });
});

describe("zoned time", () => {
  it("reads and sets a meeting's clock across daylight saving", () => {
    expect(instantOf("2026-12-03", "17:00", "Europe/Berlin")).toBe("2026-12-03T16:00:00.000Z");
    expect(instantOf("2026-07-03", "17:00", "Europe/Berlin")).toBe("2026-07-03T15:00:00.000Z");
    expect(instantOf("2026-03-08", "09:30", "America/New_York")).toBe("2026-03-08T13:30:00.000Z");
    expect(clockIn("2026-03-29T01:30:00Z", "Europe/Berlin")).toBe("03:30");
    expect(clockIn("2026-12-03T16:11:00Z", "Asia/Kolkata")).toBe("21:41");
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

  it("is fixed once the meeting ends: a later /join takes no seat", () => {
    const meeting = meetingOf(
      meetingIssue([
        ...joins,
        record(70, [{ type: "end", at: "2026-12-03T16:30:00Z" }]),
        said("late", "/join", "2026-12-03T16:31:00Z"),
        said("ann", "/leave", "2026-12-03T16:32:00Z"),
      ]),
      config(),
    );
    expect(meeting.roster.seated).toEqual(["ann", "bob", "cy"]);
  });
});
