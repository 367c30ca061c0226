import { tenantSecrets } from "../channels/tenant-secrets.js";
import type { Config } from "../config/index.js";
import type { Coordination } from "../coordination/index.js";
import type { GitHub } from "../github/client.js";
import { type RepoRun, type RunContext, runContext } from "../jobs/run-context.js";
import type { ConfigReader } from "./load-config.js";

/** What a handler needs of the world; the app passes Probot's Octokit and logger. */
export interface Env {
  octokit: GitHub & ConfigReader;
  owner: string;
  repo: string;
  log: (line: string) => void;
  now: () => string;
  coordination: Coordination;
  /** The installation the delivery came from (0 when it names none). */
  installation: number;
  /** When the delivery reached this instance (ms since the epoch), before it waited for its lease. */
  arrived?: number;
}

/** The run's one context, for a trigger delivered to the app (with its config, once read). */
export function runOf(env: Env, config: Config): RunContext;
export function runOf(env: Env): RepoRun;
export function runOf(env: Env, config?: Config): RepoRun {
  return runContext({
    github: env.octokit,
    owner: env.owner,
    repo: env.repo,
    installation: env.installation,
    ...(config ? { config } : {}),
    clock: env.now,
    log: env.log,
    coordination: env.coordination,
    // The channels' env:NAME are read from the app's environment, by the write gate alone, and
    // only the owner's own (tenants apart: another owner's channel is not reachable).
    secrets: tenantSecrets(process.env, env.owner),
  });
}
