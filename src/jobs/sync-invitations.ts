import {
  type Effect,
  type Invited,
  marker,
  planInvitations,
  type SeatLedger,
  sameName,
  whoToCheck,
} from "../core/index.js";
import {
  ApplyError,
  applyPlan,
  type GitHub,
  InvitationRefused,
  isCollaborator,
  listInvitations,
} from "../github/index.js";
import { readMeeting, type SeatsOptions, writeSeats } from "./write-seats.js";

/**
 * Invitations for a meeting's seats, sent by the app (meetings.invite): each seated person who
 * cannot use the repository yet is invited once, a waitlisted one when they move up, a leaver's
 * pending invitation is withdrawn, an expired one sent once more. Runs under the repository's
 * lease; the ledger in the meeting's state says who was invited, and GitHub's own list of open
 * invitations is read before any is sent, so a run that stopped between sending and recording
 * sends nothing twice.
 *
 * 1. Read the meeting and GitHub's open invitations (none readable: tell the facilitator who to
 *    invite by hand, in one comment).
 * 2. Ask GitHub who of the seated people, not yet known, is a collaborator.
 * 3. Decide (pure): who to invite, which invitations to withdraw.
 * 4. Withdraw, then invite one at a time through the write gate; GitHub's limit or an
 *    organisation's policy stops the round (the rest wait, said in one line).
 * 5. Read the invitations again: pending, or added at once (and, from how GitHub lists them,
 *    whether the repository is a personal one); record it all in the state.
 *
 * Returns how many invitations wait for GitHub (the app's timer and the scheduled Action try
 * them again).
 */
export async function syncInvitations(
  github: GitHub,
  options: SeatsOptions,
): Promise<{ waiting: number }> {
  const invite = options.config.meetings.invite;
  if (!invite) return { waiting: 0 };
  const { owner, repo, now } = options;
  const gate = {
    owner,
    repo,
    project: null,
    dryRun: options.dryRun ?? false,
    log: options.log,
  };
  const { meeting, site } = await readMeeting(github, options);
  const open = await listInvitations(github, owner, repo);
  if (open === null) {
    await byHand(github, options, meeting.roster.seated, site, gate);
    return { waiting: 0 };
  }
  const members = new Set<string>();
  for (const login of whoToCheck(meeting, open))
    if (await isCollaborator(github, owner, repo, login)) members.add(login.toLowerCase());
  const decision = planInvitations({ meeting, now, open, members });
  const ledger = decision.ledger;

  const cancels: Effect[] = decision.cancel.map((c) => ({
    kind: "cancel-invitation",
    id: c.id,
    login: c.login,
  }));
  await applyPlan(github, cancels, gate);

  const { sent, problem, waiting } = await send(github, decision.invite, ledger, options, gate);
  if (sent.length > 0) {
    const after = (await listInvitations(github, owner, repo)) ?? [];
    // What the invitations are listed with says whose the repository is: no read of its own.
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
  if (!options.dryRun) await writeSeats(github, options, () => ledger);
  return { waiting: waiting.length };
}

/**
 * The invitations, one at a time through the write gate. A person GitHub will not invite is
 * recorded as refused and the round goes on; GitHub's limit or an organisation's policy stops it,
 * and the rest wait.
 */
async function send(
  github: GitHub,
  logins: string[],
  ledger: SeatLedger,
  options: SeatsOptions,
  gate: Parameters<typeof applyPlan>[2],
): Promise<{ sent: string[]; problem: string | null; waiting: string[] }> {
  const permission = options.config.meetings.invite?.permission ?? "read";
  const sent: string[] = [];
  const waiting: string[] = [];
  let problem: string | null = null;
  for (const login of logins) {
    if (problem) {
      waiting.push(login);
      continue;
    }
    try {
      await applyPlan(github, [{ kind: "invite-collaborator", login, permission }], gate);
      sent.push(login);
    } catch (error) {
      const refused = error instanceof ApplyError ? error.cause : error;
      if (!(refused instanceof InvitationRefused)) throw error;
      if (refused.reason === "blocked") {
        ledger.invited[login.toLowerCase()] = record(ledger, login, options.now, "refused");
        continue;
      }
      problem = refused.message;
      waiting.push(login);
    }
  }
  return { sent, problem, waiting };
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
async function byHand(
  github: GitHub,
  options: SeatsOptions,
  seated: string[],
  site: string,
  gate: Parameters<typeof applyPlan>[2],
): Promise<void> {
  const people = seated
    .map((login) => `[${login}](${site}/${encodeURIComponent(login)})`)
    .join(", ");
  const body = [
    "**Invite these people by hand.** Roundtable cannot invite anybody to this repository: the App lacks the Administration permission (listing invitations needs read, sending them needs write). Grant it in the App's installation settings, or invite these seated people from Settings → Collaborators:",
    "",
    people || "Nobody is seated yet.",
  ].join("\n");
  await applyPlan(
    github,
    [{ kind: "upsert-comment", issue: options.issue, marker: marker("invite-by-hand"), body }],
    gate,
  );
}
