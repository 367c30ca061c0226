import type { Secrets } from "../channels/index.js";
import type { Config } from "../config/index.js";
import {
  boardOf,
  type Effect,
  type IssueRecord,
  type MeetingComment,
  type MeetingEvent,
  marker,
  type Plan,
  type ProjectView,
  parseCommands,
  type Snapshot,
  siteOf,
  snapshotAfter,
  staleCommands,
  type Timebox,
  userError,
} from "../core/index.js";
import {
  applyPlan,
  explainError,
  type GitHub,
  isPassingTrouble,
  passingTrouble,
} from "../github/index.js";
import { renderReply } from "../render/index.js";
import { loadBoard } from "./load-board.js";
import { decideMeeting } from "./meeting-decision.js";
import { planMeeting } from "./plan-meeting.js";
import { planRecount } from "./plan-recount.js";
import { publish } from "./publish.js";
import { syncInvitations } from "./sync-invitations.js";

export interface MeetingEventOptions {
  owner: string;
  repo: string;
  config: Config;
  /** The meeting issue's number. */
  issue: number;
  /** The comment with the commands; none when the meeting issue itself was opened or edited. */
  comment?: MeetingComment;
  now: string;
  /** Print every effect as "would …" and write nothing. */
  dryRun?: boolean;
  log: (line: string) => void;
  /** The meeting issue was just opened: the group's channels hear of it. */
  announce?: boolean;
  /** Where the channels' env:NAME are read. */
  secrets?: Secrets;
}

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
}

/**
 * A comment with meeting commands on a meeting issue, or the issue opened or edited (then only
 * its region is brought up to date).
 *
 * 1. Load the board and the meeting's comments (reads only); check on GitHub whether the meeting's
 *    host (until its state says it) and the person giving a facilitator's command facilitate.
 * 2. Decide each command on the meeting as its comments tell it and the queue as it stands.
 * 3. Plan: the decisions' effects (statuses, the reply with its record, the roman vote, check-in
 *    statements, notes on topics, the region, closing), then the recount of the board as those
 *    effects leave it.
 * 4. Apply the plan through the write gate (or print it, in a dry run).
 * 5. /end and /schedule: publish the meeting's pages.
 */
export async function onMeetingEvent(
  github: GitHub,
  options: MeetingEventOptions,
): Promise<MeetingEventResult> {
  const { owner, repo, config, comment } = options;
  const dryRun = options.dryRun ?? false;
  const { snapshot, project, issue } = await readMeeting(github, options);
  const board = boardOf(snapshot, config);
  const outcome = await decideMeeting(github, options, issue, comment, board);
  const planned = planMeeting({
    issue,
    commentId: comment?.id,
    outcome,
    board,
    project,
    config,
    site: siteOf(snapshot),
    repository: snapshot.repository,
    ...(options.announce ? { announce: true } : {}),
    titles: new Map(snapshot.issues.map((i) => [i.number, { title: i.title, url: i.url }])),
  });
  const plan = wholePlan(options, snapshot, project, issue, planned.effects);

  const applied = await applyPlan(github, plan, {
    owner,
    repo,
    project,
    dryRun,
    log: options.log,
    ...(options.secrets ? { secrets: options.secrets } : {}),
  });
  if (!outcome.refused) await inviteSeated(github, options);
  const pages = outcome.publish
    ? await publishPages(
        github,
        options,
        dryRun ? snapshotAfter(snapshot, plan, options.now) : undefined,
      )
    : { replies: [], pending: false };
  return {
    replies: [...outcome.replies, ...planned.replies, ...pages.replies],
    refused: outcome.refused || planned.replies.length > 0,
    plan,
    applied,
    pagesPending: pages.pending,
    timeboxes: timeboxesOf(outcome.events, issue.number),
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

/** A seat taken or given up with /join or /leave: invitations follow (meetings.invite). */
async function inviteSeated(github: GitHub, options: MeetingEventOptions): Promise<void> {
  const moved = parseCommands(options.comment?.body ?? "").some(
    (c) => c.name === "join" || c.name === "leave",
  );
  if (options.config.meetings.invite && moved) await syncInvitations(github, options);
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
async function readMeeting(github: GitHub, options: MeetingEventOptions) {
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

/**
 * The meeting's pages; a failure is told to the person, and the next publish writes them.
 * `pending`: GitHub's trouble was passing, and a retry is to write them.
 */
async function publishPages(
  github: GitHub,
  options: MeetingEventOptions,
  /** In a dry run, which wrote nothing: the board as the plan would leave it. */
  snapshot?: Snapshot,
): Promise<{ replies: string[]; pending: boolean }> {
  const dryRun = options.dryRun ?? false;
  try {
    const written = await publish(github, {
      ...(snapshot ? { snapshot } : {}),
      owner: options.owner,
      repo: options.repo,
      config: options.config,
      now: options.now,
      dryRun,
      mode: "direct",
      log: options.log,
    });
    // A dry run has said "would write …" for each page it would change.
    if (written.commit)
      options.log(`pages written in ${written.commit.oid}: ${written.changed.join(", ")}`);
    else if (written.changed.length === 0) options.log("pages unchanged");
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
