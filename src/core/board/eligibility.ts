import type { Eligible } from "../../config/index.js";
import { RoundtableError } from "../../errors/index.js";
import type { Snapshot } from "../snapshot.js";

/** Says whether a login may vote. Logins are compared without regard to case, as GitHub does. */
export type IsEligible = (login: string) => boolean;

/** A setting that the snapshot holds no data for. */
export class EligibilityError extends RoundtableError {
  override name = "EligibilityError";
}

/**
 * Resolves `votes.eligible` against the people the snapshot lists. `participants` gives the
 * seated participants of the next meeting (none when no meeting is open: then no vote counts).
 */
export function eligibleVoters(
  eligible: Eligible,
  snapshot: Snapshot,
  participants: () => string[] = () => [],
): IsEligible {
  if (eligible === "everyone") return () => true;
  let logins: string[] | undefined;
  if (eligible === "participants") {
    logins = participants();
  } else if (eligible === "collaborators") {
    logins = snapshot.collaborators;
    if (!logins) {
      throw new EligibilityError(
        "votes.eligible is collaborators, but the snapshot lists no collaborators; take the snapshot with a token that can read them, or set votes.eligible to everyone",
      );
    }
  } else if (Array.isArray(eligible)) {
    logins = eligible;
  } else {
    logins = snapshot.teams?.[eligible.team];
    if (!logins) {
      throw new EligibilityError(
        `votes.eligible is the team ${eligible.team}, but the snapshot lists no members of it; check the team slug and that the token may read the organisation's teams`,
      );
    }
  }
  const set = new Set(logins.map((l) => l.toLowerCase()));
  return (login) => set.has(login.toLowerCase());
}
