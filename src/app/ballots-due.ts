import type { Coordination } from "../coordination/index.js";
import type { FollowUp } from "../jobs/follow-up.js";
import { batchSecondsFromEnv, handOnBatch } from "../web/index.js";
import type { Env } from "./env.js";
import type { Web } from "./web.js";

/**
 * A batch of ballots is due: the pages write it (`flush`). An instance without the pages (which
 * hold the ballot keys) hands the timer on instead of using it up: another instance, sharing the
 * same Redis, may have set it, and its ballots wait for one that can write them.
 */
export async function ballotsDue(
  { web, coordination }: { web: Web | undefined; coordination: Coordination },
  env: Env,
): Promise<FollowUp[]> {
  if (web) return web.ballots.flush(env.owner, env.repo);
  const deps = {
    coordination,
    now: env.now,
    log: env.log,
    batchSeconds: batchSecondsFromEnv(process.env),
  };
  return handOnBatch(deps, env.owner, env.repo, "no web pages here");
}
