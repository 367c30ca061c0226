import {
  type Effect,
  type Invited,
  type Meeting,
  marker,
  meetingOf,
  planInvitations,
  type SeatLedger,
  sameName,
  whoToCheck,
} from "../core/index.js";
import {
  ApplyError,
  type GitHub,
  type InvitationAnswer,
  InvitationRefused,
  isCollaborator,
  type ListedInvitation,
  listInvitations,
} from "../github/index.js";
import { type BoardRead, loadBoard } from "./load-board.js";
import { meetingAuthority } from "./meeting-decision.js";
import type { RunContext } from "./run-context.js";
import { runUseCase, type UseCase } from "./use-case.js";
import { meetingIn, seatsPlan } from "./write-seats.js";

/** What a meeting's invitation round came to before its last write (see `syncInvitations`). */
type RoundDone =
  | null
  | { byHand: Effect[] }
  | { board: BoardRead; ledger: SeatLedger; waiting: number };

/**
 * Invitations for a meeting's seats, sent by the app (meetings.invite), run by `runUseCase`: each
 * seated person who cannot use the repository yet is invited once, a waitlisted one when they
 * move up, a leaver's pending invitation is withdrawn, an expired one sent once more. Runs under
 * the repository's lease; the ledger in the meeting's state says who was invited, and GitHub's
 * own list of open invitations is read before any is sent, so a run that stopped between sending
 * and recording sends nothing twice. A /join or /leave runs the same round inside its meeting
 * event (meeting-invitations.ts); this is the round on its own, for the RSVP page and the timers.
 *
 * 1. Read the board and the meeting, GitHub's open invitations and who of the seated people is a
 *    collaborator; decide (pure) who to invite, which invitations to withdraw (none readable:
 *    tell the facilitator who to invite by hand, in one comment).
 * 2. Withdraw, then invite one at a time, each through the runner (each needs GitHub's answer to
 *    the one before: its limit or an organisation's policy stops the round, the rest wait, said
 *    in one line); read the invitations again: pending, or added at once.
 * 3. Plan: the state comment with the ledger as it came out (on the board read in step 1: the
 *    round changes no comment), or the one comment asking for the invitations by hand.
 *
 * Returns how many invitations wait for GitHub (the app's timer and the scheduled Action try
 * them again).
 */
export const syncInvitations: UseCase<{ issue: number }, RoundDone, { waiting: number }> = {
  async load(run, { issue }) {
    if (!run.config.meetings.invite) return null;
    const { github, owner, repo } = run;
    const board = await loadBoard(github, run);
    const named = meetingIn(board.snapshot, run.config, issue);
    // A meeting whose state does not say yet whether it acts for the group (its seats were all
    // taken on the RSVP page before 0.9.0 asked): its host is asked now, as a seat taken now is.
    const { found } = await meetingAuthority(github, run, named.issue, undefined);
    const meeting = found ? meetingOf(named.issue, run.config, [], found) : named.meeting;
    const { site } = named;
    if (!meeting.trusted) return null;
    const read = await readInvitations(github, owner, repo, meeting);
    const round = planInvitationRound(read, meeting, { ...run, issue, site });
    if (read.open === null) return { byHand: round.effects };
    const cancels = round.effects.filter((e) => e.kind === "cancel-invitation");
    await runUseCase(invitationsWithdrawn, run, { cancels });
    const { ledger } = round;
    const sent = await send(run, round.invite, ledger);
    await recordSent(github, run, ledger, sent);
    return { board, ledger, waiting: sent.waiting.length };
  },
  plan(done, { issue }, run) {
    if (done === null) return { effects: [], result: { waiting: 0 } };
    if ("byHand" in done) return { effects: done.byHand, result: { waiting: 0 } };
    const result = { waiting: done.waiting };
    // A dry run sent nothing: there is nothing to record.
    if (run.dryRun) return { effects: [], result };
    const { snapshot, project } = done.board;
    const seats = seatsPlan(snapshot, project, { issue, change: () => done.ledger }, run);
    return { effects: seats.effects, project, result };
  },
};

/** A round's pending invitations withdrawn (a leaver's, one no seat needs any more), first. */
export const invitationsWithdrawn: UseCase<{ cancels: Effect[] }, null, Record<string, never>> = {
  load: async () => null,
  plan: (_, { cancels }) => ({ effects: cancels, result: {} }),
};

/** What an invitation round reads: GitHub's open invitations (null: none readable), collaborators. */
export interface InvitationRead {
  open: ListedInvitation[] | null;
  /** Seated people (lower case) GitHub says are collaborators already. */
  members: Set<string>;
}

/** GitHub's open invitations, and who of the seated people not yet known is a collaborator. */
export async function readInvitations(
  github: GitHub,
  owner: string,
  repo: string,
  meeting: Meeting,
): Promise<InvitationRead> {
  const open = await listInvitations(github, owner, repo);
  const members = new Set<string>();
  if (open === null) return { open, members };
  for (const login of whoToCheck(meeting, open))
    if (await isCollaborator(github, owner, repo, login)) members.add(login.toLowerCase());
  return { open, members };
}

export interface InvitationRound {
  /** The round's writes: withdrawals then invitations (or the one comment asking for them by hand). */
  effects: Effect[];
  /** Who is to be invited, in seat order. */
  invite: string[];
  /** The ledger before any invitation is sent (found, accepted, withdrawn). */
  ledger: SeatLedger;
  /** The ledger once every invitation is sent: each one pending, its id not known yet. */
  expected: SeatLedger;
}

/** The invitation round decided on the meeting as it stands (pure). */
export function planInvitationRound(
  read: InvitationRead,
  meeting: Meeting,
  options: Pick<RunContext, "config" | "now"> & { issue: number; site: string },
): InvitationRound {
  // Only a meeting the group's facilitators run gives anybody a role on the repository: anyone
  // who can open an issue can host one, and its seats are anyone's who can comment.
  if (!meeting.trusted)
    return { effects: [], invite: [], ledger: meeting.seats, expected: meeting.seats };
  if (read.open === null) {
    const effects = [byHand(options.issue, meeting.roster.seated, options.site)];
    return { effects, invite: [], ledger: meeting.seats, expected: meeting.seats };
  }
  const { now } = options;
  const decision = planInvitations({ meeting, now, open: read.open, members: read.members });
  const permission = options.config.meetings.invite?.permission ?? "read";
  const expected: SeatLedger = structuredClone(decision.ledger);
  for (const login of decision.invite)
    expected.invited[login.toLowerCase()] = record(expected, login, now, "pending");
  expected.problem = null;
  return {
    effects: [
      ...decision.cancel.map(
        (c): Effect => ({ kind: "cancel-invitation", id: c.id, login: c.login }),
      ),
      ...decision.invite.map(
        (login): Effect => ({ kind: "invite-collaborator", login, permission }),
      ),
    ],
    invite: decision.invite,
    ledger: decision.ledger,
    expected,
  };
}

/** What sending a round's invitations came to. */
export interface Sent {
  sent: string[];
  /** GitHub's limit or an organisation's policy, in GitHub's words; null when none stopped it. */
  problem: string | null;
  waiting: string[];
}

/** One seat's invitation sent, run by `runUseCase` (the round sends them one at a time). */
export const invitation: UseCase<{ login: string }, null, Record<string, never>> = {
  load: async () => null,
  plan: (_, { login }, { config }) => ({
    effects: [
      {
        kind: "invite-collaborator",
        login,
        permission: config.meetings.invite?.permission ?? "read",
      },
    ],
    result: {},
  }),
};

/**
 * The invitations, one at a time, each through the runner. A person GitHub will not invite is
 * recorded as refused and the round goes on; GitHub's limit or an organisation's policy stops it,
 * and the rest wait. `refused`: the first of `logins` was refused already (not sent again).
 */
export async function send(
  run: RunContext,
  logins: string[],
  ledger: SeatLedger,
  refused?: InvitationRefused,
): Promise<Sent> {
  const result: Sent = { sent: [], waiting: [], problem: null };
  for (const [i, login] of logins.entries()) {
    if (result.problem) {
      result.waiting.push(login);
      continue;
    }
    try {
      if (i === 0 && refused) throw refused;
      await runUseCase(invitation, run, { login });
      result.sent.push(login);
    } catch (error) {
      const refusal = refusalOf(error);
      if (!refusal) throw error;
      if (refusal.reason === "blocked") {
        ledger.invited[login.toLowerCase()] = record(ledger, login, run.now, "refused");
        continue;
      }
      result.problem = refusal.message;
      result.waiting.push(login);
    }
  }
  return result;
}

/** GitHub's refusal of an invitation, as the gate passes it on; undefined for any other failure. */
export function refusalOf(error: unknown): InvitationRefused | undefined {
  const refused = error instanceof ApplyError ? error.cause : error;
  return refused instanceof InvitationRefused ? refused : undefined;
}

/**
 * The invitations sent recorded in the ledger: GitHub's list, read again, says which are pending
 * (with their id) and which added the person at once, and from how it lists them whether the
 * repository is a personal one (no read of its own); what stopped the round, in one line.
 */
export async function recordSent(
  github: GitHub,
  options: Pick<RunContext, "owner" | "repo" | "now">,
  ledger: SeatLedger,
  { sent, problem, waiting }: Sent,
): Promise<void> {
  const { owner, repo, now } = options;
  if (sent.length > 0) {
    const after = (await listInvitations(github, owner, repo)) ?? [];
    if (after.some((i) => i.ownerType === "User")) ledger.personal = true;
    for (const login of sent) {
      const found = after.find((i) => sameName(i.login, login));
      const entry = record(ledger, login, now, found ? "pending" : "added");
      entry.id = found?.id ?? null;
      ledger.invited[login.toLowerCase()] = entry;
    }
  }
  ledger.problem = problem
    ? `${problem}: ${waiting.length} ${waiting.length === 1 ? "invitation waits" : "invitations wait"} (${waiting.join(", ")}) and ${waiting.length === 1 ? "is" : "are"} tried again every hour and with each seat taken or given up, until GitHub allows it (without the app, at each run of the scheduled Action's notify job).`
    : null;
}

/**
 * The invitations sent recorded in the ledger from GitHub's answers to them (pure): each one
 * pending with its id, or added at once; a personal repository as the invitation says its owner.
 */
export function recordAnswers(
  ledger: SeatLedger,
  answers: readonly InvitationAnswer[],
  now: string,
): void {
  for (const answer of answers) {
    if (answer.personal) ledger.personal = true;
    const entry = record(
      ledger,
      answer.login,
      now,
      answer.outcome === "invited" ? "pending" : "added",
    );
    entry.id = answer.outcome === "invited" ? answer.id : null;
    ledger.invited[answer.login.toLowerCase()] = entry;
  }
  ledger.problem = null;
}

/** A ledger entry for an invitation sent now (a second one counts as the second time). */
function record(ledger: SeatLedger, login: string, now: string, state: Invited["state"]): Invited {
  const before = ledger.invited[login.toLowerCase()];
  const resent = before && before.state !== "refused";
  return { at: now, times: resent ? before.times + 1 : 1, state, id: null };
}

/**
 * Without the Administration permission GitHub lists no invitation and sends none: one comment,
 * kept up to date, lists the seated people for the facilitator to invite, instead of a failure
 * per seat. People are linked, not @-mentioned.
 */
function byHand(issue: number, seated: string[], site: string): Effect {
  const people = seated
    .map((login) => `[${login}](${site}/${encodeURIComponent(login)})`)
    .join(", ");
  const body = [
    "**Invite these people by hand.** Roundtable cannot invite anybody to this repository: the App lacks the Administration permission (listing invitations needs read, sending them needs write). Grant it in the App's installation settings, or invite these seated people from Settings → Collaborators:",
    "",
    people || "Nobody is seated yet.",
  ].join("\n");
  return { kind: "upsert-comment", issue, marker: marker("invite-by-hand"), body };
}
