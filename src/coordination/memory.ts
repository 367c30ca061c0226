import { EventEmitter } from "node:events";
import type { Coordination, Lease, TimerJob } from "./port.js";

const day = 24 * 60 * 60 * 1000;
const maxDelay = 2 ** 31 - 1;

/**
 * One process's coordination, nothing to install: a key's work runs one at a time in arrival
 * order, delivery ids and the cache live in this process's memory, timers are this process's.
 * Right for one instance; several instances need the Redis adapter.
 */
export function memoryCoordination(options: { now?: () => number } = {}): Coordination {
  const now = options.now ?? Date.now;
  const done = new Expiring<true>(now, 10_000);
  const timers = memoryTimers(now);
  const bus = new EventEmitter().setMaxListeners(0);
  return {
    backend: "memory",
    exclusive: memoryExclusive(),
    deliveries: {
      done: async (id) => done.get(id) === true,
      markDone: async (id) => done.set(id, true, day),
    },
    cache: memoryCache(now),
    timers: timers.port,
    events: {
      publish: async (channel, message) => void bus.emit(channel, message),
      subscribe: async (channel, listener) => {
        bus.on(channel, listener);
        return async () => void bus.off(channel, listener);
      },
    },
    health: async () => ({ backend: "memory", reachable: true }),
    close: async () => {
      timers.stop();
      bus.removeAllListeners();
    },
  };
}

/** A key's work one at a time, in arrival order: each key is a line of promises. */
function memoryExclusive(): Coordination["exclusive"] {
  const tails = new Map<string, Promise<unknown>>();
  const tokens = new Map<string, number>();
  return <T>(key: string, work: (lease: Lease) => Promise<T>): Promise<T> => {
    const previous = tails.get(key) ?? Promise.resolve();
    const run = () => {
      const token = (tokens.get(key) ?? 0) + 1;
      tokens.set(key, token);
      return work({ token, signal: new AbortController().signal });
    };
    const next = previous.then(run, run);
    const tail = next.catch(() => undefined);
    tails.set(key, tail);
    // Forget a key once its line drains, so the map does not grow with every repository seen.
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return next;
  };
}

/**
 * The cache, as JSON text: invalidating a scope moves it to a new generation of keys. Each scope
 * is bounded on its own (1,000 entries), so that one kind of entry never pushes out another: a
 * thousand sign-ins' sessions would otherwise drop the ballots waiting for their batch.
 */
function memoryCache(now: () => number): Coordination["cache"] {
  const scopes = new Map<string, Expiring<string>>();
  const storeOf = (scope: string) => {
    let store = scopes.get(scope);
    if (!store) {
      store = new Expiring<string>(now, 1_000);
      scopes.set(scope, store);
    }
    return store;
  };
  const generations = new Map<string, number>();
  const cacheKey = (scope: string, key: string) => `${generations.get(scope) ?? 0}\u0000${key}`;
  return {
    get: async <T>(scope: string, key: string) => {
      const text = scopes.get(scope)?.get(cacheKey(scope, key));
      return text === undefined ? undefined : (JSON.parse(text) as T);
    },
    set: async (scope, key, value, ttlSeconds) =>
      storeOf(scope).set(cacheKey(scope, key), JSON.stringify(value), ttlSeconds * 1000),
    invalidate: async (scope) => {
      generations.set(scope, (generations.get(scope) ?? 0) + 1);
    },
  };
}

/**
 * As the Redis adapter's queue runs a job (BullMQ's `attempts` and exponential `backoff`): at most
 * 5 times, a failed run tried again 5 s later, then 10 s, 20 s and 40 s; then it is left.
 */
const attempts = 5;
const firstRetryMs = 5_000;

/**
 * This process's timers: a job fires at its time, is tried again after a failure (as the Redis
 * adapter's queue tries it), and waits for `onDue` when it falls due before the app listens.
 * `stop` clears them all, and nothing is armed after it: not a job scheduled then, nor the retry
 * of a job that was running (it would otherwise fire every 5 s for good, long after its app).
 */
function memoryTimers(now: () => number): { port: Coordination["timers"]; stop: () => void } {
  const timers = new Map<string, NodeJS.Timeout>();
  const ran = new Expiring<true>(now, 10_000);
  let runDue: ((job: TimerJob) => Promise<void>) | undefined;
  const pending: TimerJob[] = [];
  let stopped = false;

  // One timer an id: a retry armed while the job was set again meanwhile (it was running, so
  // not among the timers) takes its place, rather than leave it where `stop` cannot reach it.
  const arm = (id: string, ms: number, then: () => void) => {
    clearTimeout(timers.get(id));
    if (!stopped) timers.set(id, setTimeout(then, ms).unref());
  };
  // Node's timers hold at most ~24.8 days: a job further ahead waits in steps of that.
  const later = (job: TimerJob, attempt: number) => {
    const delay = Math.max(0, Date.parse(job.at) - now());
    arm(job.id, Math.min(delay, maxDelay), () => void fire(job, attempt));
  };
  const fire = async (job: TimerJob, attempt: number): Promise<void> => {
    if (Date.parse(job.at) - now() > 1_000) return later(job, attempt);
    timers.delete(job.id);
    if (!runDue) return void pending.push(job);
    try {
      await runDue(job);
      ran.set(job.id, true, day);
    } catch {
      if (attempt < attempts)
        arm(job.id, firstRetryMs * 2 ** (attempt - 1), () => void fire(job, attempt + 1));
    }
  };
  return {
    port: {
      schedule: async (job) => {
        if (timers.has(job.id) || ran.get(job.id)) return;
        later(job, 1);
      },
      onDue: (run) => {
        runDue = run;
        for (const job of pending.splice(0)) void fire(job, 1);
      },
    },
    stop: () => {
      stopped = true;
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}

/** A map whose entries expire, and whose oldest entries go first when it is full. */
class Expiring<V> {
  private readonly entries = new Map<string, { value: V; until: number }>();

  constructor(
    private readonly now: () => number,
    private readonly size: number,
  ) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until > this.now()) return entry.value;
    this.entries.delete(key);
    return undefined;
  }

  set(key: string, value: V, ms: number): void {
    this.entries.delete(key);
    this.entries.set(key, { value, until: this.now() + ms });
    if (this.entries.size > this.size) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}
