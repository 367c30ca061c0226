import { emptyLedger, meetingStart, sameName } from "../core/index.js";
import type { RunContext } from "./run-context.js";
import { syncInvitations } from "./sync-invitations.js";
import { runUseCase } from "./use-case.js";
import { writeSeats } from "./write-seats.js";

export interface RsvpInput {
  /** The meeting issue's number. */
  issue: number;
  /** Who took or gave up the seat (signed in on the RSVP page). */
  login: string;
  action: "join" | "leave";
}

export interface RsvpResult {
  /** Where the person stands now. */
  place: "seated" | "waitlist" | "none";
  /** Their place in line, 1-based, when waiting. */
  line: number | null;
}

/**
 * A seat taken or given up on the RSVP page: the same list as `/join` and `/leave`, under the
 * same lease (the caller's), first come first served by the time it was made.
 *
 * 1. Record the request in the meeting's seat ledger (nothing when it changes nothing: joining
 *    twice, leaving without a seat, or after the meeting ended).
 * 2. Send or withdraw invitations as the new roster asks.
 */
export async function rsvp(run: RunContext, input: RsvpInput): Promise<RsvpResult> {
  const { login, action, issue } = input;
  const { now } = run;
  const { meeting } = await runUseCase(writeSeats, run, {
    issue,
    change: (m) => {
      const seats = structuredClone(m.seats ?? emptyLedger());
      const start = meetingStart(m);
      const over = m.endedAt !== null || (start !== null && Date.parse(start) <= Date.parse(now));
      const inRoster = [...m.roster.seated, ...m.roster.waitlist].some((p) => sameName(p, login));
      if (!over && (action === "join" ? !inRoster : inRoster))
        seats.rsvps.push({ login, action, at: now });
      return seats;
    },
  });
  await runUseCase(syncInvitations, run, { issue });
  const seat = meeting.roster.seated.some((p) => sameName(p, login));
  const line = meeting.roster.waitlist.findIndex((p) => sameName(p, login));
  return {
    place: seat ? "seated" : line >= 0 ? "waitlist" : "none",
    line: line >= 0 ? line + 1 : null,
  };
}
