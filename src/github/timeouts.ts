import { setMaxListeners } from "node:events";
import { RoundtableError } from "../errors/index.js";

/**
 * How long one request to GitHub may take before Roundtable gives up on it: 20 s. GitHub answers
 * in well under a second, and waits for rate limits happen outside it; a request that has not been
 * answered in 20 s is hung (a proxy, a dead connection) and would otherwise hold a meeting, a
 * repository's queue of deliveries or a CI job for as long as the socket lives. Set
 * ROUNDTABLE_REQUEST_TIMEOUT_MS to change it (tests make it short).
 */
export const defaultRequestTimeoutMs = 20_000;

/**
 * The most one job may take, all its requests together: 5 minutes, well inside GitHub's limits
 * for a job and far beyond what a board of a thousand topics needs. ROUNDTABLE_JOB_BUDGET_MS.
 */
export const defaultJobBudgetMs = 300_000;

export interface Timeouts {
  /** One request (one attempt): given up after this many milliseconds. */
  requestTimeoutMs?: number;
  /** The job's budget: once it aborts, every request in flight or to come is given up. */
  budget?: AbortSignal;
}

/** A milliseconds value from the environment, or the default when unset or not a positive number. */
export function millisecondsFrom(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value && Number.isFinite(n) && n > 0 ? n : fallback;
}

/** GitHub did not answer in time: says which request (such as "GraphQL BoardNodes"). */
export class RequestTimeoutError extends RoundtableError {
  override name = "RequestTimeoutError";
  /** Set so Octokit's retry plugin leaves it alone: a hung request is not tried again. */
  readonly request: { method: string; url: string; request: { retries: 0 } };

  constructor(
    readonly operation: string,
    message: string,
    request: { method: string; url: string },
  ) {
    super(message, { where: { operation } });
    this.request = { ...request, request: { retries: 0 } };
  }
}

interface Hookable {
  hook: {
    wrap(
      name: "request",
      wrapper: (
        request: (options: RequestOptions) => Promise<unknown>,
        options: RequestOptions,
      ) => Promise<unknown>,
    ): void;
  };
}

interface RequestOptions {
  method: string;
  url: string;
  data?: unknown;
  request?: Record<string, unknown>;
}

/** "GraphQL BoardNodes" for a named GraphQL operation, else the method and the URL. */
export function operationOf(options: { method: string; url: string; data?: unknown }): string {
  const query =
    (options as { query?: unknown }).query ??
    (options.data as { query?: unknown } | undefined)?.query;
  if (typeof query === "string") {
    const name = /\b(?:query|mutation)\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(query)?.[1];
    return `GraphQL ${name ?? "request"}`;
  }
  return `${options.method} ${options.url}`;
}

/**
 * Gives every request of an Octokit a timeout and the job's budget: each attempt is aborted after
 * `requestTimeoutMs`, and all are once `budget` aborts; either way the request fails with a
 * `RequestTimeoutError` naming it, which no retry repeats. Registered before the retry and
 * throttling plugins (createClient), it times each attempt and not the waits for a rate limit;
 * on an Octokit already built (Probot's), it times the request with its retries.
 */
export function addTimeouts(octokit: Hookable, timeouts: Timeouts = {}): void {
  const ms = timeouts.requestTimeoutMs ?? defaultRequestTimeoutMs;
  // Every request in flight listens for the budget: the pages of a board are read side by side.
  if (timeouts.budget) setMaxListeners(0, timeouts.budget);
  octokit.hook.wrap("request", async (request, options) => {
    const operation = operationOf(options);
    if (timeouts.budget?.aborted) throw timedOut(operation, options, ms, timeouts.budget);
    // A controller and a timer of our own, not AbortSignal.timeout and AbortSignal.any: on Node 20
    // a timeout signal nobody else holds can be collected before it fires.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), ms);
    const onBudget = () => controller.abort();
    timeouts.budget?.addEventListener("abort", onBudget, { once: true });
    // The options object is the one every hook and the request itself share (before-after-hook
    // binds it; arguments passed on are dropped): the signal is set on it.
    options.request = { ...options.request, signal: controller.signal };
    try {
      return await request(options);
    } catch (error) {
      if (controller.signal.aborted) throw timedOut(operation, options, ms, timeouts.budget);
      throw error;
    } finally {
      clearTimeout(timer);
      timeouts.budget?.removeEventListener("abort", onBudget);
    }
  });
}

function timedOut(
  operation: string,
  options: RequestOptions,
  ms: number,
  budget: AbortSignal | undefined,
): RequestTimeoutError {
  const message = budget?.aborted
    ? `${operation}: gave up, the job ran past its time budget; run it again`
    : `${operation}: GitHub did not answer within ${ms / 1000} s; gave up (run again, or raise ROUNDTABLE_REQUEST_TIMEOUT_MS)`;
  return new RequestTimeoutError(operation, message, { method: options.method, url: options.url });
}

/** An Octokit plugin that adds the timeouts of its options (`requestTimeoutMs`, `budget`). */
export function timeouts(octokit: Hookable, options: Timeouts): void {
  addTimeouts(octokit, options);
}
