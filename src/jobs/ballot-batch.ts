import { againstLastGood, boardOf, roundIdOf, type StoredBallot } from "../core/index.js";
import type { GitHub } from "../github/index.js";
import { readBallotFile } from "../github/read-ballots.js";
import type { BallotKeys } from "./ballot-keys.js";
import type { BallotTarget } from "./ballot-page.js";
import { writeBallotBatch } from "./ballot-page.js";
import { loadBoard } from "./load-board.js";
import { publish } from "./publish.js";
import { loadRepoConfig } from "./repo-config.js";
import { runContext } from "./run-context.js";
import { runUseCase } from "./use-case.js";

/** The ballots still waiting after a flush, and what it did, in one line for the log. */
export interface BatchOutcome {
  keep: StoredBallot[];
  said: string;
  round: string;
  /** What the ballots branch had lost against `lastGood`, said once: the round was written back. */
  lost?: string;
  /** The ballot file as the branch holds it after this flush's batch (none written: absent). */
  text?: string;
  /**
   * After a batch is written: publish the pages again, so the counts they show (live, or after
   * the close) include it. Run by the caller once the batch is no longer waiting.
   */
  republish?: () => Promise<unknown>;
}

const voters = (n: number) => `${n} ${n === 1 ? "voter's change" : "voters' changes"}`;

/**
 * The ballots waiting for a repository's next batch, written or kept:
 * 1. read the config and the board: the round, whether it is closed, the batch size; with
 *    `lastGood` (the file as the app wrote it last), the branch's file too, weighed against it;
 * 2. the round closed: write whatever waits and open every ballot of the round, once (a round
 *    already opened with nothing waiting writes nothing);
 * 3. the round open: write when at least `votes.batchSize` voters' changes wait, else keep them,
 *    so that no commit tells whose ballot it holds among fewer than that many;
 * 4. the branch lost part of the round since `lastGood` (put back, an entry taken out): the round
 *    is written back from `lastGood` at once, with the waiting ballots only if they make a batch;
 * 5. after a batch is written, the file as it now stands (the next `lastGood`), and how to
 *    publish the pages again (`republish`).
 * Ballots of an earlier round (roundStart changed since) are dropped: that round is over.
 */
export async function flushBallots(
  github: GitHub,
  target: BallotTarget,
  waiting: StoredBallot[],
  keys: BallotKeys,
  now: string,
  log: (line: string) => void,
  lastGood?: string,
): Promise<BatchOutcome> {
  const config = await loadRepoConfig(github, target);
  const round = roundIdOf(config.votes);
  const ballots = waiting.filter((b) => b.round === round);
  const { snapshot } = await loadBoard(github, { ...target, config, now, checkFields: false });
  const closed = boardOf(snapshot, config).closed;
  const { lost } =
    lastGood === undefined
      ? { lost: undefined }
      : againstLastGood(
          await readBallotFile(github, target.owner, target.repo),
          lastGood,
          { repository: `${target.owner}/${target.repo}`, round },
          keys,
        );
  const batch = { round, ballots, counts: config.votes.reveal === "live", lastGood };
  const at = { round, ...(lost && { lost }) };
  const write = async (final: boolean, written: StoredBallot[]) => {
    await writeBallotBatch(github, target, { ...batch, ballots: written, final }, keys, log);
    const text = await readBallotFile(github, target.owner, target.repo);
    const run = runContext({ github, ...target, config, clock: () => now, log });
    const republish = () => runUseCase(publish, run, { mode: "direct" });
    return { ...at, text, republish };
  };
  if (closed) {
    if (ballots.length === 0 && snapshot.ballots?.state !== "sealed" && !lost)
      return { ...at, keep: [], said: `round ${round} closed, nothing to open` };
    return {
      ...(await write(true, ballots)),
      keep: [],
      said: `round ${round} closed: last batch of ${voters(ballots.length)}, every ballot opened`,
    };
  }
  const size = config.votes.batchSize;
  if (ballots.length >= size)
    return {
      ...(await write(false, ballots)),
      keep: [],
      said: `a sealed batch of ${voters(ballots.length)}`,
    };
  const waits = `${voters(ballots.length)} waiting for a batch of ${size}`;
  // The round written back as it was: no voter's change goes with it, so it tells no one's.
  if (lost)
    return { ...(await write(false, [])), keep: ballots, said: `round written back; ${waits}` };
  return { ...at, keep: ballots, said: waits };
}
