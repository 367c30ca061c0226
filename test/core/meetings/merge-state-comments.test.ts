import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../../src/config/index.js";
import type { CommentRecord, IssueRecord } from "../../../src/core/index.js";
import { notifiedIn, notifiedLine } from "../../../src/core/kernel/notified.js";
import { meetingOf } from "../../../src/core/meetings/meeting.js";
import {
  mergeLedgers,
  mergeStateComments,
} from "../../../src/core/meetings/merge-state-comments.js";
import {
  emptyLedger,
  type SeatLedger,
  seatLedgerIn,
  seatLedgerLine,
} from "../../../src/core/meetings/seat-ledger.js";

const self = { login: "roundtable[bot]", bot: true, self: true };
const state = (id: number, createdAt: string, ledger: SeatLedger, keys: string[] = []) =>
  ({
    id,
    url: `u#${id}`,
    author: self,
    createdAt,
    votes: 0,
    body: `<!-- roundtable:meeting-state -->\n### Participants (${id})\n${keys.length ? `${notifiedLine(keys)}\n` : ""}${seatLedgerLine(ledger)}\n`,
  }) satisfies CommentRecord;
const ledger = (rsvps: SeatLedger["rsvps"], more: Partial<SeatLedger> = {}): SeatLedger => ({
  ...emptyLedger(),
  rsvps,
  ...more,
});
const rsvp = (login: string, at: string, action: "join" | "leave" = "join") => ({
  login,
  action,
  at,
});

describe("mergeStateComments", () => {
  it("keeps the oldest of two, with the seats of both in time order, each once", () => {
    const older = state(
      9,
      "2026-11-21T10:00:00Z",
      ledger([rsvp("ada", "2026-11-21T10:00:01Z"), rsvp("bo", "2026-11-21T10:00:03Z")]),
      ["meeting.started"],
    );
    const newer = state(
      4,
      "2026-11-21T10:00:02Z",
      ledger([rsvp("ada", "2026-11-21T10:00:01Z"), rsvp("cy", "2026-11-21T10:00:02Z")]),
      ["topic.2"],
    );
    // In any order: the oldest is the one kept.
    const merged = mergeStateComments([newer, older]);
    expect(merged?.kept.id).toBe(9);
    expect(merged?.extra.map((c) => c.id)).toEqual([4]);
    const kept = merged?.kept.body ?? "";
    expect(kept.startsWith("<!-- roundtable:meeting-state -->\n### Participants (9)\n")).toBe(true);
    expect(seatLedgerIn(kept).rsvps.map((r) => r.login)).toEqual(["ada", "cy", "bo"]);
    expect([...notifiedIn(kept)].sort()).toEqual(["meeting.started", "topic.2"]);
  });

  it("leaves a single state comment as it is, and says nothing for none", () => {
    const only = state(3, "2026-11-21T10:00:00Z", ledger([rsvp("ada", "2026-11-21T10:00:01Z")]));
    expect(mergeStateComments([only])).toEqual({ kept: only, extra: [] });
    expect(mergeStateComments([])).toBeUndefined();
  });
});

describe("mergeLedgers", () => {
  it("keeps each invitation as last sent, every member once, and a personal repository", () => {
    const merged = mergeLedgers([
      ledger([], {
        invited: { ada: { at: "2026-11-21T10:00:00Z", times: 1, state: "pending", id: 7 } },
        members: ["Bo"],
      }),
      ledger([], {
        invited: { ada: { at: "2026-11-22T10:00:00Z", times: 2, state: "accepted", id: null } },
        members: ["bo", "cy"],
        personal: true,
        problem: "GitHub's limit of 50 repository invitations in 24 hours is reached",
      }),
    ]);
    expect(merged.invited.ada?.state).toBe("accepted");
    expect(merged.members).toEqual(["Bo", "cy"]);
    expect(merged.personal).toBe(true);
    expect(merged.problem).toMatch(/limit of 50/);
  });
});

describe("meetingOf with two state comments and a doubled reply", () => {
  const issue = (comments: CommentRecord[]): IssueRecord =>
    ({
      number: 1,
      id: "I_1",
      title: "Lean coffee",
      url: "u",
      state: "open",
      createdAt: "2026-11-20T09:00:00Z",
      closedAt: null,
      author: { login: "host", bot: false },
      body: "### Date\n\n2026-12-03\n\n### Format\n\nLean coffee\n\n### Capacity\n\n12",
      labels: ["meeting"],
      assignees: [],
      milestone: null,
      parent: null,
      subIssues: [],
      reactions: [],
      comments,
      board: null,
    }) as unknown as IssueRecord;
  const record = (id: number, command: number) =>
    ({
      id,
      url: `u#${id}`,
      author: self,
      createdAt: "2026-11-21T10:05:00Z",
      votes: 0,
      body: `<!-- roundtable:meeting:${command} -->\nStarted.\n<!-- roundtable:record {"command":${command},"events":[{"type":"start","at":"2026-11-21T10:05:00Z"}]} -->`,
    }) satisfies CommentRecord;

  it("reads the merged state, marks the later one for deletion, and counts a record once", () => {
    const older = state(5, "2026-11-21T10:00:00Z", ledger([rsvp("ada", "2026-11-21T10:00:01Z")]));
    const newer = state(6, "2026-11-21T10:00:00Z", ledger([rsvp("bo", "2026-11-21T10:00:02Z")]));
    const meeting = meetingOf(
      issue([older, newer, record(7, 300), record(8, 300)]),
      defaultConfig(),
    );
    expect(meeting.bot.get("meeting-state")?.id).toBe(5);
    expect(meeting.extraStates).toEqual([6]);
    expect(meeting.seats.rsvps.map((r) => r.login)).toEqual(["ada", "bo"]);
    expect(meeting.roster.seated).toEqual(["ada", "bo"]);
    expect(meeting.records.size).toBe(1);
    expect(meeting.startedAt).toBe("2026-11-21T10:05:00Z");
  });
});
