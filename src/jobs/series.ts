import type { Config } from "../config/index.js";
import { type Effect, planSeries, seriesOpenings } from "../core/index.js";
import { applyPlan, type LoadCost, loadSnapshot, noLoadCost } from "../github/index.js";
import { gateOf, type RunContext } from "./run-context.js";

/**
 * The series job (meetings.series): the next meeting's issue, opened once.
 *
 * 1. Load the snapshot (the meeting issues, with what Roundtable opened before).
 * 2. Plan: each date whose opening day has come and whose issue is not there yet.
 * 3. Apply through the write gate (or print it, in a dry run).
 */
export async function seriesJob(
  run: RunContext,
): Promise<{ plan: Effect[]; applied: Effect[]; cost: LoadCost }> {
  const { github, owner, repo, config, now } = run;
  if (!config.meetings.series) return { plan: [], applied: [], cost: noLoadCost() };
  const { snapshot, cost } = await loadSnapshot(github, { owner, repo, config, now });
  const plan = planSeries(snapshot, config, now);
  const applied = await applyPlan(github, plan, gateOf(run, null));
  return { plan, applied, cost };
}

/**
 * When the app's series timer runs (see `seriesOpenings`): `due`, a date's opening that has come
 * (a run then catches up at once), and `next`, the first opening ahead; nulls without a series.
 */
export function seriesTimes(
  config: Config,
  now: string,
): { due: string | null; next: string | null } {
  const series = config.meetings.series;
  return series ? seriesOpenings(series, now) : { due: null, next: null };
}
