import {
  type Board,
  boardOf,
  type Effect,
  type IssueRecord,
  type MeetingComment,
  type MeetingEvent,
  type MeetingOutcome,
  marker,
  meetingStateMarker,
  type ProjectView,
  type SeatLedger,
  type Snapshot,
  siteOf,
  snapshotAfter,
  staleCommands,
  type Timebox,
} from "../core/index.js";
import { planMeeting } from "../core/plan-meeting.js";
import { planRecount } from "../core/plan-recount.js";
import { userError } from "../errors/roundtable-error.js";
import type { GitHub } from "../github/index.js";
import { queueCommentText } from "../render/board/queue-comment-text.js";
import { renderReply } from "../render/index.js";
import { meetingTexts } from "../render/meetings/meeting-texts.js";
import { type Answer, type AnswerTo, answerEffects } from "./command-answer.js";
import { meetingFollowUps } from "./follow-up.js";
import { invitationTimesOf } from "./invitation-timers.js";
import { loadBoard } from "./load-board.js";
import { decideMeeting } from "./meeting-decision.js";
import {
  readSeatInvitations,
  refusedInvitation,
  seatsAnswered,
  withInvitations,
} from "./meeting-invitations.js";
import type { RunContext } from "./run-context.js";
import { type InvitationRead, planInvitationRound } from "./sync-invitations.js";
import type { PlanContext, UseCase } from "./use-case.js";

export interface MeetingEventInput {
  /** The meeting issue's number. */
  issue: number;
  /** The comment with the commands; none when the meeting issue itself was opened or edited. */
  comment?: MeetingComment;
  /** The meeting issue was just opened: the group's channels hear of it. */
  announce?: boolean;
  /**
   * Whom the event's answer (the reply, the 👍 or 😕) is for: written last in its one plan; when
   * the event publishes, given after the pages instead (`commandAnswered`).
   */
  answerTo?: AnswerTo;
}

/** The run and the event, as the steps below read them. */
type MeetingEventOptions = PlanContext & MeetingEventInput;

export interface MeetingEventResult extends Answer {
  /** /end and /schedule: the meeting's pages are to be published, then the answer given. */
  publish: boolean;
  /** In a dry run that publishes: the board as the plan would leave it, for its pages. */
  board?: Snapshot;
}

/** What a meeting event reads: the board and the meeting, decided; the seats' invitations. */
interface MeetingLoaded {
  read: MeetingRead;
  board: Board;
  outcome: MeetingOutcome;
  invitations: InvitationRead | null;
}

/**
 * A comment with meeting commands on a meeting issue, or the issue opened or edited (then only
 * its region is brought up to date). Run by `runUseCase`.
 *
 * 1. Load the board and the meeting's comments (reads only); check on GitHub whether the meeting's
 *    host (until its state says it) and the person giving a facilitator's command facilitate, and
 *    decide each command on the meeting as its comments tell it and the queue as it stands; a
 *    seat taken or given up reads GitHub's invitations (meetings.invite) for the seats decided.
 * 2. Plan: the decisions' effects (statuses, the reply with its record, the invitations, the roman
 *    vote, check-in statements, notes on topics, the region with the seat ledger, closing), then
 *    the recount of the board as those effects leave it, and last the answer (the reply, the 👍
 *    or 😕) unless the event publishes. The state comment takes what GitHub answered to the
 *    invitations (`amend`); a refused one stops the plan there, and the rest follow it
 *    (`recover`: meeting-invitations.ts).
 * 3. The runner applies the plan through the write gate, once (or prints it, in a dry run). What
 *    follows: the timeboxes' ends, the seats' invitation timers.
 */
export const onMeetingEvent: UseCase<MeetingEventInput, MeetingLoaded, MeetingEventResult> = {
  async load(run, input) {
    const read = await readMeeting({ ...run, ...input }, run.github);
    const board = boardOf(read.snapshot, run.config);
    const outcome = await decideMeeting(run.github, run, read.issue, input.comment, board);
    const invitations = await readSeatInvitations(run, input.comment, outcome);
    return { read, board, outcome, invitations };
  },
  plan({ read, board, outcome, invitations }, input, run) {
    const options: MeetingEventOptions = { ...run, ...input };
    const event = planEvent(options, read, board, outcome, invitations);
    const answer: Answer = {
      replies: [...outcome.replies, ...event.replies],
      refused: outcome.refused || event.replies.length > 0,
    };
    const answered =
      input.answerTo && !outcome.publish ? answerEffects(input.answerTo, answer) : [];
    const seats = seatsAnswered(event.round, event.restate, run);
    const timers = (ledger: SeatLedger | null) =>
      meetingFollowUps(read.issue.number, {
        timeboxes: timeboxesOf(outcome.events, read.issue.number),
        pagesPending: false,
        invitations:
          ledger && invitations
            ? invitationTimesOf({ ...outcome.meeting, seats: ledger }, run.now)
            : null,
      });
    return {
      effects: [...event.plan, ...answered],
      project: read.project,
      ...(seats.amend ? { amend: seats.amend } : {}),
      followUps: () => timers(seats.ledger()),
      ...(event.round
        ? { recover: refusedInvitation(event.round, event.restate, read.project, timers) }
        : {}),
      result: {
        ...answer,
        publish: outcome.publish,
        // A dry run writes nothing: its pages are those of the board as the plan would leave it.
        ...(outcome.publish && run.dryRun
          ? { board: snapshotAfter(read.snapshot, event.plan, run.now) }
          : {}),
      },
    };
  },
};

type MeetingRead = Awaited<ReturnType<typeof readMeeting>>;

/**
 * The event's one plan (pure): the meeting's decisions with the invitation round decided on the
 * seats they leave, the state comment holding the ledger as the round leaves it, the recount.
 * `restate` plans the state comment again with another ledger (GitHub answered otherwise).
 */
function planEvent(
  options: MeetingEventOptions,
  { snapshot, project, issue }: MeetingRead,
  board: Board,
  outcome: MeetingOutcome,
  invitations: InvitationRead | null,
) {
  const site = siteOf(snapshot);
  const round =
    invitations && planInvitationRound(invitations, outcome.meeting, { ...options, site });
  // The region lists each seat's invitation as the ledger given says it.
  const input = (seats?: SeatLedger) => ({
    issue,
    commentId: options.comment?.id,
    outcome: seats ? { ...outcome, meeting: { ...outcome.meeting, seats } } : outcome,
    board,
    project,
    config: options.config,
    site,
    repository: snapshot.repository,
    ...(options.announce ? { announce: true } : {}),
    ...(seats ? { seats } : {}),
    titles: new Map(snapshot.issues.map((i) => [i.number, { title: i.title, url: i.url }])),
  });
  const planned = planMeeting(input(round?.expected), meetingTexts);
  const effects = withInvitations(planned.effects, round, options.comment?.id);
  const restate = (seats: SeatLedger) =>
    planMeeting(input(seats), meetingTexts).effects.filter(
      (e) => e.kind === "upsert-comment" && e.marker === marker(meetingStateMarker),
    );
  return {
    plan: wholePlan(options, snapshot, project, issue, effects),
    replies: planned.replies,
    round,
    restate,
  };
}

/**
 * The meeting's effects, the recount of the board as they leave it (a topic new to the project
 * added before the meeting sets its Status), and commands a stopped run left at 👀 settled.
 */
function wholePlan(
  options: MeetingEventOptions,
  snapshot: Snapshot,
  project: ProjectView | null,
  issue: IssueRecord,
  effects: Effect[],
): Effect[] {
  const recount = planRecount(
    snapshotAfter(snapshot, effects, options.now),
    options.config,
    project,
    queueCommentText,
  ).plan;
  const added = recount.filter((e) => e.kind === "add-to-project");
  return [
    ...added,
    ...effects,
    ...recount.filter((e) => e.kind !== "add-to-project"),
    ...settleStale(issue, options.comment?.id),
  ];
}

/**
 * Commands left at 👀 by a run that stopped part-way are settled by the next event on their
 * meeting: 👍 when their reply (which holds the record of the decision) was written, so the
 * decision stands and the events since have completed its effects; else 😕 and one line saying
 * what to do.
 */
function settleStale(issue: IssueRecord, current: number | undefined): Effect[] {
  return staleCommands(issue, current).flatMap(({ id, recorded }): Effect[] =>
    recorded
      ? [{ kind: "react", commentId: id, content: "+1" }]
      : [
          {
            kind: "upsert-comment",
            issue: issue.number,
            marker: marker(`reply:${id}`),
            body: renderReply([
              "Roundtable was stopped before it finished this command, and did not record it: comment it again.",
            ]),
          },
          { kind: "react", commentId: id, content: "confused" },
        ],
  );
}

/** The timeboxes a meeting event's decisions set (a topic opened, a timebox extended). */
function timeboxesOf(events: MeetingEvent[], issue: number): Timebox[] {
  return events.flatMap((e) =>
    e.type === "topic" || e.type === "extend" ? [{ issue, topic: e.topic, until: e.until }] : [],
  );
}

/**
 * The board and the meeting issue, with the comment being answered in it: the board counts it
 * (a /join seats a voter) even where the read missed it, as a preview of a comment not yet posted.
 */
async function readMeeting(options: RunContext & MeetingEventInput, github: GitHub) {
  const read = await loadBoard(github, options);
  const { meeting: label } = options.config.labels;
  const issue = meetingIssue(read.snapshot.issues, options.issue, options.comment, label);
  const issues = read.snapshot.issues.map((i) => (i.number === issue.number ? issue : i));
  return { snapshot: { ...read.snapshot, issues }, project: read.project, issue };
}

/** The meeting issue as read, with the comment being answered when the read missed it. */
function meetingIssue(
  issues: IssueRecord[],
  number: number,
  comment: MeetingComment | undefined,
  label: string,
): IssueRecord {
  const found = issues.find((i) => i.number === number);
  if (!found)
    throw userError(`is not a meeting Roundtable can read`, {
      where: { issue: number },
      expected: `an issue with the ${label} label`,
    });
  const comments = [...(found.comments ?? [])];
  if (comment && !comments.some((c) => c.id === comment.id))
    comments.push({
      id: comment.id,
      url: comment.url,
      author: { login: comment.login, bot: false },
      createdAt: comment.createdAt,
      body: comment.body,
      votes: 0,
    });
  return { ...found, comments };
}
