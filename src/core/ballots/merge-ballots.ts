import { type BallotSigner, dotsPlaced, type StoredBallot } from "./ballot.js";
import {
  type BallotEntry,
  type BallotFile,
  ballotFileText,
  entryContext,
  entrySignedText,
  headSignedText,
  parseBallotFile,
  type RoundHead,
} from "./ballot-file.js";
import { checkRound, refusedWhy } from "./check-round.js";
import { againstLastGood } from "./last-good.js";
import { parseSealedDots } from "./open-ballots.js";

/** One batch for the ballot file: the voters' changes it holds, and how the round stands. */
export interface BallotBatch {
  repository: string;
  round: string;
  /** The app's installation on the repository: the round's pseudonyms are keyed by it. */
  installation: number;
  /** The ballots changed since the last batch, in the clear (the app holds them). */
  ballots: StoredBallot[];
  /** The round is closed: every ballot of it is written in the clear, for anyone to check. */
  final: boolean;
  /** `votes.reveal: live`: the head carries the counts by topic, as the pages show them. */
  counts: boolean;
  /**
   * The file as the app wrote it last (its record, kept where the app keeps state): when the
   * branch lost part of the round since (put back, an entry taken out), the batch is merged into
   * this instead, so the round goes on from its last good state (see againstLastGood).
   */
  lastGood?: string;
}

/**
 * Sealed dots are padded to a multiple of this many bytes, so an entry's length does not tell
 * how many topics a person put dots on (20 dots on 20 five-digit topics fit in one block).
 */
const block = 256;
const padded = (dots: Record<string, number>) => {
  const json = JSON.stringify(dots);
  return json.padEnd(Math.ceil(Math.max(1, json.length) / block) * block, " ");
};

/** The file a batch is merged into: the branch's, or the app's last good one if the branch lost. */
const baseOf = (text: string | undefined, batch: BallotBatch, signer: BallotSigner) =>
  batch.lastGood === undefined ? text : againstLastGood(text, batch.lastGood, batch, signer).base;

/**
 * The ballot file after a batch, built from the file as it stands (re-read on every retry), or
 * from the app's last good file when the branch lost part of the round since:
 * 1. check the round's entries as any reader does, and open the sealed ones with the app's key;
 *    entries that do not hold (copied, edited, rolled back) are dropped, and said;
 * 2. a round whose pseudonyms belong to another installation of the app starts afresh (else one
 *    person would hold two ballots);
 * 3. put the batch's ballots in place of their pseudonyms' earlier ones;
 * 4. write every entry of the round again under the round's next version: sealed afresh while
 *    the round is open (the diff shows no one's change), in the clear once it is final; sign
 *    each entry and the round's head. Other rounds' entries are kept as they stand.
 */
export function mergeBallots(
  text: string | undefined,
  batch: BallotBatch,
  signer: BallotSigner,
): { text: string; dropped?: string } {
  const { repository, round } = batch;
  const parsed = parseBallotFile(baseOf(text, batch, signer));
  const checked = checkRound(parsed, repository, round, signer);
  const current = new Map<string, Record<string, number>>();
  const sameInstallation = checked.head?.installation === batch.installation;
  if (sameInstallation)
    for (const entry of checked.entries) {
      const dots =
        entry.dots ??
        parseSealedDots(signer.unseal(entry.sealed ?? "", entryContext(repository, entry)));
      if (dots) current.set(entry.pseudonym, dots);
    }
  else if (checked.head)
    checked.refused.set("cast under another installation of the app", checked.entries.length);
  for (const ballot of batch.ballots) current.set(ballot.pseudonym, ballot.dots);
  for (const [pseudonym, dots] of current) if (dotsPlaced(dots) === 0) current.delete(pseudonym);

  const version = (checked.head?.version ?? 0) + 1;
  const entries: BallotEntry[] = [...current].map(([pseudonym, dots]) => {
    const at = { round, pseudonym, version };
    const content = batch.final
      ? { dots }
      : { sealed: signer.seal(padded(dots), entryContext(repository, at)) };
    const unsigned = { ...at, ...content };
    return { ...unsigned, signature: signer.sign(entrySignedText(repository, unsigned)) };
  });
  const counts: Record<string, number> = {};
  for (const dots of current.values())
    for (const [topic, n] of Object.entries(dots)) counts[topic] = (counts[topic] ?? 0) + n;
  const unsignedHead: Omit<RoundHead, "signature"> = {
    round,
    state: batch.final ? "opened" : "sealed",
    installation: batch.installation,
    version,
    size: new Set(batch.ballots.map((b) => b.pseudonym)).size,
    pseudonyms: [...current.keys()].sort(),
    ...(batch.counts && !batch.final && { counts: { topics: counts, voters: current.size } }),
  };
  const head = {
    ...unsignedHead,
    signature: signer.sign(headSignedText(repository, unsignedHead)),
  };
  const kept =
    parsed.file?.repository.toLowerCase() === repository.toLowerCase() ? parsed.file : undefined;
  const file: BallotFile = {
    version: 2,
    repository,
    rounds: [...(kept?.rounds.filter((h) => h.round !== round) ?? []), head],
    ballots: [...(kept?.ballots.filter((b) => b.round !== round) ?? []), ...entries],
  };
  const dropped = refusedWhy(checked.refused);
  return { text: ballotFileText(file), ...(dropped && { dropped }) };
}
