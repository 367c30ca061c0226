import { readSnapshotFile, snapshotFileText } from "../core/read-snapshot.js";
import type { Snapshot } from "../core/snapshot.js";
import type { LoadCost } from "../github/load-cost.js";
import { loadSnapshot } from "../github/load-snapshot.js";
import { ballotReader } from "./ballot-keys.js";
import type { UseCase } from "./use-case.js";

/**
 * A snapshot file as the command line reads it for an offline use case's `load`: its name (for
 * errors), its bytes a chunk at a time (each call reads the file again from its start), and its
 * whole text (read only to say what is wrong with a file that cannot be parsed a piece at a time).
 */
export interface SnapshotSource {
  file: string;
  chunks: () => Iterable<Uint8Array>;
  text: () => string;
}

/** The board in a snapshot file, parsed an issue at a time (see core's `readSnapshotFile`). */
export function snapshotOf(source: SnapshotSource): Snapshot {
  return readSnapshotFile(source.chunks, source.text, source.file);
}

/** What `roundtable snapshot` prints: the file's text, and what reading the board cost. */
export interface SnapshotTaken {
  /** The snapshot file's text without its last line break (what `snapshotOf` reads back). */
  text: string;
  issues: number;
  cost: LoadCost;
}

/**
 * `roundtable snapshot`: a repository's board read into a snapshot file (its reverse, a file read
 * back, is `snapshotOf`). Run by `runUseCase` with the command line's run on the repository.
 * 1. Load the board from GitHub, the ballots checked (and a round's sealed ones opened where the
 *    run's environment holds BALLOT_SECRET, the app's secret) or with the config's `ballotKey`.
 * 2. Plan (no effect): the snapshot laid out as its file, a line per issue.
 */
export const takeSnapshot: UseCase<
  Record<string, never>,
  { snapshot: Snapshot; cost: LoadCost },
  SnapshotTaken
> = {
  load: (run) =>
    loadSnapshot(run.github, {
      owner: run.owner,
      repo: run.repo,
      config: run.config,
      now: run.now,
      ...(run.onProgress ? { onProgress: run.onProgress } : {}),
      // The command line's environment: the run's, where the channels' secrets are read too.
      ballotVerifier: ballotReader(run.config.votes, run.secrets),
    }),
  plan: ({ snapshot, cost }) => ({
    effects: [],
    result: { text: snapshotFileText(snapshot), issues: snapshot.issues.length, cost },
  }),
};
