import type { Config } from "../../config/index.js";
import { roundIdOf } from "../ballots/ballot.js";
import type { Board } from "../board/board.js";
import type { TopicStatus } from "../board/status.js";
import type { Command } from "../commands.js";
import { sameName } from "../kernel/same-name.js";
import type { LpSolver } from "../schedule/index.js";
import { decideAccept } from "./accept-draft.js";
import { addMinutes, type Discussion, type Meeting, type MeetingEvent, thumbs } from "./meeting.js";
import type { MeetingDecision } from "./meeting-decision.js";
import { scheduleMeeting } from "./unconference.js";

/** The commands that run a meeting: the facilitator's alone. */
export const facilitatorCommands: ReadonlySet<string> = new Set([
  "start",
  "next",
  "extend",
  "end",
  "checkin",
  "schedule",
  "close-votes",
  "accept",
]);

/** Every command a meeting issue answers. */
export const meetingCommands: ReadonlySet<string> = new Set([
  "join",
  "leave",
  "outcome",
  "takeaway",
  ...facilitatorCommands,
]);

export interface MeetingCommandContext {
  /** The id of the comment that gave the command: it names the bot's reply and roman vote. */
  commentId: number;
  /** When the command was given (the comment's time): the moment the meeting acts on. */
  at: string;
  login: string;
  /**
   * Whether the person facilitates for the group (named in `facilitators`, a member of a team named
   * there, or holding one of `facilitatorRoles` on the repository), checked on GitHub just now.
   */
  facilitates: boolean;
  /** The board, recounted a moment ago. */
  board: Board;
  config: Config;
}

/** The bot's reply to a command: what happened, and its record. */
export const replyMarker = (commentId: number) => `meeting:${commentId}`;

/**
 * The comment that holds the meeting's state (seats, waitlist, agenda, log): Roundtable's own,
 * so the author's body is never rewritten.
 */
export const meetingStateMarker = "meeting-state";

/** The roman vote's comment for the timebox a command opened. */
export const romanVoteMarker = (commentId: number) => `roman-vote:${commentId}`;

/**
 * What a facilitator's command does to the meeting as it stands. The decision depends on the
 * moment of the command (a timebox has passed or not), on the roman vote's 👍 and 👎 among the
 * participants, and on the queue as recounted now; it is written down in the bot's reply, so the
 * meeting never has to be decided twice.
 */
export function decideMeetingCommand(
  meeting: Meeting,
  command: Command,
  ctx: MeetingCommandContext,
): MeetingDecision {
  const refusal = authorityRefusal(meeting, command, ctx);
  if (refusal) return refused(refusal);
  // The minutes are accepted once the recording is in: after the meeting, as often as not.
  if (command.name === "accept") return decideAccept(meeting, command, ctx.at, ctx.login);
  if (meeting.endedAt)
    return refused("This meeting has ended. Open a new meeting issue for the next one.");
  const decide = commandHandlers.get(command.name);
  if (!decide)
    return refused(
      `I do not know \`/${command.name}\` on a meeting. Type \`/help\` for the commands.`,
    );
  const start: MeetingEvent[] = meeting.startedAt ? [] : [{ type: "start", at: ctx.at }];
  return decide({ meeting, command, ctx, start, current: meeting.current });
}

/** Status changes of topics on the board. */
type StatusChanges = Array<{ topic: number; to: TopicStatus }>;

/** One command on a meeting that has not ended, by someone who may give it. */
interface Turn {
  meeting: Meeting;
  command: Command;
  ctx: MeetingCommandContext;
  /** The meeting's start, when nothing started it yet: any command starts it. */
  start: MeetingEvent[];
  /** The topic on the table, if any. */
  current: Discussion | null;
}

const refused = (reason: string): MeetingDecision => ({ kind: "refused", reason });
const done = (
  events: MeetingEvent[],
  status: StatusChanges = [],
  close = false,
): MeetingDecision => ({
  kind: "done",
  events,
  status,
  close,
});

/** What each command does to a meeting under way, by its name. */
const commandHandlers = new Map<string, (turn: Turn) => MeetingDecision>([
  ["start", ({ start }) => done(start)],
  ["next", nextTopic],
  ["extend", extendTopic],
  ["checkin", checkIn],
  ["end", endMeeting],
  ["close-votes", closeVotes],
  ["schedule", scheduleSessions],
]);

/** `/next`: the topic on the table closes (or its timebox grows, by the vote), the queue's top comes. */
function nextTopic({ meeting, ctx, start, current }: Turn): MeetingDecision {
  const { at } = ctx;
  const events: MeetingEvent[] = [...start];
  const status: StatusChanges = [];
  if (current) {
    const vote = thumbs(meeting, current.vote);
    const verdict = tableVerdict("next", current.until, at, vote);
    if (verdict === "extend") return done([...events, extend(current, ctx, vote)]);
    const counted = verdict === "close-by-vote";
    events.push({
      type: "close-topic",
      at,
      topic: current.topic,
      up: counted ? vote.up : null,
      down: counted ? vote.down : null,
    });
    status.push({ topic: current.topic, to: "discussed" });
  }
  const next = nextInQueue(meeting, ctx.board);
  if (!next) return done(events, status);
  const { sponsorMinutes, discussionMinutes } = ctx.config.meetings;
  events.push({
    type: "topic",
    at,
    topic: next.topic.number,
    sponsor: next.topic.sponsor,
    until: addMinutes(at, sponsorMinutes + discussionMinutes),
    vote: romanVoteMarker(ctx.commentId),
  });
  status.push({ topic: next.topic.number, to: "discussing" });
  return done(events, status);
}

/** `/extend`: the topic on the table gets more time if the roman vote says so, else it closes. */
function extendTopic({ meeting, ctx, start, current }: Turn): MeetingDecision {
  if (!current) return refused("No topic is on the table: `/next` takes the top of the queue.");
  const { at } = ctx;
  const vote = thumbs(meeting, current.vote);
  if (tableVerdict("extend", current.until, at, vote) === "extend")
    return done([...start, extend(current, ctx, vote)]);
  return done(
    [...start, { type: "close-topic", at, topic: current.topic, up: vote.up, down: vote.down }],
    [{ topic: current.topic, to: "discussed" }],
  );
}

/** `/checkin [name]`: the named check-in set (the first by default) is asked. */
function checkIn({ command, ctx }: Turn): MeetingDecision {
  const name = command.args.trim().toLowerCase();
  const sets = ctx.config.meetings.checkins;
  const set = name ? sets.find((s) => s.name === name) : sets[0];
  if (!set) {
    return refused(
      `There is no check-in called "${name.slice(0, 40)}". The check-ins are: ${sets.map((s) => s.name).join(", ")}.`,
    );
  }
  return done([
    {
      type: "checkin",
      at: ctx.at,
      set: set.name,
      answer: set.answer,
      statements: set.statements.map((text, i) => ({
        text,
        // A vote is a comment per statement, for its own 👍 and 👎; questions answered in
        // comments are asked in the reply itself.
        marker:
          set.answer === "vote" ? `checkin:${ctx.commentId}:${i}` : replyMarker(ctx.commentId),
      })),
    },
  ]);
}

/** `/end`: the meeting is over, the topic on the table discussed, the issue closed. */
function endMeeting({ ctx, start, current }: Turn): MeetingDecision {
  return done(
    [...start, { type: "end", at: ctx.at }],
    current ? [{ topic: current.topic, to: "discussed" }] : [],
    true,
  );
}

/** `/close-votes`: the voting round closes, once. */
function closeVotes({ ctx }: Turn): MeetingDecision {
  const round = roundIdOf(ctx.config.votes);
  if (ctx.board.closed) return refused("The voting round is closed already: its counts are shown.");
  return done([{ type: "close-votes", at: ctx.at, round }]);
}

/** `/schedule`: an unconference's sessions, placed from the queue. */
function scheduleSessions({ meeting, ctx }: Turn): MeetingDecision {
  if (meeting.form.format !== "unconference") {
    return refused(
      "`/schedule` plans an unconference: set this meeting's Format to Unconference first.",
    );
  }
  const planned = planSchedule(meeting, ctx.board, ctx.at);
  if (!planned) return refused("There are no topics to discuss yet: nothing to schedule.");
  return done([planned]);
}

/** The commands that act on the whole board: only the group's facilitators, in a trusted meeting. */
const groupCommands: ReadonlySet<string> = new Set(["close-votes", "schedule"]);

/**
 * Why this person may not give this command here, or undefined. The group's facilitators (checked
 * on GitHub when the command is given) run any meeting; a host who is not one runs their own
 * meeting only, and no meeting of theirs closes the round or plans the group's sessions.
 */
function authorityRefusal(
  meeting: Meeting,
  command: Command,
  ctx: MeetingCommandContext,
): string | undefined {
  const hosts = !meeting.trusted && sameName(meeting.host, ctx.login);
  if (groupCommands.has(command.name)) {
    if (!ctx.facilitates)
      return `Only the group's facilitators can \`/${command.name}\`: ${whoFacilitates(ctx.config)}.`;
    if (!meeting.trusted)
      return `This meeting is ${meeting.host}'s own, not one the group's facilitators opened: \`/${command.name}\` acts on the whole board, so give it in a meeting a facilitator opened.`;
    return undefined;
  }
  if (ctx.facilitates || hosts) return undefined;
  const host = meeting.trusted ? "" : `its host, ${meeting.host}, and `;
  return `Only a facilitator runs this meeting: ${host}${whoFacilitates(ctx.config)} can \`/${command.name}\`.`;
}

/** The group's facilitators as the config names them, for a refusal (mentions are defused). */
function whoFacilitates(config: Config): string {
  const named =
    config.facilitators.length > 0 ? [config.facilitators.map((f) => `\`${f}\``).join(", ")] : [];
  const roles =
    config.facilitatorRoles.length > 0
      ? [`people with the ${config.facilitatorRoles.join(", ")} role on the repository`]
      : [];
  const who = [...named, ...roles];
  return who.length > 0
    ? `${who.join(" and ")} (\`facilitators\` and \`facilitatorRoles\` in .github/roundtable.yml)`
    : "nobody yet: name them in `facilitators` in .github/roundtable.yml";
}

/**
 * The unconference's sessions from the queue as it stands: the To-discuss topics with their
 * counted dot votes, sponsors and session answers, placed in the meeting's slots × rooms (see
 * unconference.ts). Given HiGHS (src/schedule-solver/), a schedule the local search cannot
 * prove optimal is solved exactly. Null with no topics.
 */
export function planSchedule(
  meeting: Meeting,
  board: Board,
  at: string,
  solver: LpSolver | null = null,
): Extract<MeetingEvent, { type: "schedule" }> | null {
  const plan = scheduleMeeting(meeting.form, board.queue.toDiscuss, solver);
  return plan && { type: "schedule", at, ...plan };
}

/**
 * What `/next` or `/extend` does to the topic on the table at `at`, the one rule the meeting and
 * the room's buttons share. The roman vote decides once the timebox is over: more 👍 than 👎
 * extends it, anything else closes it. Before that, `/next` closes it without a vote, and
 * `/extend` follows the vote as it stands.
 */
export function tableVerdict(
  command: "next" | "extend",
  until: string,
  at: string,
  vote: { up: number; down: number },
): "extend" | "close-by-vote" | "close" {
  if (command === "next" && Date.parse(at) < Date.parse(until)) return "close";
  return vote.up > vote.down ? "extend" : "close-by-vote";
}

/** How many minutes the next extension of a timebox already extended `done` times adds. */
export function extensionStep(steps: readonly number[], done: number): number {
  return steps[Math.min(done, steps.length - 1)] as number;
}

/** The topic `/next` takes: the top of the queue that this meeting has not discussed yet. */
export function nextInQueue(
  meeting: Meeting,
  board: Board,
): Board["queue"]["toDiscuss"][number] | undefined {
  const taken = new Set(meeting.discussions.map((d) => d.topic));
  return board.queue.toDiscuss.find((e) => !taken.has(e.topic.number));
}

/** The roman vote said 👍: the timebox grows by the next step, counted from now or its end. */
function extend(
  current: Discussion,
  ctx: MeetingCommandContext,
  vote: { up: number; down: number },
): MeetingEvent {
  const minutes = extensionStep(ctx.config.meetings.extensionMinutes, current.extensions.length);
  const from = Date.parse(ctx.at) > Date.parse(current.until) ? ctx.at : current.until;
  return {
    type: "extend",
    at: ctx.at,
    topic: current.topic,
    minutes,
    until: addMinutes(from, minutes),
    up: vote.up,
    down: vote.down,
    vote: romanVoteMarker(ctx.commentId),
  };
}
