/**
 * A private ballot: a person's dots by topic, stored under a pseudonym (computed at the edge with
 * a key derived from BALLOT_SECRET, over the installation, the repository, the round and the
 * login). Nothing here holds a login, a key or a clock.
 */
export interface Ballot {
  pseudonym: string;
  /** Dots by topic number. A topic with no dot is left out. */
  dots: Record<string, number>;
}

/** A ballot of one round, as the app holds it in the clear (waiting for its batch, or opened). */
export interface StoredBallot extends Ballot {
  round: string;
}

/**
 * The ballots a snapshot holds: those of the current round that were checked when they were read
 * (so a snapshot file works offline, without a key), and how many entries were not taken.
 */
export interface SnapshotBallots {
  round: string;
  ballots: StoredBallot[];
  ignored: number;
  /** Why entries were not taken, in one line, when some were not. */
  ignoredWhy?: string;
  /**
   * The round's ballots are sealed and this reader cannot open them (it holds the public key
   * only): `counts` is the app's signed count by topic (`votes.reveal: live`), or absent when
   * the counts stay sealed until the round closes.
   */
  sealed?: boolean;
  /** The round's signed head: sealed while open, opened once the app published it; none yet. */
  state?: "sealed" | "opened";
  /** The round's version (batches written), from its signed head. */
  version?: number;
  counts?: { topics: Record<string, number>; voters: number };
}

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
