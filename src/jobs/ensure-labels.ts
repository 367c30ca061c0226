import type { Config } from "../config/index.js";
import { type Effect, planLabels, roundtableLabels } from "../core/index.js";
import { applyPlan, type GitHub, readLabels } from "../github/index.js";

export interface EnsureLabelsOptions {
  owner: string;
  repo: string;
  config: Config;
  dryRun: boolean;
  log: (line: string) => void;
}

/**
 * The labels job: every label Roundtable uses made to exist, before an issue form needs it.
 *
 * 1. Read the repository's labels.
 * 2. Plan the missing ones (names from the config; an existing label of any case counts).
 * 3. Create them through the write gate (or print them, in a dry run).
 */
export async function ensureLabels(
  github: GitHub,
  options: EnsureLabelsOptions,
): Promise<{ plan: Effect[]; applied: Effect[] }> {
  const { owner, repo, config } = options;
  const { names } = await readLabels(github, owner, repo);
  const plan = planLabels(names, roundtableLabels(config));
  const applied = await applyPlan(github, plan, {
    owner,
    repo,
    project: null,
    dryRun: options.dryRun,
    log: options.log,
  });
  return { plan, applied };
}
