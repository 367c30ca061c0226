import type { Snapshot } from "../core/index.js";
import { applyCommit } from "../github/apply-plan.js";
import { type CommitResult, type LoadCost, loadSnapshot, noLoadCost } from "../github/index.js";
import { ballotReader } from "./ballot-keys.js";
import type { PageKind } from "./pages/index.js";
import { renderPages } from "./render-pages.js";
import { gateOf, type RunContext } from "./run-context.js";

export interface PublishInput {
  mode: "direct" | "pull-request";
  /** A snapshot read moments ago by sync, in the same run: no need to read the board twice. */
  snapshot?: Snapshot;
  /** The kinds of page to write (default: every kind Roundtable has). */
  pages?: PageKind[];
}

/**
 * The publish job: the pages written back into the repository.
 *
 * 1. Load the snapshot (unless sync just did).
 * 2. Render every page, spliced into the text the branch holds now.
 * 3. Commit the changed pages in one commit through the write gate (none if nothing changed),
 *    rendered again on a moved branch.
 */
export async function publish(
  run: RunContext,
  input: PublishInput,
): Promise<CommitResult & { cost: LoadCost }> {
  const { github, owner, repo, config } = run;
  const { snapshot, cost } = input.snapshot
    ? { snapshot: input.snapshot, cost: noLoadCost() }
    : await loadSnapshot(github, {
        owner,
        repo,
        config,
        now: run.now,
        onProgress: run.onProgress,
        ballotVerifier: ballotReader(config.votes),
      });
  const result = await applyCommit(
    github,
    {
      kind: "commit-pages",
      message: "Roundtable: refresh the pages",
      mode: input.mode,
      render: (existing) => renderPages(snapshot, config, existing, input.pages),
    },
    gateOf(run, null),
  );
  return { ...result, cost };
}
