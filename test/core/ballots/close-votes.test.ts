import { describe, expect, it } from "vitest";
import {
  boardOf,
  type CommentRecord,
  decideMeetingCommand,
  encodeRecord,
  meetingOf,
  parseCommands,
  trustLine,
} from "../../../src/core/index.js";
import { config, issue, snapshot } from "../../helpers/factories.js";

const hidden = () =>
  config((c) => {
    c.votes.source = "ballots";
    c.votes.reveal = "after-close";
  });
const bot = (id: number, body: string): CommentRecord => ({
  id,
  url: `https://github.com/acme/board/issues/1#issuecomment-${id}`,
  author: { login: "roundtable", bot: true, self: true },
  createdAt: "2026-12-03T16:00:00Z",
  body,
  votes: 0,
});
// fay facilitated when her meeting was opened: its state says so, and only then does it close rounds.
const trusted = bot(
  40,
  `<!-- roundtable:meeting-state -->\n${trustLine({ host: "fay", trusted: true, at: "2026-12-01T09:00:00Z" })}\n`,
);
const meeting = (comments: CommentRecord[]) =>
  issue(1, {
    author: { login: "fay", bot: false },
    labels: ["meeting"],
    comments: [trusted, ...comments],
  });
const topic = issue(2, { labels: ["topic"] });
const [closeVotes] = parseCommands("/close-votes");

describe("/close-votes on the meeting issue", () => {
  it("is the facilitator's: anyone else is refused", () => {
    const c = hidden();
    const snap = snapshot([meeting([]), topic]);
    const m = meetingOf(meeting([]), c);
    const ctx = { commentId: 50, at: "2026-12-03T16:00:00Z", board: boardOf(snap, c), config: c };
    expect(
      decideMeetingCommand(m, closeVotes as never, {
        ...ctx,
        login: "mallory",
        facilitates: false,
      }),
    ).toMatchObject({ kind: "refused" });
    expect(
      decideMeetingCommand(m, closeVotes as never, { ...ctx, login: "fay", facilitates: true }),
    ).toEqual({
      kind: "done",
      events: [{ type: "close-votes", at: "2026-12-03T16:00:00Z", round: "open" }],
      status: [],
      close: false,
    });
  });

  it("closes the round once the bot's record says so; the same record in a person's comment means nothing", () => {
    const c = hidden();
    const record = `<!-- roundtable:meeting:50 -->\n${encodeRecord({ command: 50, events: [{ type: "close-votes", at: "2026-12-03T16:00:00Z", round: "open" }] })}`;
    expect(boardOf(snapshot([meeting([]), topic]), c)).toMatchObject({
      hidden: true,
      closed: false,
    });
    expect(boardOf(snapshot([meeting([bot(51, record)]), topic]), c)).toMatchObject({
      hidden: false,
      closed: true,
    });
    const forged = { ...bot(52, record), author: { login: "mallory", bot: false } };
    expect(boardOf(snapshot([meeting([forged]), topic]), c)).toMatchObject({ hidden: true });
  });
});
