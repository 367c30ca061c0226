import {
  type BallotChange,
  type BallotView,
  ballotViewOf,
  castBallot,
  roundIdOf,
  type StoredBallot,
} from "../core/index.js";
import { applyPlan, type GitHub } from "../github/index.js";
import type { BallotKeys } from "./ballot-keys.js";
import { loadBoard } from "./load-board.js";
import { loadRepoConfig } from "./repo-config.js";

export interface BallotTarget {
  owner: string;
  repo: string;
}

/** A person's ballot still waiting for the next batch, by their pseudonym. */
export type PendingOf = (pseudonym: string) => Promise<StoredBallot | undefined>;

/**
 * The ballot page of `login`, read with the app's installation client (reads only):
 * 1. read the repository's config: the round's id names the person's pseudonym;
 * 2. their ballot waiting for the next batch, if any (newer than the file's);
 * 3. load the board, with the ballot file's entries checked;
 * 4. work out the page in core.
 */
export async function loadBallotView(
  github: GitHub,
  target: BallotTarget,
  viewer: { login: string; keys: BallotKeys; pending: PendingOf },
  now: string,
): Promise<BallotView> {
  const config = await loadRepoConfig(github, target);
  const pseudonym = viewer.keys.pseudonym(roundIdOf(config.votes), viewer.login);
  const pending = await viewer.pending(pseudonym);
  const { snapshot } = await loadBoard(github, { ...target, config, now, checkFields: false });
  return ballotViewOf(snapshot, config, {
    login: viewer.login,
    pseudonym,
    ...(pending && { pending }),
  });
}

/** The person's sealed ballot after one change, decided on the page as it stands now. */
export function decideBallot(
  view: BallotView,
  change: BallotChange,
  keys: BallotKeys,
): { ballot: StoredBallot } | { refused: string } {
  return castBallot(view, change, keys.mac);
}

/** A batch of ballots written to the ballot file, in one commit, through the write gate. */
export async function writeBallotBatch(
  github: GitHub,
  target: BallotTarget,
  ballots: StoredBallot[],
  log: (line: string) => void,
): Promise<void> {
  if (ballots.length === 0) return;
  await applyPlan(github, [{ kind: "write-ballots", ballots }], {
    owner: target.owner,
    repo: target.repo,
    project: null,
    dryRun: false,
    log,
  });
}
