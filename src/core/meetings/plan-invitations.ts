import { instantOf } from "../zoned-time.js";
import type { Meeting } from "./meeting.js";
import type { Invited, SeatLedger } from "./seat-ledger.js";

/** An open repository invitation, as GitHub lists it. */
export interface OpenInvitation {
  id: number;
  login: string;
  expired: boolean;
}

export interface InvitationsInput {
  meeting: Meeting;
  now: string;
  /** GitHub's open invitations of the repository. */
  open: OpenInvitation[];
  /** Seated people (lower case) found, this run, to be collaborators already. */
  members: Set<string>;
}

export interface InvitationsDecision {
  /** Seated people to invite, in seat order. */
  invite: string[];
  /** Invitations to withdraw: the person left, or it expired and is sent again. */
  cancel: Array<{ id: number; login: string }>;
  /** The ledger as it stands before the writes (invitations found, accepted, withdrawn). */
  ledger: SeatLedger;
}

const lower = (login: string) => login.toLowerCase();

/** When the meeting starts (UTC), or null when its form lacks the date, hour or zone. */
export function meetingStart(meeting: Meeting): string | null {
  const { date, start, timeZone } = meeting.form;
  return date && start && timeZone ? instantOf(date, start, timeZone) : null;
}

/**
 * Who to invite and whose invitation to withdraw, pure. A seated person is invited when they are
 * no collaborator, hold no open invitation and the ledger has none for them; a waitlisted person
 * only when they move up. An invitation found open but missing from the ledger was sent by a run
 * that stopped before it recorded it: it is recorded, never sent again. One that expired before
 * the meeting is sent once more; one whose person left is withdrawn.
 */
export function planInvitations(input: InvitationsInput): InvitationsDecision {
  const plan = planning(input);
  for (const login of input.meeting.roster.seated) planSeat(plan, login);
  withdrawLeft(plan);
  return { invite: plan.invite, cancel: plan.cancel, ledger: plan.ledger };
}

/** The invitations being planned: the run's findings, the ledger as it changes, and the writes. */
interface Planning extends InvitationsDecision {
  input: InvitationsInput;
  /** The meeting is still ahead (or its start is unknown): invitations are worth sending. */
  ahead: boolean;
  /** The people the ledger knew to be collaborators when the plan began (lower case). */
  known: Set<string>;
  openOf: (login: string) => OpenInvitation | undefined;
}

function planning(input: InvitationsInput): Planning {
  const { meeting, now, open } = input;
  const ledger: SeatLedger = structuredClone(meeting.seats);
  const start = meetingStart(meeting);
  return {
    input,
    ledger,
    ahead: start === null || Date.parse(start) > Date.parse(now),
    known: new Set(ledger.members.map(lower)),
    openOf: (login) => open.find((i) => lower(i.login) === lower(login)),
    invite: [],
    cancel: [],
  };
}

/** One seated person: by what the ledger holds for them. */
function planSeat(plan: Planning, login: string): void {
  const entry = plan.ledger.invited[lower(login)];
  const invitation = plan.openOf(login);
  if (!entry) planUnrecorded(plan, login, invitation);
  else if (entry.state === "cancelled" || entry.state === "declined") {
    // Left and came back, or let the first invitation lapse: one more, if the meeting is ahead.
    const member = plan.input.members.has(lower(login));
    if (!invitation && plan.ahead && !member && entry.times < 2) plan.invite.push(login);
  } else if (entry.state === "pending") planPending(plan, login, entry, invitation);
}

/**
 * A seated person the ledger has no invitation for: a collaborator is recorded as one; an open
 * invitation (a run that stopped before recording it) is recorded; else they are invited.
 */
function planUnrecorded(plan: Planning, login: string, invitation: OpenInvitation | undefined) {
  const { ledger, known, input } = plan;
  if (input.members.has(lower(login))) {
    if (!known.has(lower(login))) ledger.members.push(login);
    return;
  }
  if (known.has(lower(login))) return;
  if (invitation)
    ledger.invited[lower(login)] = { at: input.now, times: 1, state: "pending", id: invitation.id };
  else if (plan.ahead) plan.invite.push(login);
}

/** A pending invitation: still open, expired (sent once more), or gone (accepted or declined). */
function planPending(
  plan: Planning,
  login: string,
  entry: Invited,
  invitation: OpenInvitation | undefined,
): void {
  if (invitation && !invitation.expired) {
    entry.id = invitation.id;
    return;
  }
  if (invitation?.expired) {
    if (plan.ahead && entry.times < 2) {
      plan.cancel.push({ id: invitation.id, login });
      plan.invite.push(login);
    }
    return;
  }
  // No open invitation: accepted, or declined (the loader checked who is a collaborator now).
  entry.id = null;
  entry.state = plan.input.members.has(lower(login)) ? "accepted" : "declined";
}

/** Pending invitations of people no longer seated: withdrawn. */
function withdrawLeft(plan: Planning): void {
  const seated = new Set(plan.input.meeting.roster.seated.map(lower));
  for (const [login, entry] of Object.entries(plan.ledger.invited)) {
    if (seated.has(login) || entry.state !== "pending") continue;
    const invitation = plan.openOf(login);
    if (invitation) plan.cancel.push({ id: invitation.id, login });
    entry.state = "cancelled";
    entry.id = null;
  }
}

/**
 * The seated people whose standing only GitHub can tell (collaborator or not), to check before
 * planning: those the ledger knows nothing of and who hold no open invitation, and those whose
 * invitation is gone (accepted or declined). Members already found are never checked again.
 */
export function whoToCheck(meeting: Meeting, open: OpenInvitation[]): string[] {
  const known = new Set(meeting.seats.members.map(lower));
  return meeting.roster.seated.filter((login) => {
    if (known.has(lower(login))) return false;
    const entry = meeting.seats.invited[lower(login)];
    const invitation = open.some((i) => lower(i.login) === lower(login));
    if (!entry) return !invitation;
    return !invitation && entry.state !== "accepted" && entry.state !== "added";
  });
}
