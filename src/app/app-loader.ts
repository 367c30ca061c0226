import { readdir } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { resolve } from "node:path";
import type { Probot } from "probot";
import type { Coordination } from "../coordination/index.js";
import type { GitHub } from "../github/client.js";
import { installedAnywhere } from "../jobs/app-start.js";
import { webSettingsFromEnv } from "../web/settings.js";

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

/**
 * The Roundtable app (its handlers, jobs, renderers and web pages: most of what the process
 * would hold) is loaded into `probot` when it is first needed, not at start: an app waiting for
 * its first delivery needs none of it. `load` loads it once, however many callers ask at once;
 * `handlers` are the request handlers it registered (the web pages), once loaded.
 */
export interface AppLoader {
  /** Loads the app, once; `why` is said in the log line that tells it loaded. */
  load: (why: string) => Promise<void>;
  handlers: Handler[];
  /** Whether the web pages are configured: only then does a page request load the app. */
  web: boolean;
}

export function appLoader(
  probot: Probot,
  coordination: Coordination,
  env: NodeJS.ProcessEnv,
): AppLoader {
  const handlers: Handler[] = [];
  let loading: Promise<void> | undefined;
  const load = (why: string) => {
    const started = performance.now();
    loading ??= import("./index.js")
      .then(({ createRoundtableApp }) =>
        probot.load(createRoundtableApp(coordination), {
          cwd: process.cwd(),
          addHandler: (handler: Handler) => {
            handlers.push(handler);
          },
        }),
      )
      .then(() =>
        probot.log.info(
          `app loaded (${why}) in ${Math.round(performance.now() - started)} ms: handlers, jobs and pages`,
        ),
      )
      .catch((error: Error) => {
        loading = undefined; // the next delivery tries again
        throw new Error(`the app could not be loaded: ${error.message}`, { cause: error });
      });
    return loading;
  };
  return { load, handlers, web: !("missing" in webSettingsFromEnv(env)) };
}

/**
 * What waits at start that needs the app loaded now, if anything: with Redis, timers set by an
 * earlier process may come due at any moment; without it, ballots a page accepted before a
 * restart wait in the data directory's journal for their batch.
 */
export async function waitingAtStart(
  coordination: Coordination,
  web: boolean,
  env: NodeJS.ProcessEnv,
): Promise<string | undefined> {
  if (coordination.backend !== "memory") return "timers in Redis may come due";
  if (!web) return undefined;
  // As src/web/ballot-journal.ts names the data directory and its files.
  const dir = resolve(env.ROUNDTABLE_DATA_DIR || ".roundtable-data");
  const names = await readdir(dir).catch(() => [] as string[]);
  if (names.some((name) => /^ballots-[0-9a-f]{24}\.json$/.test(name)))
    return "ballots wait in the journal";
  return undefined;
}

/**
 * Timers kept in memory die with the process: where the app has installations, it is loaded and
 * their timers restored (src/app/timers.ts); an app installed nowhere has none to restore.
 */
export async function restoreOnStart(
  probot: Probot,
  coordination: Coordination,
  load: (why: string) => Promise<void>,
): Promise<number> {
  if (!(await installedAnywhere((await probot.auth()) as unknown as GitHub))) return 0;
  await load("installed: timers to restore");
  const { restoreTimers } = await import("./timers.js");
  return restoreTimers(probot, coordination);
}
