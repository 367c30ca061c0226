import { ensureIssueTypes } from "./ensure-issue-types.js";
import { ensureLabels } from "./ensure-labels.js";
import type { RunContext } from "./run-context.js";
import { sync } from "./sync.js";
import { runUseCase } from "./use-case.js";

/**
 * A repository the app was installed on, or given: its board comes alive.
 *
 * 1. The labels the issue forms and the jobs need (forms add only labels that exist: made before
 *    anyone opens one).
 * 2. The kinds' issue types, where the organisation lets the app make them; else said in the log.
 * 3. The board recounted (sync: load, plan, apply).
 */
export async function onInstalled(run: RunContext): Promise<void> {
  await runUseCase(ensureLabels, run);
  const types = await ensureIssueTypes(run);
  if (types.byHand) run.log(types.byHand);
  await sync(run);
}
