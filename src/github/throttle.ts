import type { Octokit, OctokitOptions } from "@octokit/core";
import Bottleneck from "bottleneck";

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
 * read of the installation. Here:
 * - `write` becomes a group that only caps concurrency (`readConcurrency` per installation), so
 *   GraphQL queries run side by side like REST GETs, and `global` caps all requests of an
 *   installation at `readConcurrency` (the plugin's default: 10);
 * - `spaceWrites` runs mutations and REST writes of an installation one at a time (across
 *   processes when the plugin is given a Bottleneck Redis connection);
 * - `notifications` (content-creating requests: comments, issues) lets through the 80 a minute
 *   GitHub allows, one at a time, instead of one every 3 s;
 * - 403/429 with Retry-After are still waited out by the plugin's retry limiter.
 */
export const readConcurrency = 20;
/** GitHub: "no more than 80 content-generating requests per minute". */
export const contentPerMinute = 80;

interface ThrottleOptions {
  id?: string;
  connection?: Bottleneck.IORedisConnection | Bottleneck.RedisConnection;
  enabled?: boolean;
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
 * The plugin's `global` group (every request passes it): `readConcurrency` at once per
 * installation rather than 10, well under GitHub's 100.
 */
export function concurrencyGroup(connection?: ThrottleOptions["connection"]): Bottleneck.Group {
  return groupOf(
    "global",
    connection,
    () =>
      new Bottleneck.Group({
        id: "roundtable-global",
        maxConcurrent: readConcurrency,
        ...commonOf(connection),
      }),
  );
}

/** The plugin's `notifications` group: content-creating requests, 80 a minute, one at a time. */
export function contentGroup(connection?: ThrottleOptions["connection"]): Bottleneck.Group {
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

/**
 * The plugin's `write` group replaced by one that runs up to `readConcurrency` GraphQL requests of
 * an installation at once and spaces none: writes are spaced by `spaceWrites`.
 */
export function readGroup(connection?: ThrottleOptions["connection"]): Bottleneck.Group {
  return groupOf(
    "graphql",
    connection,
    () =>
      new Bottleneck.Group({
        id: "roundtable-graphql",
        maxConcurrent: readConcurrency,
        minTime: 0,
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
  const group = groupOf(
    "writes",
    connection,
    () =>
      new Bottleneck.Group({ id: "roundtable-writes", maxConcurrent: 1, ...commonOf(connection) }),
  );
  const limiter = group.key(throttle.id ?? "no-id");
  octokit.hook.wrap("request", (request, options) =>
    mutating(options.method, options.url, (options as { query?: unknown }).query)
      ? limiter.schedule(async () => request(options))
      : request(options),
  );
}

/** The plugin-throttling groups Roundtable replaces (see the top of this file). */
export function shippedGroups(connection?: ThrottleOptions["connection"]) {
  return {
    global: concurrencyGroup(connection),
    write: readGroup(connection),
    notifications: contentGroup(connection),
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
    return { ...options, throttle: { ...throttle, ...shippedGroups(throttle.connection) } };
  }) as T;
}
