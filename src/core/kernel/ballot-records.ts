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
