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
  type Plan,
  type ProjectView,
  type SeatLedger,
  type Snapshot,
  siteOf,
  snapshotAfter,
  staleCommands,
  type Timebox,
} from "../core/index.js";
import { userError } from "../errors/roundtable-error.js";
import { applyPlan, explainError, isPassingTrouble, passingTrouble } from "../github/index.js";
import { renderReply } from "../render/index.js";
import { type InvitationTimes, invitationTimesOf } from "./invitation-timers.js";
import { loadBoard } from "./load-board.js";
import { decideMeeting } from "./meeting-decision.js";
import {
  applyWithInvitations,
  readSeatInvitations,
  withInvitations,
} from "./meeting-invitations.js";
import { planMeeting } from "./plan-meeting.js";
import { planRecount } from "./plan-recount.js";
import { publish } from "./publish.js";
import { gateOf, type RunContext } from "./run-context.js";
import { type InvitationRead, planInvitationRound } from "./sync-invitations.js";
import { runUseCase } from "./use-case.js";

export interface MeetingEventInput {
  /** The meeting issue's number. */
  issue: number;
  /** The comment with the commands; none when the meeting issue itself was opened or edited. */
  comment?: MeetingComment;
  /** The meeting issue was just opened: the group's channels hear of it. */
  announce?: boolean;
  /**
   * The writes that answer the event (the reply, the 👍 or 😕), last in its one plan; after the
   * pages, when it publishes.
   */
  answer?: (answer: { replies: string[]; refused: boolean }) => Effect[];
}

/** The run and the event, as the steps below read them. */
type MeetingEventOptions = RunContext & MeetingEventInput;

export interface MeetingEventResult {
  /** Answers for the person who commented: refusals, their place on the waitlist. */
  replies: string[];
  refused: boolean;
  plan: Plan;
  applied: Effect[];
  /** The timeboxes this event set (a topic opened, a timebox extended): each needs a timer. */
  timeboxes: Timebox[];
  /** The meeting's pages could not be written: a publish is to be retried. */
  pagesPending: boolean;
  /** A seat moved with invitations on: the meeting's invitation timers, for the app to arm. */
  invitations: InvitationTimes | null;
}

/**
 * A comment with meeting commands on a meeting issue, or the issue opened or edited (then only
 * its region is brought up to date).
 *
 * 1. Load the board and the meeting's comments (reads only); check on GitHub whether the meeting's
 *    host (until its state says it) and the person giving a facilitator's command facilitate.
 * 2. Decide each command on the meeting as its comments tell it and the queue as it stands; a
 *    seat taken or given up reads GitHub's invitations (meetings.invite) for the seats decided.
 * 3. Plan: the decisions' effects (statuses, the reply with its record, the invitations, the roman
 *    vote, check-in statements, notes on topics, the region with the seat ledger, closing), then
 *    the recount of the board as those effects leave it, and last the caller's answer (the reply,
 *    the 👍 or 😕).
 * 4. Apply the plan through the write gate, once (or print it, in a dry run).
 * 5. /end and /schedule: publish the meeting's pages (the caller's answer waits for them).
 */
export async function onMeetingEvent(
  run: RunContext,
  input: MeetingEventInput,
): Promise<MeetingEventResult> {
  const options: MeetingEventOptions = { ...run, ...input };
  const { github } = run;
  const read = await readMeeting(options);
  const board = boardOf(read.snapshot, options.config);
  const outcome = await decideMeeting(github, options, read.issue, options.comment, board);
  const invitations = await readSeatInvitations(run, options.comment, outcome);
  const event = planEvent(options, read, board, outcome, invitations);
  const answered = options.answer ?? (() => []);
  const answer = (more: string[]) => {
    const replies = [...outcome.replies, ...event.replies, ...more];
    return { replies, refused: outcome.refused || event.replies.length > 0 };
  };
  const gate = gateOf(run, read.project);
  const whole = [...event.plan, ...(outcome.publish ? [] : answered(answer([])))];
  const { applied, seats } = await applyWithInvitations(
    run,
    whole,
    gate,
    event.round,
    event.restate,
  );
  const pages = outcome.publish
    ? await publishPages(
        run,
        gate.dryRun ? snapshotAfter(read.snapshot, event.plan, run.now) : undefined,
      )
    : { replies: [], pending: false };
  if (outcome.publish)
    applied.push(...(await applyPlan(github, answered(answer(pages.replies)), gate)));
  return {
    ...answer(pages.replies),
    plan: event.plan,
    applied,
    pagesPending: pages.pending,
    timeboxes: timeboxesOf(outcome.events, read.issue.number),
    invitations:
      seats && invitations ? invitationTimesOf({ ...outcome.meeting, seats }, options.now) : null,
  };
}

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
  const planned = planMeeting(input(round?.expected));
  const effects = withInvitations(planned.effects, round, options.comment?.id);
  const restate = (seats: SeatLedger) =>
    planMeeting(input(seats)).effects.filter(
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
async function readMeeting(options: MeetingEventOptions) {
  const read = await loadBoard(options.github, options);
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

/**
 * The meeting's pages; a failure is told to the person, and the next publish writes them.
 * `pending`: GitHub's trouble was passing, and a retry is to write them.
 */
async function publishPages(
  run: RunContext,
  /** In a dry run, which wrote nothing: the board as the plan would leave it. */
  snapshot?: Snapshot,
): Promise<{ replies: string[]; pending: boolean }> {
  try {
    const input = { ...(snapshot ? { snapshot } : {}), mode: "direct" as const };
    const { committed: written } = await runUseCase(publish, run, input);
    // A dry run has said "would write …" for each page it would change.
    if (written.commit)
      run.log(`pages written in ${written.commit.oid}: ${written.changed.join(", ")}`);
    else if (written.changed.length === 0) run.log("pages unchanged");
    return { replies: [], pending: false };
  } catch (error) {
    // The meeting itself is recorded; only its pages wait: for a retry (the app's, and the
    // Action's next publish) when GitHub's trouble passes, for a fix when it refused.
    if (isPassingTrouble(error))
      return {
        replies: [
          `The meeting is recorded; its pages will follow: they could not be written just now (${passingTrouble(error)}). Roundtable writes them again in a few minutes, and the Action's next publish does too.`,
        ],
        pending: true,
      };
    return {
      replies: [
        `The meeting's pages could not be written: ${explainError(error) ?? (error as Error).message}. The Action's next publish writes them, or run it now from the Actions tab.`,
      ],
      pending: false,
    };
  }
}
