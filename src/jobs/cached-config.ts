import { type Config, ConfigError, configPath } from "../config/index.js";
import { TeamMembersError } from "../github/team-members-error.js";
import { channelSecretProblems } from "./channel-secrets.js";
import { reportConfigError } from "./config-error.js";
import { repoConfig } from "./repo-config.js";
import type { RepoRun, RunContext } from "./run-context.js";
import { runUseCase } from "./use-case.js";

/** How long a repository's config is kept; a push to a config file forgets it at once. */
const configSeconds = 10 * 60;

/** The scope of the cache that a push to any config file of the installation invalidates. */
export const configScope = (installation: number) => `config:${installation}`;

/**
 * The repository's config (from the cache the app's instances share, when it was read a moment
 * ago), or, when it is broken, one comment on the issue that asked (if any) saying what is wrong,
 * then silence. A channel without its URL is told in the log; the board's work goes on without it.
 */
export async function cachedConfig(
  run: RepoRun,
  issue: number | null,
): Promise<Config | undefined> {
  const cache = run.coordination?.cache;
  const scope = configScope(run.installation);
  const key = `${run.owner}/${run.repo}`;
  const cached = await cache?.get<Config>(scope, key);
  if (cached) return cached;
  const config = await runUseCase(repoConfig, run, { path: configPath }).then(
    (read) => read.config,
    (error: unknown) => {
      if (error instanceof ConfigError) return error;
      throw error;
    },
  );
  if (!(config instanceof Error)) {
    for (const problem of channelSecretProblems(config, run.secrets ?? {}))
      run.log(`${run.owner}/${run.repo}: ${problem}`);
    await cache?.set(scope, key, config, configSeconds);
    return config;
  }
  run.log(`config: ${config.message}`);
  if (issue !== null) await reportConfigError(run, issue, config);
  return undefined;
}

/**
 * The run with the repository's config (`cachedConfig`), or none when the config is broken (told
 * on `issue`, if any): a trigger's run is built once, and its config added to it once read.
 */
export async function withConfig(
  run: RepoRun,
  issue: number | null,
): Promise<RunContext | undefined> {
  const config = await cachedConfig(run, issue);
  return config && { ...run, config };
}

/**
 * A setup problem found while loading (the team of `votes.eligible` cannot be read) is told like
 * a broken config: once, in the comment Roundtable keeps on the issue, and the event is done
 * rather than failed, so GitHub does not redeliver it and the log does not repeat it per event.
 */
export async function toldOnce<T>(
  run: RepoRun,
  issue: number,
  work: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof TeamMembersError)) throw error;
    run.log(`config: ${error.message}`);
    await reportConfigError(run, issue, error);
    return undefined;
  }
}
