import type { BallotVerifier } from "./ballot.js";
import { parseBallotFile } from "./ballot-file.js";
import { checkRound, refusedWhy } from "./check-round.js";

/** What the ballots branch holds of a round, weighed against the last file the app wrote. */
export interface BranchAgainstLastGood {
  /** The file a batch is merged into: the branch's, or the app's last one when the branch lost. */
  base: string | undefined;
  /** What the branch lost, in one line, when it lost anything (else the branch is taken). */
  lost?: string;
}

/** A round's head and entries as one comparable text: their signatures, which cover them whole. */
const signaturesOf = (text: string | undefined, round: string) => {
  const file = parseBallotFile(text).file;
  const head = file?.rounds.find((h) => h.round === round)?.signature ?? "-";
  const entries = (file?.ballots ?? [])
    .filter((b) => b.round === round)
    .map((b) => b.signature)
    .sort();
  return [head, ...entries].join("\n");
};

/**
 * Whether the ballots branch still holds the round as the app last wrote it (`lastGood`: the
 * file's text right after its last batch). A reader holding only the public key cannot tell an
 * earlier state of the whole branch from the current one; the app can, against its own record:
 * - the round's version is below the one it wrote last (the branch put back, or deleted): the
 *   batches in between are lost;
 * - the same version, but not the same signed head and entries (an entry taken out, edited, or
 *   put back from an earlier version);
 * and then the round is taken from `lastGood`, the last good state. A version above the record's
 * is the app's own batch whose record was not kept (a crash between the two): the branch is taken.
 */
export function againstLastGood(
  text: string | undefined,
  lastGood: string | undefined,
  where: { repository: string; round: string },
  verifier: BallotVerifier,
): BranchAgainstLastGood {
  const { repository, round } = where;
  const last = checkRound(parseBallotFile(lastGood), repository, round, verifier).head;
  if (!last) return { base: text };
  const now = checkRound(parseBallotFile(text), repository, round, verifier);
  const found = now.head?.version;
  if (found !== undefined && found > last.version) return { base: text };
  if (found === undefined || found < last.version)
    return {
      base: lastGood,
      lost: `the ballots branch was put back from version ${last.version} to ${found ?? "none"}`,
    };
  if (signaturesOf(text, round) === signaturesOf(lastGood, round)) return { base: text };
  const why = refusedWhy(now.refused) ?? "entries changed";
  return {
    base: lastGood,
    lost: `the ballots branch's round ${round} is not as the app wrote it at version ${last.version} (${why})`,
  };
}
