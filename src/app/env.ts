import { tenantSecrets } from "../channels/tenant-secrets.js";
import type { Coordination } from "../coordination/index.js";
import type { GitHub } from "../github/client.js";
import type { Arrival } from "../jobs/recount-fold.js";
import { type RepoRun, runContext } from "../jobs/run-context.js";
import type { ConfigReader } from "./load-config.js";
import { type ProbotOctokit, roundtableOctokit } from "./roundtable-octokit.js";

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

/**
 * The trigger's env with its Octokit made Roundtable's: its own login, timeouts and a budget
 * (roundtable-octokit.ts). Done once per trigger, where a trigger becomes a run (run-trigger.ts),
 * and by what starts outside a trigger (timers.ts); what the run keeps in the coordination store
 * (the board's last read, GitHub's answers about access) its context adds (`runContext`).
 */
export async function own<E extends Pick<Env, "octokit" | "log">>(env: E): Promise<E> {
  return { ...env, octokit: await roundtableOctokit(env.octokit as ProbotOctokit, env.log) };
}

/**
 * The run's one context, for a trigger delivered to the app: built once per trigger from its env,
 * the config added once read (`withConfig`, jobs/cached-config.ts).
 */
export function runOf(env: Env): RepoRun {
  return runContext({
    github: env.octokit,
    owner: env.owner,
    repo: env.repo,
    installation: env.installation,
    clock: env.now,
    log: env.log,
    coordination: env.coordination,
    // The channels' env:NAME are read from the app's environment, by the write gate alone, and
    // only the owner's own (tenants apart: another owner's channel is not reachable).
    secrets: tenantSecrets(process.env, env.owner),
  });
}

/** When the delivery came, and this instance's clock for the instant its recount starts. */
export const arrivalOf = (env: Pick<Env, "arrived">): Arrival => ({
  arrived: env.arrived,
  starts: () => Date.now(),
});
