import type { Secrets } from "../channels/index.js";
import type { Config } from "../config/index.js";
import type { Coordination } from "../coordination/port.js";
import type { BallotSigner, Effect, ProjectView } from "../core/index.js";
import type { ApplyContext, GitHub, LoadProgress } from "../github/index.js";
import { coordinationAccess, coordinationReads } from "./kept-reads.js";

/**
 * What every use case runs with, whatever triggered it (a webhook, a timer, an Action job, a CLI
 * command, a web page): built once per trigger by `runContext`, then handed to the use case with
 * its own small input. A use case reads the clock, the environment and GitHub only through this.
 */
export interface RunContext {
  /** The repository the run is about. */
  owner: string;
  repo: string;
  /** The App installation the trigger came from; 0 for the Action, the CLI and tests. */
  installation: number;
  config: Config;
  /** The trigger's instant (ISO 8601), read once from the entry point's clock. */
  now: string;
  log: (line: string) => void;
  /** Print every write as "would …" and write nothing. */
  dryRun: boolean;
  github: GitHub;
  /** What the App's instances share (leases, cache, timers); none for the Action and the CLI. */
  coordination?: Coordination;
  /**
   * Where the channels' env:NAME are read, by the write gate alone (a notice to a channel goes
   * through it); none: a channel's notice fails with the name it lacks.
   */
  secrets?: Secrets;
  /** Told of each channel that did not take its notice (the run goes on without it). */
  onNoticeFailed?: (effect: Effect, error: Error) => void;
  /** Told as a long read of the board goes on (the CLI's progress line). */
  onProgress?: (progress: LoadProgress) => void;
  /** The app's ballot keys (BALLOT_SECRET), for the gate alone: a batch of ballots is its write. */
  ballotSigner?: BallotSigner;
}

/**
 * The context before the repository's config is read: what tells a broken config, settles a
 * command that failed, or reads the config itself (a transcript uploaded on the web page).
 */
export type RepoRun = Omit<RunContext, "config">;

/** What an entry point knows when a trigger arrives: the context with its clock not yet read. */
export interface Trigger extends Omit<RepoRun, "now" | "installation" | "dryRun"> {
  clock: () => string;
  installation?: number;
  dryRun?: boolean;
  /** The repository's config, once read (a broken one is told with the context without it). */
  config?: Config;
}

/**
 * The one context of a run: the clock read once, the defaults set, and, when the run has a
 * coordination store (the app's instances), its GitHub client keeping there what it may reuse:
 * the board's last read and GitHub's answers about access (kept-reads.ts), per installation.
 */
export function runContext(trigger: Trigger & { config: Config }): RunContext;
export function runContext(trigger: Trigger): RepoRun;
export function runContext(trigger: Trigger): RepoRun {
  const { clock, ...rest } = trigger;
  const installation = trigger.installation ?? 0;
  return {
    ...rest,
    github: keptIn(trigger.github, trigger.coordination, installation),
    installation,
    dryRun: trigger.dryRun ?? false,
    now: clock(),
  };
}

/** The client with the coordination's stores, unless it has its own (or there is none). */
function keptIn(github: GitHub, coordination: Coordination | undefined, installation: number) {
  if (!coordination) return github;
  return {
    ...github,
    reads: github.reads ?? coordinationReads(coordination, installation),
    access: github.access ?? coordinationAccess(coordination, installation),
  };
}

/** The write gate as the run sets it, for the project it read. */
export function gateOf(
  run: Pick<
    RepoRun,
    "owner" | "repo" | "dryRun" | "log" | "secrets" | "onNoticeFailed" | "ballotSigner"
  >,
  project: ProjectView | null,
): ApplyContext {
  return {
    owner: run.owner,
    repo: run.repo,
    project,
    dryRun: run.dryRun,
    log: run.log,
    ...(run.secrets ? { secrets: run.secrets } : {}),
    ...(run.onNoticeFailed ? { onFailure: run.onNoticeFailed } : {}),
    ...(run.ballotSigner ? { ballotSigner: run.ballotSigner } : {}),
  };
}
