import { instantOf } from "../zoned-time.js";
import type { Meeting } from "./meeting.js";
import type { SeatLedger } from "./seat-ledger.js";

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
  const { meeting, now, open, members } = input;
  const ledger: SeatLedger = structuredClone(meeting.seats);
  const start = meetingStart(meeting);
  const ahead = start === null || Date.parse(start) > Date.parse(now);
  const openOf = (login: string) => open.find((i) => lower(i.login) === lower(login));
  const known = new Set(ledger.members.map(lower));
  const seated = new Set(meeting.roster.seated.map(lower));
  const invite: string[] = [];
  const cancel: InvitationsDecision["cancel"] = [];

  for (const login of meeting.roster.seated) {
    const entry = ledger.invited[lower(login)];
    const invitation = openOf(login);
    if (members.has(lower(login)) && !entry) {
      if (!known.has(lower(login))) ledger.members.push(login);
      continue;
    }
    if (known.has(lower(login)) && !entry) continue;
    if (!entry) {
      if (invitation)
        ledger.invited[lower(login)] = {
          at: now,
          times: 1,
          state: "pending",
          id: invitation.id,
        };
      else if (ahead) invite.push(login);
      continue;
    }
    if (entry.state === "cancelled" || entry.state === "declined") {
      // Left and came back, or let the first invitation lapse: one more, if the meeting is ahead.
      if (!invitation && ahead && !members.has(lower(login)) && entry.times < 2) invite.push(login);
      continue;
    }
    if (entry.state !== "pending") continue;
    if (invitation && !invitation.expired) {
      entry.id = invitation.id;
      continue;
    }
    if (invitation?.expired) {
      if (ahead && entry.times < 2) {
        cancel.push({ id: invitation.id, login });
        invite.push(login);
      }
      continue;
    }
    // No open invitation: accepted, or declined (the loader checked who is a collaborator now).
    entry.id = null;
    entry.state = members.has(lower(login)) ? "accepted" : "declined";
  }

  for (const [login, entry] of Object.entries(ledger.invited)) {
    if (seated.has(login) || entry.state !== "pending") continue;
    const invitation = openOf(login);
    if (invitation) cancel.push({ id: invitation.id, login });
    entry.state = "cancelled";
    entry.id = null;
  }
  return { invite, cancel, ledger };
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
