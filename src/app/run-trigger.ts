import type { Context } from "probot";
import type { TimerJob } from "../coordination/index.js";
import type { GitHub } from "../github/client.js";
import { repositoryInstallation } from "../github/installations.js";
import type { FollowUp } from "../jobs/follow-up.js";
import { armTimer, type Timed, type TimerPlace } from "./arm-timer.js";
import { guarded } from "./deliveries.js";
import { type Env, own } from "./env.js";
import { timerEnv } from "./timers.js";
import {
  type AppDeps,
  type FollowUpRow,
  type TriggerKey,
  triggers,
  type WebhookRow,
} from "./triggers.js";

/**
 * Where a trigger becomes a run: its env's Octokit made Roundtable's once (`own`), before its
 * row runs; what follows runs with the same env. A webhook delivery, run as its row says: one
 * repository's under its lease and once, then what its use case returned; or each repository it
 * names under its own; or as it comes.
 */
export async function deliver(deps: AppDeps, row: WebhookRow, context: Context): Promise<void> {
  if (row.accepts && !row.accepts(context.payload)) return;
  if (row.reach === "repository")
    return deps.handle(context, async (given) => {
      const env = await own(given);
      await runFollowUps(deps, env, (await row.run(deps, env, context)) ?? []);
    });
  if (row.reach === "named")
    return deps.handle.each(
      context,
      async (env, each) => row.run(deps, await own(env), context, each),
      { fromBots: row.fromBots ?? false },
    );
  return row.run(deps, context);
}

/**
 * What a use case asked for next, in its order, each through its row: one that waits gets its
 * timer; the others run now, with the run's env, and what they ask for follows in turn.
 */
export async function runFollowUps(deps: AppDeps, env: Env, list: FollowUp[]): Promise<void> {
  for (const next of list) {
    if (next.at !== undefined) {
      await armTimer(env, next as Timed);
      continue;
    }
    const row = triggers[next.trigger] as FollowUpRow<typeof next.trigger>;
    const more = await row.run(deps, env, next.data as never);
    if (more) await runFollowUps(deps, env, more);
  }
}

/**
 * A timer is due: its `kind` names its row. Its work runs under the repository's lease, as the
 * installation that set it, its Octokit made Roundtable's as a delivery's is; a kind the table
 * does not hold is left alone.
 */
export async function runDue(deps: AppDeps, job: TimerJob): Promise<void> {
  const kind = job.data.kind;
  if (typeof kind !== "string" || !Object.hasOwn(triggers, kind)) return;
  const row = triggers[kind as TriggerKey];
  if (row.source !== "timer") return;
  const { owner, repo } = job.data as Partial<TimerPlace>;
  if (!owner || !repo) return;
  // A ballots' timer set by 0.7.0 names no installation (the pages asked for it then): it acts
  // as the one on the repository now, so that its waiting ballots are written, and opened.
  const installation =
    (job.data as Partial<TimerPlace>).installation ??
    (await repositoryInstallation((await deps.app.auth()) as unknown as GitHub, owner, repo));
  const octokit = await deps.app.auth(installation);
  await deps.coordination.exclusive(`${owner}/${repo}`, async (lease) => {
    const where = { installation, owner, repo };
    const env = await own(
      timerEnv(deps.app, deps.coordination, where, guarded(octokit, lease), deps.clock),
    );
    const more = await (row as FollowUpRow<"timebox">).run(deps, env, job.data as never);
    if (more) await runFollowUps(deps, env, more);
  });
}
