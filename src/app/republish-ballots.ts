import { publish } from "../jobs/publish.js";
import { runUseCase } from "../jobs/use-case.js";
import { runOf } from "./env.js";
import { configFor, type Env, own } from "./handlers.js";

/**
 * A batch of ballots was written: the pages are published again, so that the counts they show
 * (live, or after the close) include it. Run after the batch's timer, under the same lease.
 */
export async function republishBallots(env: Env): Promise<void> {
  // Roundtable's client: the board read as the app's events read it, only what changed since.
  env = await own(env);
  const config = await configFor(env, null);
  if (!config) return;
  await runUseCase(publish, runOf(env, config), { mode: "direct" });
}
