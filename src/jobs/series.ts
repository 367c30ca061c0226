import type { Config } from "../config/index.js";
import { planSeries, type Snapshot, seriesOpenings } from "../core/index.js";
import { type LoadCost, loadSnapshot, noLoadCost } from "../github/index.js";
import type { UseCase } from "./use-case.js";

/**
 * The series job (meetings.series): the next meeting's issue, opened once. Run by `runUseCase`.
 *
 * 1. Load the snapshot (the meeting issues, with what Roundtable opened before); nothing to read
 *    without a series.
 * 2. Plan: each date whose opening day has come and whose issue is not there yet.
 * 3. The runner applies it through the write gate (or prints it, in a dry run).
 */
export const seriesJob: UseCase<
  Record<string, never>,
  { snapshot: Snapshot; cost: LoadCost } | null,
  { cost: LoadCost }
> = {
  async load({ github, owner, repo, config, now }) {
    if (!config.meetings.series) return null;
    return loadSnapshot(github, { owner, repo, config, now });
  },
  plan(loaded, _input, { config, now }) {
    if (!loaded) return { effects: [], result: { cost: noLoadCost() } };
    return { effects: planSeries(loaded.snapshot, config, now), result: { cost: loaded.cost } };
  },
};

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
