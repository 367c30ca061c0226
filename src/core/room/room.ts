import type { Config } from "../../config/index.js";
import { type Board, boardOf } from "../board/board.js";
import { addMinutes, type Meeting, mayVote, meetingOf } from "../meetings/meeting.js";
import type { MeetingFormat } from "../meetings/meeting-form.js";
import { extensionStep, nextInQueue } from "../meetings/meeting-plan.js";
import type { Snapshot } from "../snapshot.js";
import { clockIn } from "../zoned-time.js";
import { inviteesOf, type RoomInvitees } from "./room-invitees.js";

/** A topic as the room shows it. */
export interface RoomTopic {
  number: number;
  title: string;
  url: string;
  sponsor: string | null;
  votes: number;
}

/** The roman vote on the topic on the table: its comment, and 👍/👎 among the meeting's voters. */
export interface RoomVote {
  /** The bot's roman-vote comment, where people's reactions are the votes; null until posted. */
  commentId: number | null;
  url: string | null;
  up: number;
  down: number;
}

/** The topic on the table, with its timebox as the server recorded it. */
export interface RoomTable extends RoomTopic {
  began: string;
  /** When the sponsor's opening ends and the discussion begins. */
  sponsorUntil: string;
  /** When the timebox (with its extensions) ends: the countdown's zero. */
  until: string;
  extensions: number;
  vote: RoomVote;
}

export interface RoomLogLine {
  at: string;
  /** The time as the meeting's clock shows it (its time zone), HH:MM. */
  clock: string;
  text: string;
}

/**
 * Everything the meeting room shows, as plain data: the page renders it, and the live updates
 * send it as JSON. It holds no clock of its own: `phase` is as of the moment it was worked out,
 * and the browser counts down to `table.until` with the server's clock.
 */
export interface RoomState {
  repository: string;
  number: number;
  title: string;
  url: string;
  theme: string;
  format: MeetingFormat;
  /** "2026-12-03 17:00 Europe/Berlin", or what of it the form gives. */
  when: string;
  timeZone: string | null;
  facilitators: string[];
  /** Who votes in the roman vote: the seated participants and the facilitators, in lower case. */
  voters: string[];
  /** As of the moment the room was worked out; `phaseAt` tells it at another moment. */
  phase: RoomPhase;
  started: boolean;
  ended: boolean;
  table: RoomTable | null;
  upNext: RoomTopic[];
  /** The topic `/next` takes now (the top of the queue not yet discussed here), if any. */
  next: RoomTopic | null;
  /** The minutes an extension of the topic on the table adds (the config's next step). */
  extendMinutes: number;
  /** The check-in `/checkin` runs (the config's first set), for its button's label. */
  checkin: string;
  participants: string[];
  waitlist: string[];
  capacity: number;
  log: RoomLogLine[];
  /** The schedule of an unconference, when one was made: the print view shows it. */
  scheduled: boolean;
  /** Counts hidden until the round closes: topics show none, and the facilitator may close it. */
  votesHidden: boolean;
  /**
   * Who was invited and who waits, for the facilitator's page only: never rendered into the
   * parts every viewer shares.
   */
  invitees: RoomInvitees;
}

export type RoomPhase =
  | "not-started"
  | "between-topics"
  | "sponsor"
  | "discussion"
  | "time-up"
  | "ended";

/** How many topics the room lists after the one on the table. */
export const upNextCount = 5;

/** The phase of the room at `now`: what the countdown counts, or why there is none. */
export function phaseAt(
  state: Pick<RoomState, "table" | "started" | "ended">,
  now: string,
): RoomPhase {
  if (state.ended) return "ended";
  const table = state.table;
  if (!table) return state.started ? "between-topics" : "not-started";
  const t = Date.parse(now);
  if (t < Date.parse(table.sponsorUntil)) return "sponsor";
  return t < Date.parse(table.until) ? "discussion" : "time-up";
}

/**
 * The room of meeting `number` in a snapshot (null when the snapshot has no such meeting): the
 * topic on the table and its timebox, the roman vote among the meeting's voters, the next topics
 * by counted votes, who is seated and waiting, and the log so far.
 */
export function roomOf(
  snapshot: Snapshot,
  config: Config,
  number: number,
  now: string,
): RoomState | null {
  const issue = snapshot.issues.find(
    (i) =>
      i.number === number &&
      i.labels.some((l) => l.toLowerCase() === config.labels.meeting.toLowerCase()),
  );
  if (!issue) return null;
  const meeting = meetingOf(issue, config);
  const board = boardOf(snapshot, config);
  const byNumber = new Map(snapshot.issues.map((i) => [i.number, i]));
  const topicOf = roomTopicOf(byNumber, board, issue.url);
  const current = meeting.current;
  const table = tableOf(meeting, config, topicOf);
  const form = meeting.form;
  const state: RoomState = {
    repository: snapshot.repository,
    number,
    title: issue.title,
    url: issue.url,
    theme: form.theme,
    format: form.format,
    when: [form.date, form.start, form.timeZone].filter(Boolean).join(" "),
    timeZone: form.timeZone,
    facilitators: meeting.facilitators,
    voters: [
      ...new Set([...meeting.roster.seated, ...meeting.facilitators].map((l) => l.toLowerCase())),
    ],
    phase: "not-started",
    started: meeting.startedAt !== null,
    ended: meeting.endedAt !== null,
    table,
    // The topic on the table is not next, whatever its status says a moment after /next.
    upNext: board.queue.toDiscuss
      .filter((e) => e.topic.number !== current?.topic)
      .slice(0, upNextCount)
      .map((e) => topicOf(e.topic.number)),
    next: ((n) => (n ? topicOf(n.topic.number) : null))(nextInQueue(meeting, board)),
    extendMinutes: extensionStep(config.meetings.extensionMinutes, current?.extensions.length ?? 0),
    checkin: config.meetings.checkins[0]?.name ?? "check-in",
    participants: meeting.roster.seated,
    waitlist: meeting.roster.waitlist,
    capacity: form.capacity,
    log: logOf(meeting, (n) => byNumber.get(n)?.title ?? `#${n}`),
    scheduled: meeting.schedule !== null,
    votesHidden: board.hidden,
    invitees: inviteesOf(meeting, config.meetings.invite != null),
  };
  state.phase = phaseAt(state, now);
  return state;
}

/**
 * A topic as the room shows it, by number: its title, URL, sponsor and counted votes. A number
 * the snapshot does not hold still gets a title and a URL in the meeting's repository.
 */
function roomTopicOf(
  byNumber: Map<number, Snapshot["issues"][number]>,
  board: Board,
  meetingUrl: string,
): (n: number, sponsor?: string | null) => RoomTopic {
  const votesOf = new Map(
    [...board.queue.discussing, ...board.queue.toDiscuss].map((e) => [e.topic.number, e.votes]),
  );
  return (n, sponsor) => {
    const found = byNumber.get(n);
    return {
      number: n,
      title: found?.title ?? `#${n}`,
      url: found?.url ?? `${meetingUrl.replace(/\/issues\/\d+$/, "")}/issues/${n}`,
      sponsor: sponsor !== undefined ? sponsor : (found?.assignees[0] ?? null),
      votes: votesOf.get(n) ?? 0,
    };
  };
}

/** The topic on the table with its timebox and roman vote, or null between topics. */
function tableOf(
  meeting: Meeting,
  config: Config,
  topicOf: (n: number, sponsor?: string | null) => RoomTopic,
): RoomTable | null {
  const current = meeting.current;
  if (!current) return null;
  return {
    ...topicOf(current.topic, current.sponsor),
    began: current.began,
    sponsorUntil: addMinutes(current.began, config.meetings.sponsorMinutes),
    until: current.until,
    extensions: current.extensions.length,
    vote: voteOf(meeting, current.vote),
  };
}

function voteOf(meeting: Meeting, marker: string): RoomVote {
  const comment = meeting.bot.get(marker);
  const voter = (login: string) => mayVote(meeting, login);
  return {
    commentId: comment?.id ?? null,
    url: comment?.url ?? null,
    up: (comment?.up ?? []).filter(voter).length,
    down: (comment?.down ?? []).filter(voter).length,
  };
}

/**
 * The room with the roman vote re-read: `up` and `down` are who reacted now (GitHub sends no
 * webhook for reactions, so the server re-reads them while people watch). Counts the voters only.
 */
export function withVote(state: RoomState, up: string[], down: string[]): RoomState {
  if (!state.table) return state;
  const voters = new Set(state.voters);
  const count = (logins: string[]) =>
    new Set(logins.map((l) => l.toLowerCase()).filter((l) => voters.has(l))).size;
  return {
    ...state,
    table: { ...state.table, vote: { ...state.table.vote, up: count(up), down: count(down) } },
  };
}

/** The meeting so far, one line a step, oldest first. */
function logOf(meeting: Meeting, titleOf: (n: number) => string): RoomLogLine[] {
  const zone = meeting.form.timeZone;
  const line = (at: string, text: string): RoomLogLine => ({
    at,
    clock: zone ? clockIn(at, zone) : `${at.slice(11, 16)} UTC`,
    text,
  });
  const lines: RoomLogLine[] = [];
  if (meeting.startedAt) lines.push(line(meeting.startedAt, "Started"));
  for (const d of meeting.discussions) {
    const by = d.sponsor ? `, opened by ${d.sponsor}` : "";
    lines.push(line(d.began, `#${d.topic} ${titleOf(d.topic)} on the table${by}`));
    for (const e of d.extensions)
      lines.push(line(e.at, `Roman vote ${e.up} 👍 ${e.down} 👎: ${e.minutes} more minutes`));
    if (d.outcome)
      lines.push(
        line(d.outcome.at, `Outcome of #${d.topic} by ${d.outcome.by}: ${d.outcome.text}`),
      );
    for (const t of d.takeaways) lines.push(line(t.at, `Takeaway by ${t.by}: ${t.text}`));
    if (d.ended) {
      const vote = d.closingVote
        ? ` (roman vote ${d.closingVote.up} 👍 ${d.closingVote.down} 👎)`
        : "";
      lines.push(line(d.ended, `#${d.topic} closed${vote}`));
    }
  }
  for (const c of meeting.checkins) lines.push(line(c.at, `Check-in: ${c.set}`));
  if (meeting.endedAt) lines.push(line(meeting.endedAt, "Ended"));
  return lines.sort((a, b) => a.at.localeCompare(b.at));
}
