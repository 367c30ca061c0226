import type { Config } from "../config/index.js";
import type { Board } from "./board/board.js";
import type { ProjectView } from "./board/project-view.js";
import type { QueueEntry } from "./board/queue.js";
import { setStatus } from "./board/set-status.js";
import { notifiedIn, notifiedLine } from "./kernel/notified.js";
import { type ActionItemText, acceptedActionIssues } from "./meetings/accepted-action-issues.js";
import {
  type Discussion,
  encodeRecord,
  type Meeting,
  type MeetingEvent,
} from "./meetings/meeting.js";
import type { MeetingOutcome } from "./meetings/meeting-outcome.js";
import { meetingStateMarker, replyMarker, romanVoteMarker } from "./meetings/meeting-plan.js";
import { meetingStatuses } from "./meetings/meeting-statuses.js";
import { trustLine, trustSentence } from "./meetings/meeting-trust.js";
import { ledgerIsEmpty, type SeatLedger, seatLedgerLine } from "./meetings/seat-ledger.js";
import { slotFields } from "./meetings/slot-fields.js";
import type { NotifyInput } from "./notify/notices.js";
import { noticeKey, notificationsFor } from "./notify/notifications-for.js";
import { type Effect, marker } from "./plan.js";
import type { IssueRecord } from "./snapshot.js";

/** What a meeting's texts are rendered from: the meeting, its issues' titles, the site, the config. */
export interface MeetingView {
  meeting: Meeting;
  /** Titles and URLs of the repository's issues, by number. */
  issues: Map<number, { title: string; url: string }>;
  site: string;
  config: Config;
}

/**
 * The texts of a meeting's comments and issues, rendered apart (`render/meetings/meeting-texts.ts`
 * `meetingTexts`): the plan decides which comments and issues are written, under which markers
 * and in which order, and may not import render/ for what they say.
 */
export interface MeetingTexts {
  /** The bot's reply to a command, without its record. */
  reply(view: MeetingView, command: string, events: MeetingEvent[]): string;
  romanVote(view: MeetingView, topic: number, until: string): string;
  checkinStatement(index: number, total: number, statement: string): string;
  /** A discussed topic's notes, on the topic's issue. */
  topicNotes(view: MeetingView, discussion: Discussion): string;
  /** The state comment's visible part: the seats, the agenda and the log. */
  region(view: MeetingView, upNext: QueueEntry[], hidden: boolean): string;
  actionItemIssue: ActionItemText;
}

export interface MeetingPlanInput {
  issue: IssueRecord;
  /** The id of the comment the outcome answers; none when the issue was opened or edited. */
  commentId: number | undefined;
  outcome: MeetingOutcome;
  board: Board;
  project: ProjectView | null;
  config: Config;
  site: string;
  /** owner/name: where the channels' notices link. */
  repository: string;
  titles: MeetingView["issues"];
  /** The meeting issue was just opened: the channels hear of it (meeting.announced). */
  announce?: boolean;
  /** Notices of events decided elsewhere (a timebox's end, the reminder), sent once like the rest. */
  notices?: NotifyInput[];
  /** The seat ledger to record (an RSVP, the invitations sent); absent: the one read is kept. */
  seats?: SeatLedger;
}

/**
 * The effects of a meeting event's decisions, pure: the topics' statuses, the bot's reply with
 * its record, the roman vote, the check-in statements, the Slot and Room fields of a schedule,
 * each noted topic's notes, the meeting's state comment, and closing the issue.
 */
export function planMeeting(
  input: MeetingPlanInput,
  texts: MeetingTexts,
): { effects: Effect[]; replies: string[] } {
  const { issue, outcome, board, config, commentId } = input;
  const meeting = outcome.meeting;
  const view: MeetingView = { meeting, issues: input.titles, site: input.site, config };
  const effects: Effect[] = [];
  const replies: string[] = [];
  const comment = (issueNumber: number, name: string, body: string) =>
    effects.push({ kind: "upsert-comment", issue: issueNumber, marker: marker(name), body });

  if (commentId !== undefined && outcome.given.length > 0) {
    const reply = texts.reply(view, outcome.given.at(-1)?.name ?? "", outcome.events);
    comment(
      issue.number,
      replyMarker(commentId),
      `${reply}\n${encodeRecord({ command: commentId, events: outcome.events })}`,
    );
    for (const event of outcome.events) {
      if (event.type === "topic" || event.type === "extend")
        comment(
          issue.number,
          romanVoteMarker(commentId),
          texts.romanVote(view, event.topic, event.until),
        );
      if (event.type === "checkin" && event.answer === "vote")
        for (const [i, s] of event.statements.entries())
          comment(
            issue.number,
            s.marker,
            texts.checkinStatement(i, event.statements.length, s.text),
          );
      if (event.type === "schedule")
        effects.push(...slotFields(event, meeting, config, input.project));
    }
    effects.push(
      ...acceptedActionIssues(outcome.events, meeting, config, input.site, texts.actionItemIssue),
    );
  }
  for (const d of outcome.noted)
    comment(d.topic, `meeting-notes:${issue.number}`, texts.topicNotes(view, d));

  const statusEffects = meetingStatuses(outcome, board).flatMap(({ topic, to }) => {
    const t = board.topics.find((x) => x.number === topic);
    return t ? setStatus(t, to, config) : [];
  });
  effects.push(...stateOf(input, view, texts, comment));
  if (outcome.close) effects.push({ kind: "close-issue", issue: issue.number });
  // The reply with its record first: once it is written, the decision stands, and a run that
  // stops after it (a fault, a lost lease) is completed by planning the record again; the statuses
  // first would let a retry decide anew on a board that already shows half of the decision.
  const upserts = lastUpsertWins(effects);
  const record =
    commentId === undefined ? [] : upserts.filter((e) => isUpsertOf(e, replyMarker(commentId)));
  return {
    effects: [...record, ...statusEffects, ...upserts.filter((e) => !record.includes(e))],
    replies,
  };
}

/**
 * The meeting's state brought up to date, with the keys of the notices sent with it. The state
 * lives in a comment Roundtable owns, never in the author's body: GitHub has no conditional write
 * of an issue body, so writing a region there could undo an edit the author made a moment before.
 * Nobody else writes this comment, so nothing can be lost.
 */
function stateOf(
  input: MeetingPlanInput,
  view: MeetingView,
  texts: MeetingTexts,
  comment: (issue: number, name: string, body: string) => void,
): Effect[] {
  const { issue, board } = input;
  const written = input.outcome.meeting.bot.get(meetingStateMarker)?.body ?? "";
  const notices = noticesOf(input, written);
  const shown = texts.region(view, board.queue.toDiscuss, board.queue.hidden);
  // Whether the meeting acts for the group is said once, here, as first found (meeting-trust.ts).
  const trust = input.outcome.meeting.trust;
  const sentence = trust && trustSentence(trust);
  const region = sentence ? `${shown}\n${sentence}\n` : shown;
  const seats = input.seats ?? input.outcome.meeting.seats;
  const hidden = [
    ...(notices.keys.length > 0 ? [notifiedLine(notices.keys)] : []),
    ...(ledgerIsEmpty(seats) ? [] : [seatLedgerLine(seats)]),
    ...(trust ? [trustLine(trust)] : []),
  ];
  const state = hidden.length > 0 ? `${region}\n${hidden.join("\n")}\n` : region;
  if (written !== `${marker(meetingStateMarker)}\n${state}`)
    comment(issue.number, meetingStateMarker, state);
  // A second state comment a fault once left: merged into the one kept (meetingOf), then deleted.
  const extra: Effect[] = input.outcome.meeting.extraStates.map((commentId) => ({
    kind: "delete-comment",
    issue: issue.number,
    commentId,
    why: "a second meeting-state comment, merged into the first",
  }));
  // Sent only with the state that records them: no record, no notice (never one twice).
  return [...extra, ...notices.effects];
}

/**
 * The channels' notices of this event's decisions that were not sent before, and the keys the
 * state records: those already there and these. The state comment is the meeting's record, rewritten
 * in the same plan, so a redelivered command, a retried run or a second instance, reading the
 * keys back, sends nothing twice; a run that stops before the state is written sent nothing
 * (notices go after every GitHub change), and its redelivery sends them. Keys are recorded only
 * for notices some channel takes, so a board without channels keeps its state as it was.
 */
function noticesOf(
  input: MeetingPlanInput,
  written: string,
): { effects: Effect[]; keys: string[] } {
  const { outcome, config, board, commentId } = input;
  const meeting = outcome.meeting;
  const sent = notifiedIn(written);
  // A meeting someone opened for themselves does not speak in the group's channels.
  if (meeting.trust && !meeting.trusted) return { effects: [], keys: [...sent] };
  const wanted: NotifyInput[] = [];
  if (input.announce)
    wanted.push({ event: "meeting.announced", meeting, agenda: board.queue.toDiscuss });
  for (const event of outcome.events) {
    if (event.type === "topic")
      wanted.push({
        event: "topic.now",
        meeting,
        topic: event.topic,
        sponsor: event.sponsor,
        until: event.until,
      });
    if (event.type === "end") wanted.push({ event: "meeting.ended", meeting, at: event.at });
  }
  for (const d of outcome.noted)
    if (commentId !== undefined && d.outcome?.comment === commentId)
      wanted.push({ event: "topic.outcome", meeting, discussion: d });
  wanted.push(...(input.notices ?? []));
  const context = { repository: input.repository, site: input.site, titles: input.titles };
  const effects: Effect[] = [];
  const keys = new Set(sent);
  for (const notice of wanted) {
    const key = noticeKey(notice);
    if (sent.has(key) || keys.has(key)) continue;
    const planned = notificationsFor(notice, config, context);
    if (planned.length === 0) continue;
    keys.add(key);
    effects.push(...planned);
  }
  return { effects, keys: [...keys] };
}

const isUpsertOf = (e: Effect, name: string) =>
  e.kind === "upsert-comment" && e.marker === marker(name);

/** A later upsert of the same comment replaces an earlier one in the same plan. */
function lastUpsertWins(effects: Effect[]): Effect[] {
  const last = new Map<string, number>();
  effects.forEach((e, i) => {
    if (e.kind === "upsert-comment") last.set(`${e.issue} ${e.marker}`, i);
  });
  return effects.filter(
    (e, i) => e.kind !== "upsert-comment" || last.get(`${e.issue} ${e.marker}`) === i,
  );
}
