import type { BallotVerifier, SnapshotBallots, StoredBallot } from "./ballot.js";
import { entryContext, parseBallotFile } from "./ballot-file.js";
import { checkRound, refusedCount, refusedWhy } from "./check-round.js";

/** Reads a sealed entry's plain text: the dots as JSON, padded with spaces. */
export const parseSealedDots = (plain: string | undefined): Record<string, number> | undefined => {
  if (plain === undefined) return undefined;
  try {
    const dots = JSON.parse(plain) as unknown;
    if (typeof dots !== "object" || dots === null || Array.isArray(dots)) return undefined;
    return Object.values(dots).every((n) => Number.isSafeInteger(n))
      ? (dots as Record<string, number>)
      : undefined;
  } catch {
    return undefined;
  }
};

/**
 * The current round's ballots from the ballot file's text, each checked (see checkRound). An
 * opened round gives its dots to anyone; a sealed one only to the app, which can unseal it;
 * any other reader gets the app's signed counts (`reveal: live`) or none.
 */
export function openBallots(
  text: string | undefined,
  where: { repository: string; round: string },
  verifier: BallotVerifier | undefined,
): SnapshotBallots {
  const { round, repository } = where;
  const { head, entries, refused } = checkRound(parseBallotFile(text), repository, round, verifier);
  const ballots: StoredBallot[] = [];
  let sealed = false;
  for (const entry of entries) {
    if (entry.dots) ballots.push({ round, pseudonym: entry.pseudonym, dots: entry.dots });
    else if (!verifier?.unseal) sealed = true;
    else {
      const dots = parseSealedDots(
        verifier.unseal(entry.sealed ?? "", entryContext(repository, entry)),
      );
      if (dots) ballots.push({ round, pseudonym: entry.pseudonym, dots });
      else refused.set("cannot be unsealed", (refused.get("cannot be unsealed") ?? 0) + 1);
    }
  }
  const ignored = refusedCount(refused);
  const why = refusedWhy(refused);
  return {
    round,
    ballots: sealed ? [] : ballots,
    ignored,
    ...(why && { ignoredWhy: why }),
    ...(head && { state: head.state, version: head.version }),
    ...(sealed && { sealed: true, ...(head?.counts && { counts: head.counts }) }),
  };
}
