import type { Probot } from "probot";
import { configPath } from "../config/index.js";
import type { Coordination } from "../coordination/index.js";
import { configScope } from "../jobs/cached-config.js";
import { type Clock, systemClock } from "./deliveries.js";
import { armSeries } from "./series-timer.js";
import { timerEnv } from "./timers.js";

export interface PushPayload {
  installation?: { id: number };
  ref?: string;
  repository?: {
    name: string;
    owner: { login?: string; name?: string } | null;
    default_branch?: string;
  };
  commits?: Array<{ added?: string[]; modified?: string[]; removed?: string[] }>;
}

const touchedBy = (payload: PushPayload) =>
  (payload.commits ?? []).flatMap((c) => [
    ...(c.added ?? []),
    ...(c.modified ?? []),
    ...(c.removed ?? []),
  ]);

/**
 * A push that touches a YAML file may change a config (a repository's own, the owner's `.github`
 * repository's, or one that another config `_extends`): every instance forgets the installation's
 * configs, and the next delivery reads them again.
 */
export async function forgetConfigOnPush(
  coordination: Coordination,
  payload: PushPayload,
): Promise<void> {
  const touched = touchedBy(payload);
  if (!payload.installation || !touched.some((file) => /\.ya?ml$/i.test(file))) return;
  await coordination.cache.invalidate(configScope(payload.installation.id));
}

/**
 * A push to the default branch that changes the repository's config: its series timer is set
 * for the next opening (and one come already), as the config now says. A timer set for the old
 * config may still fire: it runs the series job on the new one, which opens nothing twice.
 */
export async function onConfigPush(
  app: Probot,
  coordination: Coordination,
  payload: PushPayload,
  clock: Clock = systemClock,
): Promise<void> {
  const { installation, repository } = payload;
  const owner = repository?.owner?.login ?? repository?.owner?.name;
  if (!installation || !repository || !owner) return;
  if (payload.ref !== `refs/heads/${repository.default_branch ?? "main"}`) return;
  if (!touchedBy(payload).includes(configPath)) return;
  const octokit = await app.auth(installation.id);
  const env = timerEnv(
    app,
    coordination,
    { installation: installation.id, owner, repo: repository.name },
    octokit,
    clock,
  );
  await armSeries(env);
}
