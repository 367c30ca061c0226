import type { Config } from "../config/index.js";
import { type Effect, planRetro } from "../core/index.js";
import { applyPlan, type GitHub, type LoadCost, loadSnapshot } from "../github/index.js";

export interface RetroJobOptions {
  owner: string;
  repo: string;
  config: Config;
  now: string;
  dryRun: boolean;
  /** Open the retro of this meeting issue instead of the quarter's. */
  meeting?: number;
  log: (line: string) => void;
}

/**
 * The retro job.
 *
 * 1. Load the snapshot, with the retro issues' comments.
 * 2. Plan: the quarter's (or the meeting's) retro issue, once; each action item's issue, once.
 * 3. Apply the plan through the write gate (or print it, in a dry run).
 */
export async function retro(
  github: GitHub,
  options: RetroJobOptions,
): Promise<{ plan: Effect[]; applied: Effect[]; cost: LoadCost }> {
  const { owner, repo, config } = options;
  const { snapshot, cost } = await loadSnapshot(github, { owner, repo, config, now: options.now });
  let meeting: (typeof snapshot.issues)[number] | undefined;
  if (options.meeting !== undefined) {
    meeting = snapshot.issues.find((i) => i.number === options.meeting);
    if (!meeting) {
      throw new Error(
        `#${options.meeting} is not a meeting of ${owner}/${repo}: it needs the ${config.labels.meeting} label`,
      );
    }
  }
  const plan = planRetro(snapshot, config, { now: options.now, ...(meeting ? { meeting } : {}) });
  const applied = await applyPlan(github, plan, {
    owner,
    repo,
    project: null,
    dryRun: options.dryRun,
    log: options.log,
  });
  return { plan, applied, cost };
}
