import type { Config } from "../config/index.js";
import {
  againstLastGood,
  type BallotVerifier,
  boardOf,
  type Effect,
  roundIdOf,
  type Snapshot,
  type StoredBallot,
} from "../core/index.js";
import { readBallotFile } from "../github/read-ballots.js";
import type { FollowUp } from "./follow-up.js";
import { loadBoard } from "./load-board.js";
import { loadRepoConfig } from "./repo-config.js";
import type { RepoRun } from "./run-context.js";
import type { Planned, UseCase } from "./use-case.js";

/** The ballots waiting for the repository's next batch, and the file the app wrote last. */
export interface BatchInput {
  waiting: StoredBallot[];
  /** The app's keys: what the branch's file holds is weighed with them against `lastGood`. */
  keys: BallotVerifier;
  /** The ballot file as the app wrote it last (none kept: the branch is taken as it stands). */
  lastGood?: string;
}

/** What the batch read: the config, the board, and the branch's file when `lastGood` is kept. */
export interface BatchLoaded {
  config: Config;
  snapshot: Snapshot;
  branch?: string | undefined;
}

/** The ballots still waiting after a batch, and what it did, in one line for the log. */
export interface BatchOutcome {
  keep: StoredBallot[];
  said: string;
  round: string;
  /** What the ballots branch had lost against `lastGood`, said once: the round was written back. */
  lost?: string;
  /** A batch is written: the file as the branch then holds it is the next `lastGood`. */
  written: boolean;
}

const voters = (n: number) => `${n} ${n === 1 ? "voter's change" : "voters' changes"}`;

/** Once a batch is written, the pages are published again: the counts they show include it. */
const republish: FollowUp = { trigger: "ballots-published", data: {} };

/**
 * The ballots waiting for a repository's next batch, written or kept, run by `runUseCase` with
 * the app's installation client and its ballot keys (the run's `ballotSigner`, for the gate):
 * 1. load the config and the board: the round, whether it is closed, the batch size; with
 *    `lastGood` (the file as the app wrote it last), the branch's file too;
 * 2. the round closed: write whatever waits and open every ballot of the round, once (a round
 *    already opened with nothing waiting writes nothing);
 * 3. the round open: write when at least `votes.batchSize` voters' changes wait, else keep them,
 *    so that no commit tells whose ballot it holds among fewer than that many;
 * 4. the branch lost part of the round since `lastGood` (put back, an entry taken out): the round
 *    is written back from `lastGood` at once, with the waiting ballots only if they make a batch;
 * 5. a batch written: the pages published again (a follow-up). The caller reads the file back
 *    (`ballotFile`), the next `lastGood`.
 * Ballots of an earlier round (roundStart changed since) are dropped: that round is over.
 */
export const ballotBatch: UseCase<BatchInput, BatchLoaded, BatchOutcome, RepoRun> = {
  async load(run, { lastGood }) {
    const config = await loadRepoConfig(run.github, run);
    const read = { owner: run.owner, repo: run.repo, config, now: run.now, checkFields: false };
    const { snapshot } = await loadBoard(run.github, read);
    if (lastGood === undefined) return { config, snapshot };
    return { config, snapshot, branch: await readBallotFile(run.github, run.owner, run.repo) };
  },
  plan: ({ config, snapshot, branch }, input, run) => {
    const round = roundIdOf(config.votes);
    const ballots = input.waiting.filter((b) => b.round === round);
    const repository = `${run.owner}/${run.repo}`;
    const { lost } =
      input.lastGood === undefined
        ? { lost: undefined }
        : againstLastGood(branch, input.lastGood, { repository, round }, input.keys);
    const at = { round, ...(lost && { lost }) };
    const kept = (keep: StoredBallot[], said: string): Planned<BatchOutcome> => ({
      effects: [],
      result: { ...at, keep, said, written: false },
    });
    const write = (final: boolean, written: StoredBallot[], keep: StoredBallot[], said: string) => {
      const batch = { round, ballots: written, final, counts: config.votes.reveal === "live" };
      const effect: Effect = {
        kind: "write-ballots",
        batch: { ...batch, lastGood: input.lastGood, repository, installation: run.installation },
      };
      const result = { ...at, keep, said, written: true };
      return { effects: [effect], followUps: [republish], result };
    };
    if (boardOf(snapshot, config).closed) {
      if (ballots.length === 0 && snapshot.ballots?.state !== "sealed" && !lost)
        return kept([], `round ${round} closed, nothing to open`);
      const last = `last batch of ${voters(ballots.length)}, every ballot opened`;
      return write(true, ballots, [], `round ${round} closed: ${last}`);
    }
    const size = config.votes.batchSize;
    if (ballots.length >= size)
      return write(false, ballots, [], `a sealed batch of ${voters(ballots.length)}`);
    const waits = `${voters(ballots.length)} waiting for a batch of ${size}`;
    // The round written back as it was: no voter's change goes with it, so it tells no one's.
    if (lost) return write(false, [], ballots, `round written back; ${waits}`);
    return kept(ballots, waits);
  },
};

/**
 * The ballot file's whole text as the ballots branch holds it now (none: no branch or file), run
 * by `runUseCase` right after a batch is written: the file the app wrote last (`lastGood`).
 */
export const ballotFile: UseCase<
  Record<string, never>,
  string | undefined,
  { text: string | undefined },
  RepoRun
> = {
  load: (run) => readBallotFile(run.github, run.owner, run.repo),
  plan: (text) => ({ effects: [], result: { text } }),
};
