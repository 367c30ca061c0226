import {
  type Command,
  type Meeting,
  meetingStart,
  meetingsOf,
  parseCommands,
  type Snapshot,
} from "../core/index.js";
import { loadSnapshot } from "../github/index.js";
import type { InvitationTimes } from "./follow-up.js";
import { syncInvitations } from "./sync-invitations.js";
import { runUseCase, type UseCase } from "./use-case.js";

/** What a meeting's invitations ask of the app's timers (follow-up data: declared beside it). */
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

interface InvitationsInput {
  /** One meeting (after its seats changed, or its timer fired); every open meeting when absent. */
  issue?: number;
}

/**
 * The times the open meetings' invitations need the app (reads only, no effect), run by
 * `runUseCase`: the reminder a day before a meeting with pending invitations, and the retry of
 * invitations that wait. The reminder's instant is never before now, so a seat taken within the
 * last day is reminded of at once.
 */
export const invitationTimers: UseCase<
  InvitationsInput,
  { snapshot: Snapshot } | null,
  { times: InvitationTimes[] }
> = {
  async load(run) {
    if (!run.config.meetings.invite) return null;
    const { snapshot } = await loadSnapshot(run.github, run);
    return { snapshot };
  },
  plan(loaded, { issue }, { config, now }) {
    if (!loaded) return { effects: [], result: { times: [] } };
    const times = meetingsOf(loaded.snapshot, config)
      // A meeting that does not act for the group invites nobody; one whose state does not say
      // yet (seats taken on the page before 0.9.0) is asked by its round (syncInvitations).
      .filter((m) => (m.trusted || !m.trust) && (issue === undefined || m.issue.number === issue))
      .flatMap((m) => invitationTimesOf(m, now) ?? []);
    return { effects: [], result: { times } };
  },
};

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
 * still refuses stays waiting, said in the meeting's state. Run by `runUseCase`.
 *
 * 1. Load the meetings' invitation times (a use case of its own, reads only) and pick those whose
 *    invitations wait; run the invitation round of each (syncInvitations: load, plan, apply; each
 *    meeting's round reads that meeting as it stands after the one before).
 * 2. Plan nothing more: the result says which meetings were tried and which still wait.
 */
export const retryInvitations: UseCase<
  InvitationsInput,
  { retried: number[]; waiting: number[] },
  { retried: number[]; waiting: number[] }
> = {
  async load(run, input) {
    const { times } = await runUseCase(invitationTimers, run, input);
    const retried: number[] = [];
    const waiting: number[] = [];
    for (const { issue } of times.filter((t) => t.waiting)) {
      const result = await runUseCase(syncInvitations, run, { issue });
      retried.push(issue);
      if (result.waiting > 0) waiting.push(issue);
    }
    return { retried, waiting };
  },
  plan(rounds) {
    return { effects: [], result: rounds };
  },
};

/**
 * Whether a comment takes or gives up a seat (`/join`, `/leave`): its invitations and timers
 * follow. Its commands when they were parsed already, else its body.
 */
export const movesSeats = (comment: string | Command[]): boolean =>
  (typeof comment === "string" ? parseCommands(comment) : comment).some(
    (c) => c.name === "join" || c.name === "leave",
  );
