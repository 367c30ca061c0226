/**
 * A private ballot: a person's dots by topic, stored under a pseudonym (an HMAC of the round and
 * the login, computed at the edge with BALLOT_SECRET) and sealed with a MAC over its content.
 * Nothing here holds a login.
 */
export interface Ballot {
  pseudonym: string;
  /** Dots by topic number. A topic with no dot is left out. */
  dots: Record<string, number>;
}

/** A ballot as the ballot file holds it: its round and the MAC that seals it. */
export interface StoredBallot extends Ballot {
  round: string;
  mac: string;
}

/** The ballot file on the ballots branch: every round's ballots, one entry per pseudonym and round. */
export interface BallotFile {
  version: 1;
  ballots: StoredBallot[];
}

/**
 * The ballots a snapshot holds: those of the current round whose MAC was checked when they were
 * read (so a snapshot file works offline, without the secret), and how many entries were not
 * taken (a hand edit, or no secret to check them with).
 */
export interface SnapshotBallots {
  round: string;
  ballots: StoredBallot[];
  ignored: number;
  /** Why entries were not taken, in one line, when some were not. */
  ignoredWhy?: string;
}

/** A MAC over a text: HMAC-SHA256 with the app's key, passed in so the core stays pure. */
export type Mac = (text: string) => string;

/** Where ballots are kept. */
export const ballotsBranch = "roundtable/ballots";
export const ballotsPath = "ballots.json";

/** The id of the voting round: its start day, or `open` while no roundStart is set. */
export const roundIdOf = (votes: { roundStart: string | null }): string =>
  votes.roundStart ?? "open";

/** How many dots a ballot places in all. */
export const dotsPlaced = (dots: Record<string, number>): number =>
  Object.values(dots).reduce((sum, n) => sum + n, 0);
