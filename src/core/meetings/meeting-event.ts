import type { Config } from "../../config/index.js";
import type { Board } from "../board/board.js";
import { sameName } from "../board/status.js";
import { type Command, parseCommands } from "../commands.js";
import type { IssueRecord } from "../snapshot.js";
import { type MeetingEvent, meetingOf } from "./meeting.js";
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
  let meeting = meetingOf(issue, config, [], authority.found);
  const outcome: MeetingOutcome = {
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
  if (!comment) return outcome;
  const recorded = meeting.records.get(comment.id);
  const refuse = (reason: string) => {
    outcome.replies.push(reason);
    outcome.refused = true;
  };

  for (const command of comment.commands ?? parseCommands(comment.body)) {
    if (!meetingCommands.has(command.name)) continue;
    if (command.name === "join" || command.name === "leave") {
      if (meeting.endedAt && Date.parse(comment.createdAt) > Date.parse(meeting.endedAt)) {
        refuse("This meeting has ended: seats are no longer taken or given up.");
        continue;
      }
      const place = meeting.roster.waitlist.findIndex((l) => sameName(l, comment.login));
      if (command.name === "join" && place >= 0)
        outcome.replies.push(
          `The meeting is full (${meeting.form.capacity} seats): you are number ${place + 1} on the waitlist, and move up when someone leaves.`,
        );
      continue;
    }
    if (command.name === "outcome" || command.name === "takeaway") {
      const reason = meeting.refusedNotes.get(comment.id);
      if (reason) refuse(reason);
      continue;
    }
    if (recorded) {
      if (outcome.given.length === 0) redo(outcome, command, recorded);
      continue;
    }
    const decision = decideMeetingCommand(meeting, command, {
      commentId: comment.id,
      at: comment.createdAt,
      login: comment.login,
      facilitates: authority.facilitates,
      board,
      config,
    });
    if (decision.kind === "refused") {
      refuse(decision.reason);
      continue;
    }
    if (decision.events.length === 0) continue;
    outcome.given.push(command);
    outcome.events.push(...decision.events);
    outcome.status.push(...decision.status);
    outcome.close ||= decision.close;
    meeting = meetingOf(
      issue,
      config,
      [{ command: comment.id, events: outcome.events }],
      authority.found,
    );
  }
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
