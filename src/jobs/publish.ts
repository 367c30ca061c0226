import type { Snapshot } from "../core/index.js";
import { type LoadCost, loadSnapshot, noLoadCost } from "../github/index.js";
import type { PageKind } from "../render/pages/index.js";
import { renderPages } from "../render/pages/render-pages.js";
import { ballotReader } from "./ballot-keys.js";
import type { UseCase } from "./use-case.js";

export interface PublishInput {
  mode: "direct" | "pull-request";
  /** A snapshot read moments ago by sync, in the same run: no need to read the board twice. */
  snapshot?: Snapshot;
  /** The kinds of page to write (default: every kind Roundtable has). */
  pages?: PageKind[];
}

/**
 * The publish job: the pages written back into the repository. Run by `runUseCase`; what the
 * commit made (the commit, the pages changed, the pull request) is the run's `committed`.
 *
 * 1. Load the snapshot (unless sync just did).
 * 2. Plan the commit: every page, rendered and spliced into the text the branch holds when the
 *    commit is made.
 * 3. The runner commits the changed pages in one commit through the write gate (none if nothing
 *    changed), rendered again on a moved branch.
 */
export const publish: UseCase<
  PublishInput,
  { snapshot: Snapshot; cost: LoadCost },
  { cost: LoadCost }
> = {
  async load(run, input) {
    if (input.snapshot) return { snapshot: input.snapshot, cost: noLoadCost() };
    const { github, owner, repo, config } = run;
    return loadSnapshot(github, {
      owner,
      repo,
      config,
      now: run.now,
      onProgress: run.onProgress,
      ballotVerifier: ballotReader(config.votes),
    });
  },
  plan({ snapshot, cost }, input, { config }) {
    return {
      effects: [],
      commit: {
        kind: "commit-pages",
        message: "Roundtable: refresh the pages",
        mode: input.mode,
        render: (existing) => renderPages(snapshot, config, existing, input.pages),
      },
      result: { cost },
    };
  },
};
