/**
 * What the app's instances share. One process needs nothing installed (the memory adapter); any
 * number of instances share one Redis (the Redis adapter, when REDIS_URL is set). Nothing in here
 * knows about GitHub: the app decides what a key, a delivery or a timer means.
 */

/** A lease on a key, held while work runs. */
export interface Lease {
  /** Grows with every lease ever granted on the key: a later holder always has a larger token. */
  readonly token: number;
  /** Aborted when the lease was lost (it expired and could not be renewed): stop writing. */
  readonly signal: AbortSignal;
}

/** A job to run once, at a time, on whichever instance is up then. */
export interface TimerJob {
  /** Scheduling the same id twice schedules it once. Letters, digits, `-`, `_`, `.` only. */
  id: string;
  /** ISO 8601: when it is due. A time in the past runs at once. */
  at: string;
  /** What the job is about, as JSON. */
  data: Record<string, unknown>;
}

export interface Health {
  backend: "memory" | "redis";
  reachable: boolean;
  /** Why it is not reachable, in one line. */
  detail?: string;
}

export interface Coordination {
  readonly backend: "memory" | "redis";
  /**
   * Runs `work` while this instance alone holds `key`'s lease; other callers wait their turn. The
   * lease is renewed while the work runs and released when it ends; a crashed holder's lease
   * expires. Throws CoordinationError when the lease cannot be had in time.
   */
  exclusive<T>(key: string, work: (lease: Lease) => Promise<T>): Promise<T>;
  /** Delivery ids already handled (kept for a day), across instances. */
  readonly deliveries: {
    done(id: string): Promise<boolean>;
    markDone(id: string): Promise<void>;
  };
  /** A small cache of JSON values by key, with scopes that are invalidated together. */
  readonly cache: {
    get<T>(scope: string, key: string): Promise<T | undefined>;
    set(scope: string, key: string, value: unknown, ttlSeconds: number): Promise<void>;
    /** Forgets every key of the scope, on every instance. */
    invalidate(scope: string): Promise<void>;
  };
  /** Jobs due at a time: each runs once, on one instance, even across restarts (Redis). */
  readonly timers: {
    schedule(job: TimerJob): Promise<void>;
    /** The one function that runs due jobs on this instance; a throw retries it later. */
    onDue(run: (job: TimerJob) => Promise<void>): void;
  };
  /** Messages to every instance's listeners on a channel (live pages). */
  readonly events: {
    publish(channel: string, message: string): Promise<void>;
    subscribe(channel: string, listener: (message: string) => void): Promise<() => Promise<void>>;
  };
  health(): Promise<Health>;
  close(): Promise<void>;
}

/** The coordination backend failed or could not be reached: the work did not run. */
export class CoordinationError extends Error {
  override name = "CoordinationError";
}
