import type { BallotVerifier } from "./ballot.js";
import {
  type BallotEntry,
  type BallotFile,
  entrySignedText,
  headSignedText,
  type ParsedBallotFile,
  type RoundHead,
} from "./ballot-file.js";

/** A round's entries as the app signed them, and every entry not taken, by reason. */
export interface CheckedRound {
  head: RoundHead | undefined;
  entries: BallotEntry[];
  refused: Map<string, number>;
}

const refuse = (refused: Map<string, number>, why: string, n = 1) => {
  if (n > 0) refused.set(why, (refused.get(why) ?? 0) + n);
};

/**
 * The entries of `round` that hold: the file is this repository's, the round's head and each
 * entry carry the app's signature, and each entry is of the head's version (an earlier entry
 * put back, still signed, is refused as rolled back). Each reason is said once, with how
 * many entries it took.
 */
export function checkRound(
  parsed: ParsedBallotFile,
  repository: string,
  round: string,
  verifier: BallotVerifier | undefined,
): CheckedRound {
  const refused = new Map<string, number>();
  refuse(
    refused,
    parsed.formatOne
      ? "written before ballots were sealed (format 1): cast them again"
      : "not ballot entries",
    parsed.malformed,
  );
  const file: BallotFile | undefined = parsed.file;
  if (!file) return { head: undefined, entries: [], refused };
  const ofRound = file.ballots.filter((b) => b.round === round);
  if (file.repository.toLowerCase() !== repository.toLowerCase()) {
    // The name comes from a file anyone who can push writes: said only when it is one.
    const from = /^[\w.-]{1,100}\/[\w.-]{1,100}$/.test(file.repository)
      ? ` (${file.repository})`
      : "";
    refuse(refused, `copied from another repository${from}`, ofRound.length);
    return { head: undefined, entries: [], refused };
  }
  if (!verifier) {
    refuse(refused, "no public key to check them with: set votes.ballotKey", ofRound.length);
    return { head: undefined, entries: [], refused };
  }
  const heads = file.rounds.filter((h) => h.round === round);
  const head = heads.length === 1 ? heads[0] : undefined;
  if (!head || !verifier.verify(headSignedText(file.repository, head), head.signature)) {
    refuse(
      refused,
      "the round's head does not carry the app's signature (edited by hand, or votes.ballotKey is not the app's key)",
      ofRound.length,
    );
    return { head: undefined, entries: [], refused };
  }
  const listed = new Set(head.pseudonyms);
  const entries: BallotEntry[] = [];
  const seen = new Set<string>();
  for (const entry of ofRound) {
    const { signature, ...signed } = entry;
    if (seen.has(entry.pseudonym)) refuse(refused, "a second entry under one pseudonym");
    else if (!verifier.verify(entrySignedText(file.repository, signed), signature))
      refuse(refused, "edited by hand: the app's signature does not match");
    else if (entry.version !== head.version || !listed.has(entry.pseudonym))
      refuse(refused, "rolled back to an earlier version");
    else {
      seen.add(entry.pseudonym);
      entries.push(entry);
    }
  }
  const present = new Set(ofRound.map((e) => e.pseudonym));
  refuse(refused, "taken out of the file", head.pseudonyms.filter((p) => !present.has(p)).length);
  return { head, entries, refused };
}

/** The reasons in one line: `2 rolled back to an earlier version; 1 copied from …`. */
export const refusedWhy = (refused: Map<string, number>): string | undefined =>
  refused.size === 0
    ? undefined
    : [...refused].map(([why, n]) => (refused.size === 1 ? why : `${n} ${why}`)).join("; ");

export const refusedCount = (refused: Map<string, number>): number =>
  [...refused.values()].reduce((a, b) => a + b, 0);
