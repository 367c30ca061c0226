import { Redlock, ResourceLockedError } from "@sesamecare-oss/redlock";
import { Queue, Worker } from "bullmq";
import { Redis } from "ioredis";
import { type Coordination, CoordinationError, type Lease, type TimerJob } from "./port.js";
import { redactedUrl } from "./redacted-url.js";

export interface RedisOptions {
  /** redis://… or rediss://… (Redis 7 or Valkey). */
  url: string;
  /** How long a lease lasts unless renewed; a crashed holder's lease is free after this. */
  leaseMs?: number;
  /** How long `exclusive` waits for a lease before it gives up. */
  waitMs?: number;
  /** How often a waiter asks for a lease again: this, and up to two thirds more at random. */
  retryMs?: number;
}

const day = 24 * 60 * 60;
const prefix = "roundtable";

/**
 * Coordination across instances through one Redis: leases by Redlock (renewed while the work
 * runs), fencing tokens by INCR, delivery ids and the cache as keys with a time to live, timers as
 * BullMQ delayed jobs (one instance runs each, and they outlive restarts), live events by pub/sub.
 */
export function redisCoordination(options: RedisOptions): Coordination {
  const leaseMs = options.leaseMs ?? 15_000;
  const waitMs = options.waitMs ?? 120_000;
  const { redis, ready } = commandsConnection(options.url);
  const exclusive = redisExclusive(redis, ready, leaseMs, waitMs, options.retryMs ?? 150);
  const timers = redisTimers(options.url, ready);
  const events = redisEvents(redis, options.url);
  return {
    backend: "redis",
    exclusive,
    deliveries: {
      done: async (id) => {
        await ready();
        return (await redis.exists(`${prefix}:delivery:${id}`)) === 1;
      },
      markDone: async (id) => {
        await redis.set(`${prefix}:delivery:${id}`, "done", "EX", day);
      },
    },
    cache: redisCache(redis),
    timers: timers.port,
    events: events.port,
    async health() {
      try {
        await ready();
        await redis.ping();
        return { backend: "redis", reachable: true };
      } catch (error) {
        return { backend: "redis", reachable: false, detail: (error as Error).message };
      }
    },
    async close() {
      // Closing waits for running timer jobs, but not for a Redis that is gone.
      const graceful = timers.close();
      await Promise.race([graceful, new Promise((r) => setTimeout(r, 3_000).unref())]);
      for (const connection of [redis, events.subscriber]) connection.disconnect();
      timers.disconnect();
    },
  };
}

/**
 * The connection for commands, and `ready`, which throws a clear error while Redis is away.
 * Commands fail fast while Redis is away, so nothing runs on a guess.
 */
function commandsConnection(url: string): { redis: Redis; ready: () => Promise<void> } {
  const redis = new Redis(url, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    lazyConnect: false,
  });
  let lastError: string | undefined;
  redis.on("error", (error: Error) => {
    lastError = error.message;
  });
  redis.on("ready", () => {
    lastError = undefined;
  });
  // A connection still being made (at start, or after a blip) is waited for, briefly, by all
  // who ask at that moment together.
  let connecting: Promise<void> | undefined;
  const settled = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, 2_000);
      function done() {
        clearTimeout(timer);
        redis.off("ready", done);
        redis.off("error", done);
        connecting = undefined;
        resolve();
      }
      redis.once("ready", done);
      redis.once("error", done);
    });
  const ready = async () => {
    if (redis.status !== "ready" && !lastError && redis.status !== "end") {
      connecting ??= settled();
      await connecting;
    }
    if (redis.status !== "ready")
      throw new CoordinationError(
        `Redis at ${redactedUrl(url)} is not reachable${lastError ? ` (${lastError})` : ""}`,
      );
  };
  return { redis, ready };
}

/**
 * BullMQ's own connections wait for Redis instead of failing fast (blocking reads need
 * `maxRetriesPerRequest: null`).
 */
function queueConnection(url: string): Redis {
  const connection = new Redis(url, { maxRetriesPerRequest: null });
  connection.on("error", () => undefined); // the commands connection reports it
  return connection;
}

/** A key's work under a Redlock lease, renewed while it runs, with a fencing token by INCR. */
function redisExclusive(
  redis: Redis,
  ready: () => Promise<void>,
  leaseMs: number,
  waitMs: number,
  retryMs: number,
): Coordination["exclusive"] {
  const jitter = Math.round((retryMs * 2) / 3);
  const redlock = new Redlock([redis], {
    retryDelay: retryMs,
    retryJitter: jitter,
    retryCount: Math.ceil(waitMs / (retryMs + jitter / 2)),
    automaticExtensionThreshold: Math.min(2_000, leaseMs / 3),
  });
  // Redlock reports failed attempts (a lease someone else holds) as events: they are expected.
  redlock.on("error", () => undefined);
  return async <T>(key: string, work: (lease: Lease) => Promise<T>): Promise<T> => {
    await ready();
    try {
      return await redlock.using([`${prefix}:lock:${key}`], leaseMs, async (signal) => {
        const token = await redis.incr(`${prefix}:fence:${key}`);
        return work({ token, signal });
      });
    } catch (error) {
      if (error instanceof ResourceLockedError || (error as Error).name === "ExecutionError")
        throw new CoordinationError(
          `could not take the lease on ${key} within ${Math.round(waitMs / 1000)} s: ${(error as Error).message}`,
          { cause: error },
        );
      throw error;
    }
  };
}

/** The cache as keys with a time to live; invalidating a scope moves it to a new generation. */
function redisCache(redis: Redis): Coordination["cache"] {
  const generation = async (scope: string) =>
    (await redis.get(`${prefix}:cache-generation:${scope}`)) ?? "0";
  return {
    get: async <T>(scope: string, key: string) => {
      const text = await redis.get(`${prefix}:cache:${scope}:${await generation(scope)}:${key}`);
      return text === null ? undefined : (JSON.parse(text) as T);
    },
    set: async (scope, key, value, ttlSeconds) => {
      await redis.set(
        `${prefix}:cache:${scope}:${await generation(scope)}:${key}`,
        JSON.stringify(value),
        "EX",
        ttlSeconds,
      );
    },
    // Old generations are never read again and expire on their own.
    invalidate: async (scope) => {
      await redis.incr(`${prefix}:cache-generation:${scope}`);
    },
  };
}

/** Timers as BullMQ delayed jobs: one instance runs each, and they outlive restarts. */
function redisTimers(
  url: string,
  ready: () => Promise<void>,
): { port: Coordination["timers"]; close: () => Promise<unknown>; disconnect: () => void } {
  const queue = new Queue("timers", { connection: queueConnection(url), prefix });
  queue.on("error", () => undefined); // the commands connection reports it
  let worker: Worker | undefined;
  return {
    port: {
      schedule: async (job: TimerJob) => {
        await ready();
        // A job that failed every attempt did not do its work: asked for again, it is set again.
        // BullMQ keeps a failed job a week (to be looked at) and would ignore its id till then: a
        // series' opening that failed through a minute of GitHub outage would stay undone.
        const failed = await queue.getJob(job.id);
        if (failed && (await failed.isFailed())) await failed.remove().catch(() => undefined);
        // Otherwise the same id is added once: BullMQ keeps the job (done ones for a day) and
        // ignores a second add, whichever instance makes it.
        await queue.add("timer", job, {
          jobId: job.id,
          delay: Math.max(0, Date.parse(job.at) - Date.now()),
          attempts: 5,
          backoff: { type: "exponential", delay: 5_000 },
          removeOnComplete: { age: day },
          removeOnFail: { age: 7 * day },
        });
      },
      onDue: (run) => {
        worker = new Worker("timers", async (job) => run(job.data as TimerJob), {
          connection: queueConnection(url),
          prefix,
          concurrency: 4,
        });
        worker.on("error", () => undefined);
      },
    },
    close: () => Promise.allSettled([worker?.close(), queue.close()]),
    disconnect: () => {
      void worker?.disconnect().catch(() => undefined);
      void queue.disconnect().catch(() => undefined);
    },
  };
}

/** Live events by pub/sub, on a connection of their own: a subscribed connection only listens. */
function redisEvents(
  redis: Redis,
  url: string,
): { port: Coordination["events"]; subscriber: Redis } {
  const subscriber = new Redis(url, { maxRetriesPerRequest: null });
  subscriber.on("error", () => undefined);
  const listeners = new Map<string, Set<(message: string) => void>>();
  subscriber.on("message", (channel: string, message: string) => {
    for (const listener of listeners.get(channel) ?? []) listener(message);
  });
  return {
    subscriber,
    port: {
      publish: async (channel, message) => {
        await redis.publish(`${prefix}:events:${channel}`, message);
      },
      subscribe: async (channel, listener) => {
        const name = `${prefix}:events:${channel}`;
        const set = listeners.get(name) ?? new Set();
        if (set.size === 0) await subscriber.subscribe(name);
        set.add(listener);
        listeners.set(name, set);
        return async () => {
          set.delete(listener);
          if (set.size === 0) {
            listeners.delete(name);
            await subscriber.unsubscribe(name);
          }
        };
      },
    },
  };
}
