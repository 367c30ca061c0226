import { type Effect, planLabels, roundtableLabels } from "../core/index.js";
import { applyPlan, readLabels } from "../github/index.js";
import { gateOf, type RunContext } from "./run-context.js";

/**
 * The labels job: every label Roundtable uses made to exist, before an issue form needs it.
 *
 * 1. Read the repository's labels.
 * 2. Plan the missing ones (names from the config; an existing label of any case counts).
 * 3. Create them through the write gate (or print them, in a dry run).
 */
export async function ensureLabels(
  run: RunContext,
): Promise<{ plan: Effect[]; applied: Effect[] }> {
  const { github, owner, repo, config } = run;
  const { names } = await readLabels(github, owner, repo);
  const plan = planLabels(names, roundtableLabels(config));
  const applied = await applyPlan(github, plan, gateOf(run, null));
  return { plan, applied };
}
