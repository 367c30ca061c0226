import { z } from "zod";
import type { Config } from "../../config/index.js";
import { parseCommands } from "../commands.js";
import { cutText } from "../cut-text.js";
import { sameName } from "../kernel/same-name.js";
import type { CommentRecord, IssueRecord, Snapshot } from "../snapshot.js";
import { type MeetingForm, parseMeetingForm } from "./meeting-form.js";
import { type MeetingTrust, trustIn } from "./meeting-trust.js";
import { mergeStateComments } from "./merge-state-comments.js";
import { type Roster, rosterOf } from "./roster.js";
import { emptyLedger, type SeatLedger, seatLedgerIn } from "./seat-ledger.js";

/**
 * A meeting is worked out again, every time, from its issue's comments: the app keeps no state.
 * People's comments hold what only they can say (/join, /leave, /outcome, /takeaway); the bot's
 * replies to the facilitator's commands hold what was decided at that moment and cannot be
 * worked out later (which topic was on top of the queue, how a roman vote went), as a record
 * hidden in the reply. Only records and markers in Roundtable's own comments are read (their
 * author is the bot account it writes as): a marker in a person's comment, another bot's, a
 * title or a body means nothing.
 */
const at = z.string().regex(/^\d{4}-\d{2}-\d{2}T/);
const eventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("start"), at }),
  z.object({
    type: z.literal("topic"),
    at,
    topic: z.number().int(),
    sponsor: z.string().nullable(),
    until: at,
    vote: z.string(),
  }),
  z.object({
    type: z.literal("extend"),
    at,
    topic: z.number().int(),
    minutes: z.number().int(),
    until: at,
    up: z.number().int(),
    down: z.number().int(),
    vote: z.string(),
  }),
  z.object({
    type: z.literal("close-topic"),
    at,
    topic: z.number().int(),
    up: z.number().int().nullable(),
    down: z.number().int().nullable(),
  }),
  z.object({
    type: z.literal("checkin"),
    at,
    set: z.string(),
    answer: z.enum(["vote", "comment"]),
    statements: z.array(z.object({ text: z.string(), marker: z.string() })),
  }),
  z.object({ type: z.literal("end"), at }),
  /** The facilitator closed the voting round (its id): counts are shown, ballots are final. */
  z.object({ type: z.literal("close-votes"), at, round: z.string() }),
  /**
   * A facilitator accepted a topic's draft minutes (/accept #N): its notes are taken as /outcome
   * and /takeaway take them, as given in the /accept comment.
   */
  z.object({
    type: z.literal("accept"),
    at,
    topic: z.number().int(),
    by: z.string(),
    outcome: z.string().nullable(),
    takeaways: z.array(z.string()),
    actionItems: z.array(
      z.object({ who: z.string().optional(), what: z.string(), when: z.string().optional() }),
    ),
    /** `--issues`: each accepted action item opens an issue. */
    issues: z.boolean(),
  }),
  z.object({
    type: z.literal("schedule"),
    at,
    grid: z.array(z.array(z.number().int().nullable())),
    attendance: z.number().int(),
    upperBound: z.number().int(),
    /** The rooms by name, with seats where the form says them (absent in older records). */
    rooms: z.array(z.object({ name: z.string(), seats: z.number().int().nullable() })).optional(),
    expected: z
      .array(
        z.object({
          topic: z.number().int(),
          min: z.number().int(),
          max: z.number().int().nullable(),
        }),
      )
      .optional(),
    unplaced: z.array(z.object({ topic: z.number().int(), reason: z.string() })).optional(),
  }),
]);

export type MeetingEvent = z.infer<typeof eventSchema>;

const recordSchema = z.object({ command: z.number().int(), events: z.array(eventSchema) });

/** What the bot decided for one command (the comment with that id). */
export type MeetingRecord = z.infer<typeof recordSchema>;

/**
 * The record is the last line of the bot's reply: anchored there, so a marker that came in with a
 * title or a person's words earlier in the reply is never read in its place.
 */
const recordPattern = /\n<!-- roundtable:record ([^\n]*) -->\s*$/;

/** Roundtable's comments start with their marker (upsert-comment writes it as the first line). */
const leadingMarker = /^<!-- roundtable:([^ \n]+) -->\n/;

/** The record, hidden in the bot's reply: JSON with `<` and `>` escaped, so it never ends the comment. */
export function encodeRecord(record: MeetingRecord): string {
  const json = JSON.stringify(record).replace(/</g, "\\u003c").replace(/>/g, "\\u003e");
  return `<!-- roundtable:record ${json} -->`;
}

export function decodeRecord(body: string): MeetingRecord | null {
  const match = recordPattern.exec(body);
  if (!match) return null;
  try {
    const parsed = recordSchema.safeParse(JSON.parse(match[1] as string));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** An outcome or a takeaway: the text someone gave with /outcome or /takeaway, and where. */
export interface Note {
  /** The id of the comment it was given in. */
  comment: number;
  text: string;
  by: string;
  at: string;
  url: string;
}

/** One topic on the table, in the order they were discussed. */
export interface Discussion {
  topic: number;
  sponsor: string | null;
  began: string;
  /** When the timebox (with its extensions) ends. */
  until: string;
  /** When the group moved on; null while it is on the table. */
  ended: string | null;
  extensions: Array<{ at: string; minutes: number; up: number; down: number }>;
  /** The roman vote that ended it, when one did. */
  closingVote: { up: number; down: number } | null;
  /** The marker of the roman-vote comment for the running timebox. */
  vote: string;
  outcome: Note | null;
  takeaways: Note[];
}

export interface Checkin {
  set: string;
  answer: "vote" | "comment";
  at: string;
  statements: Array<{ text: string; marker: string; url: string | null; up: number; down: number }>;
  /** For a set answered in comments: how many comments people wrote after it was posted. */
  replies: number;
}

export interface Meeting {
  issue: IssueRecord;
  /** The page's name where another meeting of the same day and theme has the plain one. */
  page?: string;
  form: MeetingForm;
  /** The meeting's author: it is theirs to host, whether or not they facilitate for the group. */
  host: string;
  /**
   * Whether the meeting acts for the group (its host facilitated when the app first read it), as
   * its state says or, before the state says it, as this run found: see meeting-trust.ts.
   */
  trust: MeetingTrust | null;
  /** Only a trusted meeting sets topics' statuses, closes voting rounds and says who votes. */
  trusted: boolean;
  /**
   * The meeting's host and the facilitators the config names by login: who runs it and votes in
   * its roman votes. Teams and repository roles are checked on GitHub when a command is given.
   */
  facilitators: string[];
  roster: Roster;
  startedAt: string | null;
  endedAt: string | null;
  discussions: Discussion[];
  /** The topic on the table now, if any (the last discussion, not yet ended). */
  current: Discussion | null;
  /** Takeaways given when no topic had been discussed yet: about the meeting as a whole. */
  takeaways: Note[];
  checkins: Checkin[];
  schedule: Extract<MeetingEvent, { type: "schedule" }> | null;
  /** The ids of the voting rounds closed with /close-votes on this meeting. */
  votesClosed: string[];
  /**
   * What was decided for each comment whose commands the bot has acted on, by the comment's id:
   * a redelivered command decides nothing again.
   */
  records: Map<number, MeetingEvent[]>;
  /** /outcome and /takeaway comments that were not taken, with the reason. */
  refusedNotes: Map<number, string>;
  /** The bot's comments by their marker: roman votes and check-in statements hold reactions. */
  bot: Map<string, CommentRecord>;
  /** Seats taken on the RSVP page and the invitations sent, from the meeting-state comment. */
  seats: SeatLedger;
  /**
   * State comments besides the one kept, which a fault once left (merged into it: see
   * merge-state-comments.ts); the next plan deletes them.
   */
  extraStates: number[];
}

/** The meeting issues of a snapshot, by number. */
export function meetingsOf(snapshot: Snapshot, config: Config): Meeting[] {
  const meetings = snapshot.issues
    .filter((i) => i.labels.some((l) => sameName(l, config.labels.meeting)))
    .map((i) => meetingOf(i, config))
    .sort((a, b) => a.issue.number - b.issue.number);
  // Two meetings of one day and theme: the later issue's page takes its number, so neither
  // overwrites the other, and the first keeps the name it had.
  const taken = new Set<string>();
  for (const meeting of meetings) {
    const name = meetingSlug(meeting);
    if (taken.has(name)) meeting.page = `${name}-${meeting.issue.number}`;
    taken.add(name);
  }
  return meetings;
}

/**
 * The meeting whose participants vote in the current round (`votes.eligible: participants`): the
 * next trusted meeting. A meeting someone opened for themselves never says who votes, however
 * early its date.
 */
export function electorateMeeting(meetings: Meeting[]): Meeting | undefined {
  return nextMeeting(meetings.filter((m) => m.trusted));
}

/** The open meeting with the earliest date (one without a date comes last), or none. */
export function nextMeeting(meetings: Meeting[]): Meeting | undefined {
  return meetings
    .filter((m) => m.issue.state === "open")
    .sort(
      (a, b) =>
        (a.form.date ?? "9999").localeCompare(b.form.date ?? "9999") ||
        a.issue.number - b.issue.number,
    )[0];
}

type Step =
  | { kind: "record"; at: string; id: number; record: MeetingRecord }
  | { kind: "note"; at: string; id: number; comment: CommentRecord; name: string; args: string };

/**
 * The meeting as its comments tell it. `decided` are records of this run's decisions, not yet
 * written: each stands in for the bot's reply to its command (replacing one already there), so
 * a command is decided on the meeting as the next read will show it. `found` is whether the host
 * facilitates as this run checked it, taken only while the meeting's state does not say it yet.
 */
export function meetingOf(
  issue: IssueRecord,
  config: Config,
  decided: MeetingRecord[] = [],
  found: MeetingTrust | null = null,
): Meeting {
  const comments = [...(issue.comments ?? [])].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id,
  );
  const meeting = blankMeeting(issue, config);
  const read = readComments(meeting, comments, decided);
  const steps = [...read.steps, ...decidedSteps(issue, decided)].sort(
    (a, b) => a.at.localeCompare(b.at) || a.id - b.id,
  );
  restoreState(meeting, read.states, found);
  meeting.roster = rosterUntilEnd(meeting, comments, steps);
  replay(meeting, steps, comments, read.joined);
  countCheckinReplies(meeting, comments);
  return meeting;
}

/** The meeting its issue's author opened, before any comment is read. */
function blankMeeting(issue: IssueRecord, config: Config): Meeting {
  const host = issue.author.login;
  return {
    issue,
    form: parseMeetingForm(issue.body),
    host,
    trust: null,
    trusted: false,
    facilitators: [host, ...config.facilitators.filter((f) => !f.startsWith("@"))],
    roster: { seated: [], waitlist: [] },
    startedAt: null,
    endedAt: null,
    discussions: [],
    current: null,
    takeaways: [],
    checkins: [],
    schedule: null,
    votesClosed: [],
    records: new Map(),
    refusedNotes: new Map(),
    bot: new Map(),
    seats: emptyLedger(),
    extraStates: [],
  };
}

/**
 * What the comments, oldest first, hold: the bot's records (those this run's `decided` do not
 * replace) and people's notes as steps, the bot's state comments, and who joined. The bot's
 * marked comments are kept in `meeting.bot` on the way.
 */
function readComments(
  meeting: Meeting,
  comments: CommentRecord[],
  decided: MeetingRecord[],
): { steps: Step[]; states: CommentRecord[]; joined: Set<string> } {
  const read = { steps: [] as Step[], states: [] as CommentRecord[], joined: new Set<string>() };
  // A command's record counts once, however many replies a fault left.
  const recorded = new Set<number>();
  for (const comment of comments) {
    if (comment.author.self) readOwnComment(meeting, comment, decided, recorded, read);
    else if (!comment.author.bot) readPersonsComment(comment, read);
  }
  return read;
}

/** One of Roundtable's own comments: a marked comment, a state comment, a command's record. */
function readOwnComment(
  meeting: Meeting,
  comment: CommentRecord,
  decided: MeetingRecord[],
  recorded: Set<number>,
  read: { steps: Step[]; states: CommentRecord[] },
): void {
  const name = leadingMarker.exec(comment.body)?.[1];
  if (name === "meeting-state") read.states.push(comment);
  // The first of a marker's comments: the one an edit finds (GitHub lists oldest first).
  else if (name && !meeting.bot.has(name)) meeting.bot.set(name, comment);
  const record = decodeRecord(comment.body);
  if (!record || recorded.has(record.command)) return;
  recorded.add(record.command);
  if (decided.some((d) => d.command === record.command)) return;
  const first = record.events[0];
  read.steps.push({
    kind: "record",
    at: first?.at ?? comment.createdAt,
    id: record.command,
    record,
  });
}

/** A person's comment: who joined, and the notes (/outcome, /takeaway) it gives. */
function readPersonsComment(
  comment: CommentRecord,
  read: { steps: Step[]; joined: Set<string> },
): void {
  for (const command of parseCommands(comment.body)) {
    if (command.name === "join") read.joined.add(comment.author.login.toLowerCase());
    if (command.name === "outcome" || command.name === "takeaway") {
      read.steps.push({
        kind: "note",
        at: comment.createdAt,
        id: comment.id,
        comment,
        name: command.name,
        args: command.args,
      });
    }
  }
}

/** This run's decisions, not yet written, as steps in their place. */
function decidedSteps(issue: IssueRecord, decided: MeetingRecord[]): Step[] {
  return decided.map((record) => ({
    kind: "record",
    at: record.events[0]?.at ?? issue.createdAt,
    id: record.command,
    record,
  }));
}

/** The meeting's state comment (merged, when a fault left more than one): seats and trust. */
function restoreState(meeting: Meeting, states: CommentRecord[], found: MeetingTrust | null): void {
  const merged = mergeStateComments(states);
  if (merged) {
    meeting.bot.set("meeting-state", merged.kept);
    meeting.extraStates = merged.extra.map((c) => c.id);
  }
  const state = merged?.kept;
  meeting.seats = state ? seatLedgerIn(state.body) : emptyLedger();
  meeting.trust = (state ? trustIn(state.body) : null) ?? found;
  meeting.trusted = meeting.trust?.trusted === true && sameName(meeting.trust.host, meeting.host);
}

/** Seats are taken and given up until the meeting ends; the roster is then what it was. */
function rosterUntilEnd(meeting: Meeting, comments: CommentRecord[], steps: Step[]): Roster {
  const end = steps
    .flatMap((s) => (s.kind === "record" ? s.record.events : []))
    .find((e) => e.type === "end")?.at;
  const until = (when: string) => !end || Date.parse(when) <= Date.parse(end);
  return rosterOf(
    comments.filter((c) => until(c.createdAt)),
    meeting.form.capacity,
    meeting.seats.rsvps.filter((r) => until(r.at)),
  );
}

/** The records' events and the notes, in order, on the meeting. */
function replay(
  meeting: Meeting,
  steps: Step[],
  comments: CommentRecord[],
  joined: Set<string>,
): void {
  for (const step of steps) {
    if (step.kind === "record") {
      meeting.records.set(step.id, step.record.events);
      for (const event of step.record.events)
        if (event.type === "accept") acceptNotes(meeting, step.id, event, comments, joined);
        else applyEvent(meeting, event);
      continue;
    }
    const refusal = takeNote(meeting, step, joined);
    if (refusal) meeting.refusedNotes.set(step.id, refusal);
  }
}

/** For each check-in answered in comments: how many comments without commands came after it. */
function countCheckinReplies(meeting: Meeting, comments: CommentRecord[]): void {
  for (const checkin of meeting.checkins) {
    if (checkin.answer !== "comment") continue;
    checkin.replies = comments.filter(
      (c) => !c.author.bot && c.createdAt > checkin.at && parseCommands(c.body).length === 0,
    ).length;
  }
}

/** Participants and facilitators vote in the meeting's roman votes and check-ins. */
export function mayVote(meeting: Meeting, login: string): boolean {
  return (
    meeting.roster.seated.some((p) => sameName(p, login)) ||
    meeting.facilitators.some((f) => sameName(f, login))
  );
}

/** 👍 and 👎 on one of the bot's comments, from the people who vote in the meeting. */
export function thumbs(
  meeting: Meeting,
  marker: string,
): { url: string | null; up: number; down: number } {
  const comment = meeting.bot.get(marker);
  const voter = (login: string) => mayVote(meeting, login);
  return {
    url: comment?.url ?? null,
    up: (comment?.up ?? []).filter(voter).length,
    down: (comment?.down ?? []).filter(voter).length,
  };
}

export function isFacilitator(meeting: Meeting, login: string): boolean {
  return meeting.facilitators.some((f) => sameName(f, login));
}

/** One recorded event (an accepted draft aside) on the meeting, by its type's handler. */
function applyEvent(meeting: Meeting, event: Exclude<MeetingEvent, { type: "accept" }>): void {
  (eventHandlers[event.type] as (meeting: Meeting, event: MeetingEvent) => void)(meeting, event);
}

type EventOf<T extends MeetingEvent["type"]> = Extract<MeetingEvent, { type: T }>;

/**
 * What each recorded event does to the meeting, by its type. An accepted draft is taken by
 * acceptNotes instead: its notes need the comments and who joined.
 */
const eventHandlers: {
  [T in Exclude<MeetingEvent["type"], "accept">]: (meeting: Meeting, event: EventOf<T>) => void;
} = {
  start: (meeting, event) => {
    meeting.startedAt ??= event.at;
  },
  topic: openDiscussion,
  extend: extendDiscussion,
  "close-topic": closeDiscussion,
  checkin: (meeting, event) => {
    meeting.checkins.push({
      set: event.set,
      answer: event.answer,
      at: event.at,
      statements: event.statements.map((s) => ({
        text: s.text,
        marker: s.marker,
        ...thumbs(meeting, s.marker),
      })),
      replies: 0,
    });
  },
  end: (meeting, event) => {
    const current = meeting.current;
    if (current) {
      current.ended = event.at;
      meeting.current = null;
    }
    meeting.endedAt ??= event.at;
  },
  schedule: (meeting, event) => {
    meeting.schedule = event;
  },
  "close-votes": (meeting, event) => {
    if (!meeting.votesClosed.includes(event.round)) meeting.votesClosed.push(event.round);
  },
};

/** A topic is put on the table (and the meeting starts, if nothing started it). */
function openDiscussion(meeting: Meeting, event: EventOf<"topic">): void {
  meeting.startedAt ??= event.at;
  const discussion: Discussion = {
    topic: event.topic,
    sponsor: event.sponsor,
    began: event.at,
    until: event.until,
    ended: null,
    extensions: [],
    closingVote: null,
    vote: event.vote,
    outcome: null,
    takeaways: [],
  };
  meeting.discussions.push(discussion);
  meeting.current = discussion;
}

/** The topic on the table gets more time (an extension of another topic changes nothing). */
function extendDiscussion(meeting: Meeting, event: EventOf<"extend">): void {
  const current = meeting.current;
  if (current?.topic !== event.topic) return;
  current.extensions.push({ at: event.at, minutes: event.minutes, up: event.up, down: event.down });
  current.until = event.until;
  current.vote = event.vote;
}

/** The topic on the table is closed, with the roman vote that closed it if one did. */
function closeDiscussion(meeting: Meeting, event: EventOf<"close-topic">): void {
  const current = meeting.current;
  if (current?.topic !== event.topic) return;
  current.ended = event.at;
  current.closingVote =
    event.up === null || event.down === null ? null : { up: event.up, down: event.down };
  meeting.current = null;
}

/**
 * An /outcome or /takeaway: about the topic it names (`#12`, one discussed in this meeting), or
 * else the topic on the table, or else the last one discussed. An outcome is given by a
 * facilitator or the topic's sponsor; a takeaway by anyone who joined, a facilitator or a sponsor.
 * Returns why a note was not taken, or undefined.
 */
function takeNote(
  meeting: Meeting,
  step: Extract<Step, { kind: "note" }>,
  joined: Set<string>,
  /** Who may give it was checked when it was given (an /accept, a facilitator's command). */
  checked = false,
): string | undefined {
  const login = step.comment.author.login;
  const named = /^#(\d+)\s*/.exec(step.args);
  const text = (named ? step.args.slice(named[0].length) : step.args).trim();
  const discussion = named
    ? meeting.discussions.find((d) => d.topic === Number(named[1]))
    : (meeting.current ?? meeting.discussions.at(-1));
  if (named && !discussion)
    return `#${named[1]} has not been discussed in this meeting, so it takes no ${step.name} here.`;
  if (text === "")
    return `Write the ${step.name} after the command: \`/${step.name} We will pilot it in one team\`.`;
  const note: Note = {
    comment: step.id,
    text: cutText(text, 2000),
    by: login,
    at: step.at,
    url: step.comment.url,
  };
  const sponsor = discussion?.sponsor ? sameName(discussion.sponsor, login) : false;
  if (step.name === "outcome") {
    if (!discussion) return "No topic has been discussed yet: `/next` takes the first one.";
    if (!checked && !isFacilitator(meeting, login) && !sponsor)
      return `The facilitator or the topic's sponsor records its outcome.`;
    discussion.outcome = note;
    return undefined;
  }
  const sponsors = meeting.discussions.some((d) => d.sponsor && sameName(d.sponsor, login));
  if (!checked && !joined.has(login.toLowerCase()) && !isFacilitator(meeting, login) && !sponsors)
    return "Takeaways come from the meeting's participants: `/join` first.";
  (discussion ? discussion.takeaways : meeting.takeaways).push(note);
  return undefined;
}

/**
 * An accepted draft (/accept #N) taken as its /outcome #N and /takeaway #N would be: the same
 * notes, by takeNote, given in the /accept comment by the facilitator who wrote it.
 */
function acceptNotes(
  meeting: Meeting,
  id: number,
  event: Extract<MeetingEvent, { type: "accept" }>,
  comments: CommentRecord[],
  joined: Set<string>,
): void {
  const comment = comments.find((c) => c.id === id) ?? {
    id,
    url: `${meeting.issue.url}#issuecomment-${id}`,
    author: { login: event.by, bot: false },
    createdAt: event.at,
    body: "",
    votes: 0,
  };
  const notes: Array<[string, string]> = [
    ...(event.outcome === null ? [] : [["outcome", event.outcome] as [string, string]]),
    ...event.takeaways.map((t): [string, string] => ["takeaway", t]),
  ];
  for (const [name, text] of notes) {
    const step = {
      kind: "note" as const,
      at: event.at,
      id,
      comment,
      name,
      args: `#${event.topic} ${text}`,
    };
    const refusal = takeNote(meeting, step, joined, true);
    if (refusal) meeting.refusedNotes.set(id, refusal);
  }
}

/** The page of a meeting: docs/meetings/<date>-<slug>.md (and .ics beside it). */
export function meetingSlug(meeting: Meeting): string {
  if (meeting.page) return meeting.page;
  const date = meeting.form.date ?? meeting.issue.createdAt.slice(0, 10);
  const words = (meeting.form.theme || meeting.issue.title)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `${date}-${words || `meeting-${meeting.issue.number}`}`;
}

/** Minutes between two moments, rounded. */
export function minutesBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 60_000);
}

export function addMinutes(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString().replace(/\.000Z$/, "Z");
}
