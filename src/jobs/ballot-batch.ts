import { boardOf, roundIdOf, type StoredBallot } from "../core/index.js";
import type { GitHub } from "../github/index.js";
import type { BallotKeys } from "./ballot-keys.js";
import type { BallotTarget } from "./ballot-page.js";
import { writeBallotBatch } from "./ballot-page.js";
import { loadBoard } from "./load-board.js";
import { publish } from "./publish.js";
import { loadRepoConfig } from "./repo-config.js";
import { runContext } from "./run-context.js";

/** The ballots still waiting after a flush, and what it did, in one line for the log. */
export interface BatchOutcome {
  keep: StoredBallot[];
  said: string;
  round: string;
  /** The round's version as the ballot file held it (none: no signed head), and its version now. */
  found: number | undefined;
  now: number | undefined;
  /**
   * After a batch is written: publish the pages again, so the counts they show (live, or after
   * the close) include it. Run by the caller once the batch is no longer waiting.
   */
  republish?: () => Promise<unknown>;
}

const voters = (n: number) => `${n} ${n === 1 ? "voter's change" : "voters' changes"}`;

/**
 * The ballots waiting for a repository's next batch, written or kept:
 * 1. read the config and the board: the round, whether it is closed, the batch size;
 * 2. the round closed: write whatever waits and open every ballot of the round, once (a round
 *    already opened with nothing waiting writes nothing);
 * 3. the round open: write when at least `votes.batchSize` voters' changes wait, else keep them,
 *    so that no commit tells whose ballot it holds among fewer than that many.
 * 4. after a batch is written, say how to publish the pages again (`republish`).
 * Ballots of an earlier round (roundStart changed since) are dropped: that round is over.
 */
export async function flushBallots(
  github: GitHub,
  target: BallotTarget,
  waiting: StoredBallot[],
  keys: BallotKeys,
  now: string,
  log: (line: string) => void,
): Promise<BatchOutcome> {
  const config = await loadRepoConfig(github, target);
  const round = roundIdOf(config.votes);
  const ballots = waiting.filter((b) => b.round === round);
  const { snapshot } = await loadBoard(github, { ...target, config, now, checkFields: false });
  const closed = boardOf(snapshot, config).closed;
  const batch = { round, ballots, counts: config.votes.reveal === "live" };
  const found = snapshot.ballots?.version;
  const at = { round, found, now: found };
  const run = runContext({ github, ...target, config, clock: () => now, log });
  const republish = () => publish(run, { mode: "direct" });
  const wrote = { round, found, now: (found ?? 0) + 1, republish };
  if (closed) {
    if (ballots.length === 0 && snapshot.ballots?.state !== "sealed")
      return { ...at, keep: [], said: `round ${round} closed, nothing to open` };
    await writeBallotBatch(github, target, { ...batch, final: true }, keys, log);
    return {
      ...wrote,
      keep: [],
      said: `round ${round} closed: last batch of ${voters(ballots.length)}, every ballot opened`,
    };
  }
  const size = config.votes.batchSize;
  if (ballots.length < size)
    return {
      ...at,
      keep: ballots,
      said: `${voters(ballots.length)} waiting for a batch of ${size}`,
    };
  await writeBallotBatch(github, target, { ...batch, final: false }, keys, log);
  return { ...wrote, keep: [], said: `a sealed batch of ${voters(ballots.length)}` };
}
