import type { Meeting } from "../meetings/meeting.js";

/**
 * Where a seated person stands with the repository, as the facilitator sees it:
 * pending: invited, not accepted yet; expired: the invitation lapsed (the app sends one more);
 * unsent: not invited yet (GitHub's daily limit, or the round has not run); accepted: accepted
 * the invitation, or was added at once; member: could use the repository already; declined:
 * declined, withdrawn or refused by GitHub (they hold a seat but cannot use the repository).
 */
export type InviteeState = "pending" | "expired" | "unsent" | "accepted" | "member" | "declined";

export interface RoomInvitee {
  login: string;
  state: InviteeState;
}

/**
 * Who the meeting invited and who waits for a seat: for the facilitator's eyes only (a
 * participant must not learn who could not use the repository yet). Plain data, like the room.
 */
export interface RoomInvitees {
  /** The app invites seated people (meetings.invite); false: people need access already. */
  inviting: boolean;
  /** Every seated person, in seat order, with where they stand. */
  seated: RoomInvitee[];
  /** The waitlist, first in line first. */
  waiting: string[];
}

/** An open invitation as GitHub lists it. */
export interface OpenInvite {
  login: string;
  expired: boolean;
}

const lower = (login: string) => login.toLowerCase();

/** The invitees as the meeting's state records them (its seat ledger), without asking GitHub. */
export function inviteesOf(meeting: Meeting, inviting: boolean): RoomInvitees {
  const members = new Set(meeting.seats.members.map(lower));
  const stateOf = (login: string): InviteeState => {
    const entry = meeting.seats.invited[lower(login)];
    if (!entry) return members.has(lower(login)) ? "member" : inviting ? "unsent" : "member";
    if (entry.state === "pending") return "pending";
    if (entry.state === "accepted" || entry.state === "added") return "accepted";
    return "declined";
  };
  return {
    inviting,
    seated: meeting.roster.seated.map((login) => ({ login, state: stateOf(login) })),
    waiting: meeting.roster.waitlist,
  };
}

/**
 * The seated people whose standing only GitHub can tell now: an invitation the state says is
 * pending (or one not sent yet) that is no longer open was accepted, or declined.
 */
export function inviteesToCheck(invitees: RoomInvitees, open: OpenInvite[]): string[] {
  const isOpen = new Set(open.map((i) => lower(i.login)));
  return invitees.seated
    .filter((p) => (p.state === "pending" || p.state === "unsent") && !isOpen.has(lower(p.login)))
    .map((p) => p.login);
}

/**
 * The invitees as GitHub tells them now, before the app's next invitation round records it:
 * `open` is the repository's open invitations, `members` (lower case) who of `inviteesToCheck`
 * is a collaborator. Someone who accepted shows at once, not at the next round.
 */
export function withInvitations(
  invitees: RoomInvitees,
  open: OpenInvite[],
  members: Set<string>,
): RoomInvitees {
  if (!invitees.inviting) return invitees;
  const openOf = new Map(open.map((i) => [lower(i.login), i]));
  const seated = invitees.seated.map((p): RoomInvitee => {
    if (p.state !== "pending" && p.state !== "unsent" && p.state !== "expired") return p;
    const invitation = openOf.get(lower(p.login));
    if (invitation) return { ...p, state: invitation.expired ? "expired" : "pending" };
    if (members.has(lower(p.login)))
      return { ...p, state: p.state === "unsent" ? "member" : "accepted" };
    return { ...p, state: p.state === "unsent" ? "unsent" : "declined" };
  });
  return { ...invitees, seated };
}
