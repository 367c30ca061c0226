import type { Config } from "../config/index.js";
import {
  boardOf,
  decideMeetingEvent,
  type IssueRecord,
  type Meeting,
  marker,
  meetingOf,
  meetingStateMarker,
  type SeatLedger,
  sameName,
  seatLedgerLine,
  siteOf,
  snapshotAfter,
} from "../core/index.js";
import { userError } from "../errors/roundtable-error.js";
import { applyPlan } from "../github/index.js";
import { loadBoard } from "./load-board.js";
import { planMeeting } from "./plan-meeting.js";
import { planRecount } from "./plan-recount.js";
import { gateOf, type RunContext } from "./run-context.js";

/** The meeting as read now (reads only). */
export async function readMeeting(
  run: RunContext,
  /** The meeting issue's number. */
  number: number,
): Promise<{ meeting: Meeting; issue: IssueRecord; site: string }> {
  const { snapshot } = await loadBoard(run.github, run);
  const issue = meetingIssue(snapshot.issues, run.config, number);
  return { meeting: meetingOf(issue, run.config), issue, site: siteOf(snapshot) };
}

/**
 * The meeting's state written again with its seat ledger changed (an RSVP, the invitations sent):
 * the ledger is a line of the state comment, so the roster, the region and the ledger change in
 * one write, through the write gate, under the caller's lease.
 *
 * 1. Load the board and the meeting.
 * 2. Work out the new ledger from the meeting as read; nothing to do when it is the same.
 * 3. Plan the state comment (and the board's recount, as with any meeting event) with it.
 * 4. Apply through the write gate.
 */
export async function writeSeats(
  run: RunContext,
  /** The meeting issue's number. */
  number: number,
  change: (meeting: Meeting) => SeatLedger,
): Promise<Meeting> {
  const { github, config } = run;
  const { snapshot, project } = await loadBoard(github, run);
  const read = meetingIssue(snapshot.issues, config, number);
  const before = meetingOf(read, config);
  const seats = change(before);
  if (JSON.stringify(seats) === JSON.stringify(before.seats)) return before;
  const issue = withLedger(read, seats);
  const board = boardOf(snapshot, config);
  const outcome = decideMeetingEvent(issue, undefined, board, config);
  const planned = planMeeting({
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
  });
  const recount = planRecount(
    snapshotAfter(snapshot, planned.effects, run.now),
    config,
    project,
  ).plan;
  await applyPlan(
    github,
    [
      ...recount.filter((e) => e.kind === "add-to-project"),
      ...planned.effects,
      ...recount.filter((e) => e.kind !== "add-to-project"),
    ],
    gateOf(run, project),
  );
  return outcome.meeting;
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
