import type { Config } from "../config/index.js";
import type { Snapshot } from "../core/index.js";
import {
  type CommitResult,
  commitFiles,
  type GitHub,
  type LoadCost,
  type LoadProgress,
  loadSnapshot,
  noLoadCost,
} from "../github/index.js";
import { ballotReader } from "./ballot-keys.js";
import type { PageKind } from "./pages/index.js";
import { renderPages } from "./render-pages.js";

export interface PublishOptions {
  owner: string;
  repo: string;
  config: Config;
  now: string;
  dryRun: boolean;
  mode: "direct" | "pull-request";
  log: (line: string) => void;
  onProgress?: (progress: LoadProgress) => void;
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
 * 3. Commit the changed pages in one commit (none if nothing changed), retrying on a moved branch.
 */
export async function publish(
  github: GitHub,
  options: PublishOptions,
): Promise<CommitResult & { cost: LoadCost }> {
  const { owner, repo, config } = options;
  const { snapshot, cost } = options.snapshot
    ? { snapshot: options.snapshot, cost: noLoadCost() }
    : await loadSnapshot(github, {
        owner,
        repo,
        config,
        now: options.now,
        onProgress: options.onProgress,
        ballotVerifier: ballotReader(config.votes),
      });
  const result = await commitFiles(github, {
    owner,
    repo,
    message: "Roundtable: refresh the pages",
    mode: options.mode,
    dryRun: options.dryRun,
    log: options.log,
    render: (existing) => renderPages(snapshot, config, existing, options.pages),
  });
  return { ...result, cost };
}
