import type { Context } from "probot";
import type { GitHub } from "../jobs/index.js";
import type { Env } from "./handlers.js";
import type { ConfigReader } from "./load-config.js";
import { OneAtATime, RecentDeliveries } from "./one-at-a-time.js";

type RepoLess = Omit<Env, "owner" | "repo">;
type Run = (repository: string, work: () => Promise<void>) => Promise<void>;

export interface Deliveries {
  /**
   * A delivery about one repository: events sent by bots (this app included) are skipped, a
   * redelivered event is handled once (once its work succeeded: a failed one is handled again),
   * and the work runs after earlier deliveries for the repository.
   */
  (context: Context, work: (env: Env) => Promise<void>): Promise<void>;
  /**
   * A delivery that names its repositories itself (a project item, an installation): handled
   * once; `run` puts each repository's work in that repository's line.
   */
  each(
    context: Context,
    work: (env: RepoLess, run: Run) => Promise<void>,
    options?: { fromBots?: boolean },
  ): Promise<void>;
}

/** How the app takes its deliveries: one process's memory keeps their order and ids. */
export function deliveries(): Deliveries {
  const queue = new OneAtATime();
  const seen = new RecentDeliveries();
  const envOf = (context: Context): RepoLess => ({
    octokit: context.octokit as unknown as GitHub & ConfigReader,
    log: (line) => context.log.info(line),
    now: () => new Date().toISOString(),
  });
  const handle = async (context: Context, work: (env: Env) => Promise<void>) => {
    if (context.isBot) return;
    if (!seen.firstTime(context.id)) {
      context.log.info(`delivery ${context.id} seen already: ignored`);
      return;
    }
    const { owner, repo } = context.repo();
    await queue
      .run(`${owner}/${repo}`, () => work({ ...envOf(context), owner, repo }))
      .catch((error: unknown) => {
        // A delivery is done when its work is: a redelivery of a failed one completes it.
        seen.forget(context.id);
        throw error;
      });
  };
  handle.each = async (
    context: Context,
    work: (env: RepoLess, run: Run) => Promise<void>,
    options: { fromBots?: boolean } = {},
  ) => {
    if ((context.isBot && !options.fromBots) || !seen.firstTime(context.id)) return;
    await work(envOf(context), (key, w) => queue.run(key, w)).catch((error: unknown) => {
      seen.forget(context.id);
      throw error;
    });
  };
  return handle;
}
