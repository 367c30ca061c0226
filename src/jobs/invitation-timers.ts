import {
  type Command,
  type Meeting,
  meetingStart,
  meetingsOf,
  parseCommands,
} from "../core/index.js";
import { loadSnapshot } from "../github/index.js";
// Declared with the follow-ups that carry it: a use case's file imports those, and this one runs
// the invitation rounds (use cases), so the type living here would close a loop of imports.
import type { InvitationTimes } from "./follow-up.js";
import type { RunContext } from "./run-context.js";
import { syncInvitations } from "./sync-invitations.js";
import { runUseCase } from "./use-case.js";

export type { InvitationTimes } from "./follow-up.js";

const day = 24 * 3_600_000;

/** Whether the meeting is open and not held yet (invitations still matter). */
function ahead(meeting: Meeting, now: string): boolean {
  const start = meetingStart(meeting);
  return (
    meeting.issue.state === "open" &&
    !meeting.endedAt &&
    (start === null || Date.parse(start) > Date.parse(now))
  );
}

/**
 * The times the open meetings' invitations need the app (reads only): the reminder a day before
 * a meeting with pending invitations, and the retry of invitations that wait. The reminder's
 * instant is never before now, so a seat taken within the last day is reminded of at once.
 */
export async function invitationTimers(
  run: RunContext,
  /** One meeting (after its seats changed); every open meeting when absent. */
  issue?: number,
): Promise<InvitationTimes[]> {
  if (!run.config.meetings.invite) return [];
  const { snapshot } = await loadSnapshot(run.github, run);
  return meetingsOf(snapshot, run.config)
    .filter((m) => issue === undefined || m.issue.number === issue)
    .flatMap((m) => {
      const times = invitationTimesOf(m, run.now);
      return times ? [times] : [];
    });
}

/**
 * What one meeting's invitations ask of the app's timers (pure); null when the meeting is closed,
 * ended or held already.
 */
export function invitationTimesOf(meeting: Meeting, now: string): InvitationTimes | null {
  if (!ahead(meeting, now)) return null;
  const start = meetingStart(meeting);
  const pending = Object.values(meeting.seats.invited).some((i) => i.state === "pending");
  const remindFor = start && pending ? Date.parse(start) - day : null;
  return {
    issue: meeting.issue.number,
    remindAt:
      remindFor === null ? null : new Date(Math.max(remindFor, Date.parse(now))).toISOString(),
    remindFor: remindFor === null ? null : new Date(remindFor).toISOString(),
    waiting: meeting.seats.problem !== null,
  };
}

/**
 * Invitations that wait (GitHub's daily limit, an organisation's policy) sent again, for each
 * open meeting whose ledger says some wait: the scheduled Action's notify job runs it, the app's
 * timer runs it for one meeting. Under the caller's lease, as every invitation round; what GitHub
 * still refuses stays waiting, said in the meeting's state.
 *
 * 1. Load the meetings (reads only) and pick those whose invitations wait.
 * 2. Run the invitation round of each (syncInvitations: load, plan, apply).
 */
export async function retryInvitations(
  run: RunContext,
  /** One meeting (its timer fired); every open meeting when absent. */
  only?: number,
): Promise<{ retried: number[]; waiting: number[] }> {
  const times = await invitationTimers(run, only);
  const retried: number[] = [];
  const waiting: number[] = [];
  for (const { issue } of times.filter((t) => t.waiting)) {
    const result = await runUseCase(syncInvitations, run, { issue });
    retried.push(issue);
    if (result.waiting > 0) waiting.push(issue);
  }
  return { retried, waiting };
}

/**
 * Whether a comment takes or gives up a seat (`/join`, `/leave`): its invitations and timers
 * follow. Its commands when they were parsed already, else its body.
 */
export const movesSeats = (comment: string | Command[]): boolean =>
  (typeof comment === "string" ? parseCommands(comment) : comment).some(
    (c) => c.name === "join" || c.name === "leave",
  );
