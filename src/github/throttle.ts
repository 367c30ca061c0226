import type { Octokit, OctokitOptions } from "@octokit/core";
import Bottleneck from "bottleneck";
import pLimit, { type LimitFunction } from "p-limit";

/**
 * How Roundtable throttles its requests, for the CLI and Action (createClient) and for the app
 * (Probot's Octokit): only what GitHub asks to be throttled.
 *
 * GitHub's secondary rate limits ("Rate limits for the REST API", about secondary rate limits, and
 * "Best practices for using the REST API", docs.github.com/en/rest/using-the-rest-api/…) ask for:
 * at most 100 concurrent requests; mutating requests (POST, PATCH, PUT, DELETE, GraphQL mutations)
 * made serially, not concurrently; at most 80 content-creating requests a minute; and waiting out a
 * 403 or 429 with Retry-After. Reads are not asked to be spaced.
 *
 * @octokit/plugin-throttling sends every request under /graphql, queries included, through its
 * `write` group (one at a time, 1 s apart, per `throttle.id`, which Probot sets to the
 * installation), and content-creating ones 3 s apart, so a board read waits behind every other
 * read of the installation. Its groups are Bottleneck groups, and a Bottleneck limiter takes its
 * jobs in one at a time, each after a 0 ms timer or two (measured: 2.5 ms a job when many wait,
 * 4.6 ms when one does), so one installation's shared group caps all its requests at ~400 a second
 * however fast GitHub answers: 20 deliveries of 140 topics spent 0.7 s of their 1.1 s queued there.
 * Here, as options of the plugin (its `global`, `write` and `notifications` groups):
 * - `global` (every request passes it) holds at most `readConcurrency` requests of an installation
 *   in flight at once in a process, with p-limit, which starts a waiting request as one ends (so
 *   N instances allow N × 20: five stay within GitHub's 100);
 * - `write` lets requests through at once: mutations and REST writes of an installation are run
 *   one at a time, whole, by `spaceWrites` (on Bottleneck, across processes when Probot hands the
 *   plugin a Redis connection), and GraphQL queries are reads;
 * - `notifications` (content-creating requests: comments, issues) lets through the 80 a minute
 *   GitHub allows, one at a time, instead of one every 3 s;
 * - `retryLimiter` (every request passes it once) only runs the request and, when it fails, asks
 *   the plugin's handler how long to wait before asking again: 403/429 with Retry-After and an
 *   exhausted rate limit are still waited out as the plugin decides.
 */
export const readConcurrency = 20;
/** GitHub: "no more than 80 content-generating requests per minute". */
export const contentPerMinute = 80;

interface ThrottleOptions {
  id?: string;
  connection?: Bottleneck.IORedisConnection | Bottleneck.RedisConnection;
  enabled?: boolean;
}

/** What the plugin asks of each of its groups: `group.key(id).schedule(job, task, ...args)`. */
interface PluginGroup {
  key(id?: string): {
    schedule<A extends unknown[], R>(
      job: { weight?: number },
      task: (...args: A) => R | Promise<R>,
      ...args: A
    ): Promise<R>;
  };
}

// Like the plugin's own groups: on Redis when Probot hands it a connection, with keys expiring.
const commonOf = (connection: ThrottleOptions["connection"]) =>
  connection ? { connection, timeout: 120_000 } : {};

/** One group of each kind a process (or a Redis connection): an installation's key is shared. */
const groups = new Map<string, Bottleneck.Group>();
const groupOf = (
  kind: string,
  connection: ThrottleOptions["connection"],
  make: () => Bottleneck.Group,
) => {
  const key = `${kind}:${connection ? "redis" : "memory"}`;
  let group = groups.get(key);
  if (!group) {
    group = make();
    groups.set(key, group);
  }
  return group;
};

/**
 * The plugin's `global` group: at most `readConcurrency` requests of an installation in flight at
 * once in this process, well under GitHub's 100. A retry (the plugin gives it weight 0) goes
 * straight through, as in the plugin's own group.
 */
const inFlight = new Map<string, LimitFunction>();
const writing = new Map<string, LimitFunction>();
/** The p-limit of one installation, made on first use (an installation's requests share it). */
const limitOf = (limits: Map<string, LimitFunction>, id: string, concurrency: number) => {
  let limit = limits.get(id);
  if (!limit) {
    limit = pLimit(concurrency);
    limits.set(id, limit);
  }
  return limit;
};
const concurrencyGroup: PluginGroup = {
  key(id = "no-id") {
    const limit = limitOf(inFlight, id, readConcurrency);
    return {
      schedule: async (job, task, ...args) =>
        job.weight === 0 ? task(...args) : limit(() => task(...args)),
    };
  },
};

/** The plugin's `write` group: no wait (writes are run one at a time, whole, by `spaceWrites`). */
const noWait: PluginGroup = {
  key: () => ({ schedule: async (_job, task, ...args) => task(...args) }),
};

/** The plugin's `notifications` group: content-creating requests, 80 a minute, one at a time. */
function contentGroup(connection?: ThrottleOptions["connection"]): Bottleneck.Group {
  return groupOf(
    "content",
    connection,
    () =>
      new Bottleneck.Group({
        id: "roundtable-content",
        maxConcurrent: 1,
        reservoir: contentPerMinute,
        reservoirRefreshAmount: contentPerMinute,
        reservoirRefreshInterval: 60_000,
        ...commonOf(connection),
      }),
  );
}

const mutating = (method: string, url: string, query: unknown) => {
  const { pathname } = new URL(url, "http://github.test");
  if (pathname.endsWith("/graphql"))
    return typeof query === "string" && /^\s*mutation\b/.test(query.replace(/^\s*#.*$/gm, ""));
  // An installation token is asked for before anything else; it is not a write to space.
  if (/^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname)) return false;
  return method !== "GET" && method !== "HEAD";
};

/**
 * An Octokit plugin: mutations and REST writes of one installation (`throttle.id`) go one at a
 * time; reads pass straight through. Off when throttling is.
 */
export function spaceWrites(octokit: Octokit, octokitOptions: OctokitOptions): void {
  const throttle = (octokitOptions.throttle ?? {}) as ThrottleOptions;
  if (throttle.enabled === false) return;
  const { connection } = throttle;
  const id = throttle.id ?? "no-id";
  // Across processes (Probot's Redis connection), Bottleneck on Redis holds the turn; in one
  // process, p-limit does, without Bottleneck's timer hops between one write and the next.
  const oneAtATime: (write: () => Promise<unknown>) => Promise<unknown> = connection
    ? (write) =>
        groupOf(
          "writes",
          connection,
          () =>
            new Bottleneck.Group({
              id: "roundtable-writes",
              maxConcurrent: 1,
              ...commonOf(connection),
            }),
        )
          .key(id)
          .schedule(write)
    : limitOf(writing, id, 1);
  octokit.hook.wrap("request", (request, options) =>
    mutating(options.method, options.url, (options as { query?: unknown }).query)
      ? (oneAtATime(async () => request(options)) as ReturnType<typeof request>)
      : request(options),
  );
}

/**
 * The plugin's retry limiter, which every request passes once: the plugin asks it to run the
 * request and, when it fails, its "failed" handlers how long to wait before asking again (a
 * Retry-After, a rate limit's reset), or not at all. Here that loop is all it does; Bottleneck's
 * own, one per client, took ~2 ms of the process's time a request (bench: throttle, 0 ms: 20
 * deliveries in 0.99 s with it, 0.64 s with this).
 */
class RetryLoop {
  private readonly failed: Array<
    (error: unknown, info: { args: unknown[]; retryCount: number }) => unknown
  > = [];
  on(
    event: string,
    handler: (error: unknown, info: { args: unknown[]; retryCount: number }) => unknown,
  ) {
    if (event === "failed") this.failed.push(handler);
  }
  async schedule<A extends unknown[], R>(task: (...args: A) => Promise<R>, ...args: A): Promise<R> {
    for (let retryCount = 0; ; retryCount++) {
      try {
        return await task(...args);
      } catch (error) {
        let wait: number | undefined;
        for (const handler of this.failed) {
          // A handler that throws (the plugin's reads `error.response`, which an error of ours
          // lacks) asks for no retry, as in Bottleneck.
          const asked = await Promise.resolve()
            .then(() => handler(error, { args, retryCount }))
            .catch(() => undefined);
          if (typeof asked === "number") wait = asked;
        }
        if (wait === undefined) throw error;
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }
}

/** The plugin-throttling groups Roundtable replaces (see the top of this file). */
export function shippedGroups(connection?: ThrottleOptions["connection"]) {
  // The plugin types its groups as Bottleneck's, but asks only `key(id).schedule(…)` of them.
  return {
    global: concurrencyGroup as unknown as Bottleneck.Group,
    write: noWait as unknown as Bottleneck.Group,
    notifications: contentGroup(connection),
    retryLimiter: new RetryLoop() as unknown as Bottleneck,
  };
}

/**
 * An Octokit class (Probot's) throttled as Roundtable ships: GraphQL reads side by side, writes
 * spaced per installation (see the top of this file). `throttle: { enabled: false }` still turns
 * all of it off.
 */
export function shippedThrottling<T extends typeof Octokit>(OctokitClass: T): T {
  return OctokitClass.plugin(spaceWrites).defaults((options: OctokitOptions) => {
    const throttle = (options.throttle ?? {}) as ThrottleOptions;
    // Probot names the installation (`throttle.id`) only on octokits made by `app.auth(id)`; a
    // webhook's octokit (octokit-auth-probot's "event-octokit") has none, and every installation
    // of the process shared one queue of writes and one budget of 80 creations a minute.
    const installation = (options.auth as { installationId?: unknown } | undefined)?.installationId;
    const id = throttle.id ?? (installation === undefined ? undefined : String(installation));
    return {
      ...options,
      throttle: { ...throttle, ...(id ? { id } : {}), ...shippedGroups(throttle.connection) },
    };
  }) as T;
}
