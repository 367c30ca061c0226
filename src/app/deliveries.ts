import type { Context } from "probot";
import { type Coordination, CoordinationError, type Lease } from "../coordination/index.js";
import type { GitHub } from "../github/client.js";
import type { Env } from "./handlers.js";
import type { ConfigReader } from "./load-config.js";

type RepoLess = Omit<Env, "owner" | "repo">;
type Run = (repository: string, work: () => Promise<void>) => Promise<void>;

export interface Deliveries {
  /**
   * A delivery about one repository: events sent by bots (this app included) are skipped, and
   * the work runs while this instance alone holds the repository's lease, after any delivery
   * that holds it now, on whichever instance. A redelivered event whose work was done (on any
   * instance) is skipped; one that failed, or whose instance died, is done again.
   */
  (context: Context, work: (env: Env) => Promise<void>): Promise<void>;
  /**
   * A delivery that names its repositories itself (a project item, an installation): done once;
   * `run` does each repository's work under that repository's lease.
   */
  each(
    context: Context,
    work: (env: RepoLess, run: Run) => Promise<void>,
    options?: { fromBots?: boolean },
  ): Promise<void>;
}

/** How the app takes its deliveries, coordinated with its other instances (if any). */
/** The time now, as an ISO string: the system clock, or a test's own. */
export type Clock = () => string;

/** The system clock. */
export const systemClock: Clock = () => new Date().toISOString();

export function deliveries(coordination: Coordination, clock: Clock = systemClock): Deliveries {
  const envOf = (context: Context, lease?: Lease, arrived = Date.now()): RepoLess => ({
    arrived,
    octokit: (lease ? guarded(context.octokit, lease) : context.octokit) as unknown as GitHub &
      ConfigReader,
    log: (line) => context.log.info(line),
    now: clock,
    coordination,
    installation: (context.payload as { installation?: { id: number } }).installation?.id ?? 0,
  });
  const handle = async (context: Context, work: (env: Env) => Promise<void>) => {
    if (context.isBot) return;
    const { owner, repo } = context.repo();
    const arrived = Date.now();
    await coordination.exclusive(`${owner}/${repo}`, async (lease) => {
      // Asked under the lease: a delivery done by another instance a moment ago is seen here.
      if (await coordination.deliveries.done(context.id)) {
        context.log.info(`delivery ${context.id} done already: ignored`);
        return;
      }
      await work({ ...envOf(context, lease, arrived), owner, repo });
      // Only now: a delivery whose work failed is done again when GitHub redelivers it.
      await coordination.deliveries.markDone(context.id);
    });
  };
  handle.each = async (
    context: Context,
    work: (env: RepoLess, run: Run) => Promise<void>,
    options: { fromBots?: boolean } = {},
  ) => {
    if (context.isBot && !options.fromBots) return;
    if (await coordination.deliveries.done(context.id)) return;
    await work(envOf(context), (key, w) => coordination.exclusive(key, () => w()));
    await coordination.deliveries.markDone(context.id);
  };
  return handle;
}

/**
 * The delivery's Octokit, stopped once its lease is lost (it expired and could not be renewed,
 * so another instance may now hold it): no request is made after that. A write already made
 * stands, and is safe to make again, because every write is idempotent (see the effects).
 */
export function guarded(octokit: Context["octokit"], lease: Lease): Context["octokit"] {
  octokit.hook.before("request", (options) => {
    if (lease.signal.aborted)
      throw new CoordinationError(
        `the lease (token ${lease.token}) was lost; stopped before ${options.method} ${options.url}`,
      );
  });
  return octokit;
}
