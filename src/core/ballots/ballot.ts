// The ballot records a snapshot holds live in the kernel, which snapshot.ts may import.
export type { Ballot, SnapshotBallots, StoredBallot } from "../kernel/ballot-records.js";

/**
 * What reading the ballot file needs: the app's signature checked with its public key, and (the
 * app only) its sealing key to open sealed entries. Passed in so the core stays pure.
 */
export interface BallotVerifier {
  verify: (text: string, signature: string) => boolean;
  /** Decrypts a sealed entry whose `context` (repository, round, pseudonym, version) matches. */
  unseal?: (sealed: string, context: string) => string | undefined;
}

/** What writing the ballot file needs: the app's keys. Only the app holds them. */
export interface BallotSigner extends Required<BallotVerifier> {
  sign: (text: string) => string;
  seal: (plain: string, context: string) => string;
}

/** Where ballots are kept. */
export const ballotsBranch = "roundtable/ballots";
export const ballotsPath = "ballots.json";

/** The id of the voting round: its start day, or `open` while no roundStart is set. */
export const roundIdOf = (votes: { roundStart: string | null }): string =>
  votes.roundStart ?? "open";

/** How many dots a ballot places in all. */
export const dotsPlaced = (dots: Record<string, number>): number =>
  Object.values(dots).reduce((sum, n) => sum + n, 0);

/** The dots in topic order as one token: `2=1,5=2` (empty: `-`). */
export const dotsText = (dots: Record<string, number>): string =>
  Object.entries(dots)
    .sort((a, b) => Number(a[0]) - Number(b[0]))
    .map(([topic, n]) => `${topic}=${n}`)
    .join(",") || "-";
