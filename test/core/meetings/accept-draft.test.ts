import { describe, expect, it } from "vitest";
import {
  boardOf,
  type CommentRecord,
  decideMeetingEvent,
  encodeRecord,
  type IssueRecord,
  type MeetingEvent,
  meetingOf,
  parseCommands,
} from "../../../src/core/index.js";
import {
  acceptedMinutes,
  type DraftRecord,
  decodeDraftRecord,
  encodeDraftRecord,
} from "../../../src/core/minutes/index.js";
import { config, snapshot } from "../../helpers/factories.js";
import { heldMeeting } from "./held-meeting.js";

const draft: DraftRecord = {
  topics: [
    {
      topic: 2,
      title: "Follow-the-sun on-call",
      outcome: 'The team discussed on-call: Omar said "we split the rota by region"',
      takeaways: ["Handovers need a written runbook", "Pagers go quiet at night <!-- x -->"],
      actionItems: [{ who: "Omar", what: "Write the runbook by Friday", when: "by Friday" }],
    },
    {
      topic: 3,
      title: "Incident reviews",
      outcome: "The team discussed incident reviews; nothing was said in its timebox.",
      takeaways: [],
      actionItems: [],
    },
  ],
};

const draftComment: CommentRecord = {
  id: 400,
  url: "https://github.com/acme/board/issues/1#issuecomment-400",
  author: { login: "roundtable", bot: true, self: true },
  createdAt: "2026-12-03T16:35:00Z",
  body: `<!-- roundtable:minutes-draft -->\nThe draft.\n${encodeDraftRecord(draft)}`,
  votes: 0,
};

const person = (id: number, login: string, body: string, at: string): CommentRecord => ({
  id,
  url: `https://github.com/acme/board/issues/1#issuecomment-${id}`,
  author: { login, bot: false },
  createdAt: at,
  body,
  votes: 0,
});

/** The bot's reply to comment `command`, with the record of what was decided. */
const replyTo = (command: number, events: MeetingEvent[]): CommentRecord => ({
  id: command + 1_000,
  url: `https://github.com/acme/board/issues/1#issuecomment-${command + 1_000}`,
  author: { login: "roundtable", bot: true, self: true },
  createdAt: events[0]?.at ?? "2026-12-03T16:00:00Z",
  body: `<!-- roundtable:meeting:${command} -->\nAccepted.\n${encodeRecord({ command, events })}`,
  votes: 0,
});

const withComments = (meeting: IssueRecord, ...comments: CommentRecord[]): IssueRecord => ({
  ...meeting,
  comments: [...(meeting.comments ?? []), ...comments],
});

/** The /accept comment decided, as the app decides it, by a facilitator unless said otherwise. */
function decide(meeting: IssueRecord, comment: CommentRecord, facilitates = true) {
  const board = boardOf(snapshot([meeting]), config());
  return decideMeetingEvent(
    meeting,
    {
      id: comment.id,
      body: comment.body,
      login: comment.author.login,
      createdAt: comment.createdAt,
      url: comment.url,
    },
    board,
    config(),
    { found: null, facilitates },
  );
}

describe("/accept", () => {
  it("reads the lines right below it, up to a blank line or the next command, and nothing in code", () => {
    expect(
      parseCommands(
        "/accept #2\noutcome: We pilot it\n- takeaway: one\n\nnot this\n/accept #3 --issues\n/join\nnot this either",
      ),
    ).toEqual([
      { name: "accept", args: "#2", lines: ["outcome: We pilot it", "takeaway: one"] },
      { name: "accept", args: "#3 --issues" },
      { name: "join", args: "" },
    ]);
    expect(parseCommands("```\n/accept #2\noutcome: x\n```\n/next\nbar")).toEqual([
      { name: "next", args: "" },
    ]);
  });

  it("takes the draft as it stands, or the edited lines and nothing else of the draft", () => {
    const topic = draft.topics[0] as DraftRecord["topics"][number];
    expect(acceptedMinutes(topic, undefined)).toEqual({
      outcome: topic.outcome,
      takeaways: topic.takeaways,
      actionItems: topic.actionItems,
    });
    expect(
      acceptedMinutes(topic, ["outcome: We split by region", "action: Omar: write the runbook"]),
    ).toEqual({
      outcome: "We split by region",
      takeaways: [],
      actionItems: [{ who: "Omar", what: "write the runbook" }],
    });
    expect(acceptedMinutes(topic, ["outcome: a", "We split"])).toEqual({
      refused:
        "line 3 of the /accept reads `We split`: expected `outcome: …`, `takeaway: …` or `action: who: what`, each with its text.",
    });
    expect(acceptedMinutes(topic, ["outcome: a", "outcome: b"])).toEqual({
      refused: "line 3 of the /accept is a second outcome: a topic has one; keep one line.",
    });
  });

  it("keeps the draft in a record no quoted word can end", () => {
    const body = `<!-- roundtable:minutes-draft -->\n${encodeDraftRecord(draft)}`;
    expect(body.split("-->")).toHaveLength(3);
    expect(decodeDraftRecord(body)).toEqual(draft);
    expect(decodeDraftRecord(`${body}\nmore`)).toBeNull();
  });

  it("records exactly the notes the typed /outcome and /takeaway record", () => {
    const at = "2026-12-03T16:40:00Z";
    const accept = person(500, "fay", "/accept #2", at);
    const meeting = withComments(heldMeeting(), draftComment, accept);
    const decided = decide(meeting, accept);
    expect(decided.refused).toBe(false);
    expect(decided.events).toEqual([
      {
        type: "accept",
        at,
        topic: 2,
        by: "fay",
        outcome: draft.topics[0]?.outcome,
        takeaways: draft.topics[0]?.takeaways,
        actionItems: draft.topics[0]?.actionItems,
        issues: false,
      },
    ]);
    // As the next read shows it: the /accept and the bot's reply with its record.
    const accepted = meetingOf(withComments(meeting, replyTo(500, decided.events)), config());
    // The same meeting where fay typed the notes instead, in one comment at the same moment.
    const lines = [
      `/outcome #2 ${draft.topics[0]?.outcome}`,
      ...(draft.topics[0]?.takeaways ?? []).map((t) => `/takeaway #2 ${t}`),
    ];
    const typed = meetingOf(
      withComments(heldMeeting(), draftComment, person(500, "fay", lines.join("\n"), at)),
      config(),
    );
    const notes = (m: typeof typed) =>
      m.discussions.map((d) => ({ topic: d.topic, outcome: d.outcome, takeaways: d.takeaways }));
    expect(notes(accepted)).toEqual(notes(typed));
    expect(accepted.discussions[0]?.outcome?.text).toBe(draft.topics[0]?.outcome);
    expect(decided.status).toContainEqual({ topic: 2, to: "discussed" });
  });

  it("is refused to a participant, without a draft, for a topic not in it, twice, and for a line of another shape", () => {
    const at = "2026-12-03T16:40:00Z";
    const meeting = withComments(heldMeeting(), draftComment);
    const reply = (issue: IssueRecord, comment: CommentRecord, facilitates = true) =>
      decide(withComments(issue, comment), comment, facilitates).replies;

    expect(reply(meeting, person(501, "ann", "/accept #2", at), false)[0]).toMatch(
      /^Only a facilitator runs this meeting: .* can `\/accept`\.$/,
    );
    expect(reply(heldMeeting(), person(502, "fay", "/accept #2", at))).toEqual([
      "There is no draft of the minutes to accept: a facilitator uploads the transcript on the meeting's room page first.",
    ]);
    expect(reply(meeting, person(503, "fay", "/accept #9", at))).toEqual([
      "#9 is not in the draft minutes: the draft has #2, #3.",
    ]);
    expect(reply(meeting, person(504, "fay", "/accept 2", at))[0]).toMatch(
      /^`\/accept` takes the topic's number/,
    );
    expect(reply(meeting, person(505, "fay", "/accept #2\nWe split it", at))[0]).toMatch(
      /^line 2 of the \/accept reads `We split it`: expected/,
    );
    const first = person(506, "fay", "/accept #2", at);
    const once = withComments(
      meeting,
      first,
      replyTo(506, decide(withComments(meeting, first), first).events),
    );
    expect(reply(once, person(507, "fay", "/accept #2", "2026-12-03T16:41:00Z"))).toEqual([
      "#2's draft was accepted already: add to it with `/outcome #2 …` or `/takeaway #2 …`.",
    ]);
  });
});
