import { withConfig } from "../jobs/cached-config.js";
import { seriesJob, seriesTimes } from "../jobs/series.js";
import { runUseCase } from "../jobs/use-case.js";
import { armTimer } from "./arm-timer.js";
import { type Env, runOf } from "./env.js";

/**
 * Sets the repository's series timer (meetings.series) for the next opening instant, and, unless
 * `catchUp` is off, for the opening that has come already (a run then opens its issue at once if
 * no run did): on start, and when the config changes.
 */
export async function armSeries(env: Env, catchUp = true): Promise<string | null> {
  const config = (await withConfig(runOf(env), null))?.config;
  if (!config?.meetings.series) return null;
  const { due, next } = seriesTimes(config, env.now());
  // One timer per repository and opening: every instance and restart names it alike.
  for (const at of catchUp ? [due, next] : [next])
    if (at) await armTimer(env, { trigger: "series", at, data: {} });
  return next;
}

/**
 * A series timer is due (under the repository's lease): the series job (load → plan → apply)
 * opens each date's issue whose opening has come, once, as the scheduled Action does; then the
 * timer is set for the next opening.
 */
export async function runSeries(env: Env): Promise<void> {
  const run = await withConfig(runOf(env), null);
  if (!run) return;
  const { applied } = await runUseCase(seriesJob, run);
  const { now } = run;
  const next = await armSeries(env, false);
  env.log(
    `series of ${env.owner}/${env.repo} at ${now}: ${applied.length === 0 ? "no meeting to open" : `${applied.length} meeting issue(s) opened`}; next opening ${next ?? "none"}`,
  );
}
