import type { Config } from "../config/index.js";
import {
  type Authority,
  boardOf,
  decideMeetingEvent,
  type IssueRecord,
  type Meeting,
  marker,
  meetingOf,
  meetingStateMarker,
  noAuthority,
  type ProjectView,
  type SeatLedger,
  type Snapshot,
  sameName,
  seatLedgerLine,
  siteOf,
  snapshotAfter,
} from "../core/index.js";
import { planMeeting } from "../core/plan-meeting.js";
import { planRecount } from "../core/plan-recount.js";
import { userError } from "../errors/roundtable-error.js";
import { queueCommentText } from "../render/board/queue-comment-text.js";
import { meetingTexts } from "../render/meetings/meeting-texts.js";
import { type BoardRead, loadBoard } from "./load-board.js";
import { meetingAuthority } from "./meeting-decision.js";
import type { RunContext } from "./run-context.js";
import type { PlanContext, Planned, UseCase } from "./use-case.js";

/** The meeting as read now (reads only). */
export async function readMeeting(
  run: RunContext,
  /** The meeting issue's number. */
  number: number,
): Promise<{ meeting: Meeting; issue: IssueRecord; site: string }> {
  const { snapshot } = await loadBoard(run.github, run);
  return meetingIn(snapshot, run.config, number);
}

/** Meeting `number` on the board as read (pure). */
export function meetingIn(
  snapshot: Snapshot,
  config: Config,
  number: number,
): { meeting: Meeting; issue: IssueRecord; site: string } {
  const issue = meetingIssue(snapshot.issues, config, number);
  return { meeting: meetingOf(issue, config), issue, site: siteOf(snapshot) };
}

/** A meeting's seat ledger to change: the meeting issue, and the ledger it is to hold. */
export interface SeatsChange {
  /** The meeting issue's number. */
  issue: number;
  change: (meeting: Meeting) => SeatLedger;
}

/**
 * The meeting's state written again with its seat ledger changed (an RSVP, the invitations sent),
 * run by `runUseCase`: the ledger is a line of the state comment, so the roster, the region and
 * the ledger change in one write, through the write gate, under the caller's lease.
 *
 * 1. Load the board and the meeting.
 * 2. Work out the new ledger from the meeting as read; nothing to do when it is the same.
 * 3. Plan the state comment (and the board's recount, as with any meeting event) with it.
 * 4. The runner applies the plan through the write gate. Returns the meeting as it now stands.
 */
export const writeSeats: UseCase<
  SeatsChange,
  BoardRead & { authority: Authority },
  { meeting: Meeting }
> = {
  async load(run, { issue }) {
    const read = await loadBoard(run.github, run);
    // A seat taken before any meeting event (the RSVP page first): whether the host facilitates
    // is checked now and said in the state, as a /join would, for invitations follow it.
    const found = read.snapshot.issues.find((i) => i.number === issue);
    const authority = found
      ? await meetingAuthority(run.github, run, found, undefined)
      : noAuthority;
    return { ...read, authority };
  },
  plan: ({ snapshot, project, authority }, change, run) =>
    seatsPlan(snapshot, project, change, run, authority),
};

/** The state comment and the recount with the changed ledger (pure); nothing when unchanged. */
export function seatsPlan(
  snapshot: Snapshot,
  project: ProjectView | null,
  { issue: number, change }: SeatsChange,
  { config, now }: Pick<PlanContext, "config" | "now">,
  authority: Authority = noAuthority,
): Planned<{ meeting: Meeting }> {
  const read = meetingIssue(snapshot.issues, config, number);
  const before = meetingOf(read, config, [], authority.found);
  const seats = change(before);
  if (JSON.stringify(seats) === JSON.stringify(before.seats))
    return { effects: [], result: { meeting: before } };
  const issue = withLedger(read, seats);
  const board = boardOf(snapshot, config);
  const outcome = decideMeetingEvent(issue, undefined, board, config, authority);
  const planned = planMeeting(
    {
      issue,
      commentId: undefined,
      outcome,
      board,
      project,
      config,
      seats,
      site: siteOf(snapshot),
      repository: snapshot.repository,
      titles: new Map(snapshot.issues.map((i) => [i.number, { title: i.title, url: i.url }])),
    },
    meetingTexts,
  );
  const recount = planRecount(
    snapshotAfter(snapshot, planned.effects, now),
    config,
    project,
    queueCommentText,
  ).plan;
  return {
    effects: [
      ...recount.filter((e) => e.kind === "add-to-project"),
      ...planned.effects,
      ...recount.filter((e) => e.kind !== "add-to-project"),
    ],
    project,
    result: { meeting: outcome.meeting },
  };
}

function meetingIssue(issues: IssueRecord[], config: Config, number: number): IssueRecord {
  const found = issues.find((i) => i.number === number);
  if (!found?.labels.some((l) => sameName(l, config.labels.meeting)))
    throw userError("is not a meeting Roundtable can read", {
      where: { issue: number },
      expected: `an issue with the ${config.labels.meeting} label`,
    });
  return found;
}

/**
 * The issue as it reads once the state comment holds `seats`: the comment's ledger line replaced
 * (or the comment stood in for, when there is none yet), so the roster is worked out with it.
 */
function withLedger(issue: IssueRecord, seats: SeatLedger): IssueRecord {
  const head = `${marker(meetingStateMarker)}\n`;
  const line = seatLedgerLine(seats);
  const comments = [...(issue.comments ?? [])];
  const at = comments.findIndex((c) => c.author.self && c.body.startsWith(head));
  if (at >= 0) {
    const old = comments[at] as (typeof comments)[number];
    const body = old.body.replace(/\n<!-- roundtable:seats [^\n]* -->/, "");
    comments[at] = { ...old, body: `${body.replace(/\n*$/, "")}\n${line}\n` };
  } else {
    comments.push({
      id: 0,
      url: issue.url,
      author: { login: "roundtable[bot]", bot: true, self: true },
      createdAt: issue.createdAt,
      body: `${head}\n${line}\n`,
      votes: 0,
    });
  }
  return { ...issue, comments };
}
