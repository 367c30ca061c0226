import {
  type BallotChange,
  type BallotView,
  ballotViewOf,
  castBallot,
  roundIdOf,
  type StoredBallot,
} from "../core/index.js";
import type { GitHub } from "../github/index.js";
import type { BallotKeys } from "./ballot-keys.js";
import { ballotBatchDue, ballotRoundEnd } from "./follow-up.js";
import { loadBoard } from "./load-board.js";
import { loadRepoConfig } from "./repo-config.js";
import type { RepoRun } from "./run-context.js";
import type { UseCase } from "./use-case.js";

export interface BallotTarget {
  owner: string;
  repo: string;
  /** The app's installation on the repository: pseudonyms are keyed by it. */
  installation: number;
}

/** A person's ballot still waiting for the next batch, by their pseudonym. */
export type PendingOf = (pseudonym: string) => Promise<StoredBallot | undefined>;

/**
 * The ballot page of `login`, read with the app's installation client (reads only):
 * 1. read the repository's config: the round's id names the person's pseudonym, with the
 *    installation and the repository;
 * 2. their ballot waiting for the next batch, if any (newer than the file's);
 * 3. load the board, with the ballot file's entries checked and opened with the app's keys;
 * 4. work out the page in core.
 */
export async function loadBallotView(
  github: GitHub,
  target: BallotTarget,
  viewer: { login: string; keys: BallotKeys; pending: PendingOf },
  now: string,
): Promise<BallotView> {
  const config = await loadRepoConfig(github, target);
  const pseudonym = viewer.keys.pseudonym(
    {
      installation: target.installation,
      repository: `${target.owner}/${target.repo}`,
      round: roundIdOf(config.votes),
    },
    viewer.login,
  );
  const pending = await viewer.pending(pseudonym);
  const { snapshot } = await loadBoard(github, { ...target, config, now, checkFields: false });
  const view = ballotViewOf(snapshot, config, {
    login: viewer.login,
    pseudonym,
    ...(pending && { pending }),
  });
  return { ...view, publicKey: viewer.keys.publicKey };
}

/** A person's change to their ballot, asked on the ballot page. */
export interface BallotInput {
  login: string;
  keys: BallotKeys;
  /** Their ballot still waiting for the next batch, by pseudonym. */
  pending: PendingOf;
  change: BallotChange;
  /** The batch interval (BALLOT_BATCH_SECONDS): a ballot taken waits for the interval's end. */
  batchSeconds: number;
}

/**
 * A person's ballot after one change, run by `runUseCase` with the app's client on the repository
 * (a `RepoRun` whose installation keys the pseudonyms):
 *
 * 1. Load the page as it stands now (`loadBallotView`): eligibility, the round, the rules.
 * 2. Plan: the ballot after the change, or why it is refused. Nothing is written to GitHub: the
 *    ballot waits, sealed, for its batch (the page hands it to the waiting ballots). A ballot
 *    taken asks, as follow-ups, for its batch's timer at the interval's end, and one at the
 *    round's end (votes.roundEnd), when the round's last batch is written and opened.
 */
export const decideBallot: UseCase<
  BallotInput,
  BallotView,
  { view: BallotView; decided: { ballot: StoredBallot } | { refused: string } },
  RepoRun
> = {
  load: (run, { login, keys, pending }) =>
    loadBallotView(
      run.github,
      { owner: run.owner, repo: run.repo, installation: run.installation },
      { login, keys, pending },
      run.now,
    ),
  plan: (view, { change, batchSeconds }, { now }) => {
    const decided = castBallot(view, change);
    if ("refused" in decided) return { effects: [], result: { view, decided } };
    const end = view.roundEnd ? [ballotRoundEnd(view.roundEnd)] : [];
    const followUps = [ballotBatchDue(now, batchSeconds), ...end];
    return { effects: [], followUps, result: { view, decided } };
  },
};
