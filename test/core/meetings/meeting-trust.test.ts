import { describe, expect, it } from "vitest";
import {
  boardOf,
  type CommentRecord,
  decideMeetingEvent,
  electorateMeeting,
  encodeRecord,
  type IssueRecord,
  meetingStatuses,
  meetingsOf,
  trustIn,
  trustLine,
} from "../../../src/core/index.js";
import { config, issue, snapshot, vote } from "../../helpers/factories.js";

let ids = 500;
const comment = (login: string, body: string, at: string, self = false): CommentRecord => {
  const id = ids++;
  return {
    id,
    url: `https://github.com/acme/board/issues/1#issuecomment-${id}`,
    author: { login, bot: self, ...(self ? { self } : {}) },
    createdAt: at,
    body,
    votes: 0,
  };
};
const stateOf = (host: string, trusted: boolean, self = true) =>
  comment(
    "roundtable",
    `<!-- roundtable:meeting-state -->\nThe agenda\n${trustLine({ host, trusted, at: "2026-11-20T09:00:00Z" })}\n`,
    "2026-11-20T09:00:00Z",
    self,
  );
const meeting = (number: number, host: string, date: string, comments: CommentRecord[]) =>
  issue(number, {
    author: { login: host, bot: false },
    labels: ["meeting"],
    body: `### Date\n\n${date}\n\n### Format\n\nLean coffee`,
    comments,
  });
const closeVotes = comment(
  "roundtable",
  `<!-- roundtable:meeting:90 -->\n${encodeRecord({ command: 90, events: [{ type: "close-votes", at: "2026-12-01T10:00:00Z", round: "open" }] })}`,
  "2026-12-01T10:00:00Z",
  true,
);
const topics = [
  issue(2, { reactions: [vote("ann", "2026-11-22T09:00:00Z")] }),
  issue(3, { author: { login: "mallory", bot: false } }),
];

describe("a meeting's trust", () => {
  it("is read back from the state line, and a line that does not parse says nothing", () => {
    const line = trustLine({ host: "fay", trusted: true, at: "2026-11-20T09:00:00Z" });
    expect(trustIn(`x\n${line}\n`)).toEqual({
      host: "fay",
      trusted: true,
      at: "2026-11-20T09:00:00Z",
    });
    expect(trustIn("x\n<!-- roundtable:trust {nope} -->\n")).toBeNull();
  });

  it("comes only from Roundtable's own state comment: the same line in a person's comment means nothing", () => {
    const forged = { ...stateOf("mallory", true, false), author: { login: "mallory", bot: false } };
    const [m] = meetingsOf(snapshot([meeting(1, "mallory", "2026-12-03", [forged])]), config());
    expect(m?.trusted).toBe(false);
  });

  it("is the host's: a state naming someone else does not make the meeting trusted", () => {
    const [m] = meetingsOf(
      snapshot([meeting(1, "mallory", "2026-12-03", [stateOf("fay", true)])]),
      config(),
    );
    expect(m?.trusted).toBe(false);
  });
});

describe("the board takes from trusted meetings only", () => {
  const c = config((c) => {
    c.votes.eligible = "participants";
    c.votes.reveal = "after-close";
  });

  it("the electorate: an outsider's earlier meeting seats nobody who votes", () => {
    const group = meeting(1, "fay", "2026-12-03", [
      stateOf("fay", true),
      comment("bob", "/join", "2026-11-21T10:00:00Z"),
    ]);
    const outsider = meeting(5, "mallory", "2026-12-01", [
      stateOf("mallory", false),
      comment("ann", "/join", "2026-11-21T10:00:00Z"),
    ]);
    const snap = snapshot([group, outsider, ...topics]);
    expect(electorateMeeting(meetingsOf(snap, c))?.issue.number).toBe(1);
  });

  it("round closures: a close-votes record in an untrusted meeting closes nothing", () => {
    const untrusted = meeting(5, "mallory", "2026-12-01", [stateOf("mallory", false), closeVotes]);
    expect(boardOf(snapshot([untrusted, ...topics]), c).closed).toBe(false);
    const trusted = meeting(1, "fay", "2026-12-03", [stateOf("fay", true), closeVotes]);
    expect(boardOf(snapshot([trusted, ...topics]), c).closed).toBe(true);
  });

  it("statuses: an untrusted meeting sets its host's own topics' statuses and no one else's", () => {
    const next = comment("mallory", "/next", "2026-12-03T16:00:00Z");
    const own = meeting(5, "mallory", "2026-12-03", [stateOf("mallory", false), next]);
    const snap = snapshot([own, ...topics]);
    const board = boardOf(snap, config());
    const event = (i: IssueRecord) =>
      decideMeetingEvent(
        i,
        { id: next.id, body: "/next", login: "mallory", createdAt: next.createdAt, url: next.url },
        board,
        config(),
        { found: null, facilitates: false },
      );
    const outcome = event(own);
    // mallory hosts: /next is taken, and #2 (ann's vote, top of the queue) goes on her table.
    expect(outcome.refused).toBe(false);
    expect(outcome.status).toEqual([{ topic: 2, to: "discussing" }]);
    expect(meetingStatuses(outcome, board)).toEqual([]);
    const hers = { ...outcome, status: [{ topic: 3, to: "discussing" as const }] };
    expect(meetingStatuses(hers, board)).toEqual([{ topic: 3, to: "discussing" }]);
  });
});
