import type { Config } from "../../config/index.js";
import type { Board } from "../board/board.js";
import { type Command, parseCommands } from "../commands.js";
import { sameName } from "../kernel/same-name.js";
import type { IssueRecord } from "../snapshot.js";
import { type Meeting, type MeetingEvent, meetingOf } from "./meeting.js";
import type { MeetingOutcome } from "./meeting-outcome.js";
import { decideMeetingCommand, meetingCommands } from "./meeting-plan.js";
import { impliedStatus } from "./meeting-statuses.js";
import type { MeetingTrust } from "./meeting-trust.js";

/** A comment with commands on a meeting issue, as GitHub holds it. */
export interface MeetingComment {
  id: number;
  body: string;
  login: string;
  createdAt: string;
  url: string;
  /** The body's commands, when the caller parsed them already (once per delivery). */
  commands?: Command[];
}

/** What was checked on GitHub for this event, before deciding it (see meeting-trust.ts). */
export interface Authority {
  /** Whether the meeting's host facilitates, checked now: taken while the state does not say it. */
  found: MeetingTrust | null;
  /** Whether the person who commented facilitates for the group, checked now. */
  facilitates: boolean;
}

/** Nothing checked: the meeting acts as its state says, and the commenter is no facilitator. */
export const noAuthority: Authority = { found: null, facilitates: false };

/**
 * What a comment on a meeting issue (or, with no comment, the issue opened or edited) decides, on
 * the meeting as its comments tell it and the board as recounted. Each facilitator command is
 * decided on the meeting with the earlier commands' decisions in it. A redelivered command decides
 * nothing new: its recorded decision is planned again, and every effect of it is one that does
 * nothing when already done.
 */
export function decideMeetingEvent(
  issue: IssueRecord,
  comment: MeetingComment | undefined,
  board: Board,
  config: Config,
  authority: Authority = noAuthority,
): MeetingOutcome {
  const meeting = meetingOf(issue, config, [], authority.found);
  const outcome = nothingDecided(meeting);
  if (!comment) return outcome;
  const walk: Walk = {
    issue,
    comment,
    board,
    config,
    authority,
    recorded: meeting.records.get(comment.id),
    meeting,
    outcome,
  };
  for (const command of comment.commands ?? parseCommands(comment.body)) {
    if (!meetingCommands.has(command.name)) continue;
    const kind = commandKinds.get(command.name) ?? runsTheMeeting;
    kind(walk, command);
  }
  return settle(walk);
}

/** One comment's commands taken in turn: the meeting as decided so far, and what was decided. */
interface Walk {
  issue: IssueRecord;
  comment: MeetingComment;
  board: Board;
  config: Config;
  authority: Authority;
  /** What the bot recorded for this comment before (a redelivery), if anything. */
  recorded: MeetingEvent[] | undefined;
  /** The meeting with this comment's decisions so far in it. */
  meeting: Meeting;
  outcome: MeetingOutcome;
}

/** An event that decides nothing (yet), on the meeting as it stands. */
function nothingDecided(meeting: Meeting): MeetingOutcome {
  return {
    meeting,
    given: [],
    events: [],
    status: [],
    noted: [],
    close: false,
    publish: false,
    replies: [],
    refused: false,
  };
}

function refuse(outcome: MeetingOutcome, reason: string): void {
  outcome.replies.push(reason);
  outcome.refused = true;
}

/**
 * The commands a meeting answers without deciding anything here, by name: seats are taken and
 * notes are given as the comments are read (meeting.ts); this only tells the person about it.
 * Every other meeting command runs the meeting (runsTheMeeting).
 */
const commandKinds = new Map<string, (walk: Walk, command: Command) => void>([
  ["join", seatCommand],
  ["leave", seatCommand],
  ["outcome", noteCommand],
  ["takeaway", noteCommand],
]);

/** `/join` or `/leave`: refused once the meeting ended; a join that found no seat learns its place. */
function seatCommand({ meeting, comment, outcome }: Walk, command: Command): void {
  if (meeting.endedAt && Date.parse(comment.createdAt) > Date.parse(meeting.endedAt)) {
    refuse(outcome, "This meeting has ended: seats are no longer taken or given up.");
    return;
  }
  const place = meeting.roster.waitlist.findIndex((l) => sameName(l, comment.login));
  if (command.name === "join" && place >= 0)
    outcome.replies.push(
      `The meeting is full (${meeting.form.capacity} seats): you are number ${place + 1} on the waitlist, and move up when someone leaves.`,
    );
}

/** `/outcome` or `/takeaway`: the person hears why their note was not taken, if it was not. */
function noteCommand({ meeting, comment, outcome }: Walk): void {
  const reason = meeting.refusedNotes.get(comment.id);
  if (reason) refuse(outcome, reason);
}

/**
 * A facilitator's command: decided on the meeting with this comment's earlier decisions in it, or,
 * when the comment was decided before, its record taken again (once, for the first such command).
 */
function runsTheMeeting(walk: Walk, command: Command): void {
  const { comment, outcome } = walk;
  if (walk.recorded) {
    if (outcome.given.length === 0) redo(outcome, command, walk.recorded);
    return;
  }
  const decision = decideMeetingCommand(walk.meeting, command, {
    commentId: comment.id,
    at: comment.createdAt,
    login: comment.login,
    facilitates: walk.authority.facilitates,
    board: walk.board,
    config: walk.config,
  });
  if (decision.kind === "refused") {
    refuse(outcome, decision.reason);
    return;
  }
  if (decision.events.length === 0) return;
  outcome.given.push(command);
  outcome.events.push(...decision.events);
  outcome.status.push(...decision.status);
  outcome.close ||= decision.close;
  walk.meeting = meetingOf(
    walk.issue,
    walk.config,
    [{ command: comment.id, events: outcome.events }],
    walk.authority.found,
  );
}

/** The outcome once every command is taken: the meeting as decided, what to publish, the notes. */
function settle({ meeting, comment, outcome }: Walk): MeetingOutcome {
  outcome.meeting = meeting;
  outcome.publish = outcome.events.some(
    (e) =>
      e.type === "end" ||
      e.type === "schedule" ||
      e.type === "close-votes" ||
      // Minutes accepted after the meeting ended: its page, written at the end, shows them.
      (e.type === "accept" && meeting.endedAt !== null),
  );
  // An outcome marks its topic Discussed; a topic's notes are kept on its own issue.
  outcome.noted = meeting.discussions.filter(
    (d) => d.outcome?.comment === comment.id || d.takeaways.some((t) => t.comment === comment.id),
  );
  for (const d of outcome.noted)
    if (d.outcome?.comment === comment.id) outcome.status.push({ topic: d.topic, to: "discussed" });
  return outcome;
}

/** A command decided before (a redelivery, or a run that stopped part-way): the same again. */
function redo(outcome: MeetingOutcome, command: Command, recorded: MeetingEvent[]): void {
  outcome.given.push(command);
  outcome.events.push(...recorded);
  outcome.close ||= recorded.some((e) => e.type === "end");
  for (const d of outcome.meeting.discussions)
    if (recorded.some((e) => "topic" in e && e.topic === d.topic))
      outcome.status.push({ topic: d.topic, to: impliedStatus(d) });
}
