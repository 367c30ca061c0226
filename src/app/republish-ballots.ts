import { cachedConfig } from "../jobs/cached-config.js";
import { publish } from "../jobs/publish.js";
import { runUseCase } from "../jobs/use-case.js";
import { type Env, runOf } from "./env.js";

/**
 * A batch of ballots was written: the pages are published again, so that the counts they show
 * (live, or after the close) include it. Run after the batch's timer, under the same lease.
 */
export async function republishBallots(env: Env): Promise<void> {
  const run = runOf(env);
  const config = await cachedConfig(run, null);
  if (!config) return;
  await runUseCase(publish, { ...run, config }, { mode: "direct" });
}
