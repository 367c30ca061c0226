import { createsEachTime } from "./creates-each-time.js";
import type { Hookable, RequestOptions } from "./request-hook.js";
import { RequestTimeoutError } from "./timeouts.js";

/**
 * How a request is sent again: the Octokit's `resend` options (its `retry` options belong to
 * @octokit/plugin-retry, which Probot's Octokit carries and which is turned off where this is on).
 */
export interface SafeRetryOptions {
  /** Off in tests that count requests, as the plugin it replaces. */
  enabled?: boolean;
  /** How many times a request is sent again: 3. */
  retries?: number;
  /** The unit of every wait, in ms: 1,000 (the waits are 1, 4, 9 units; a Retry-After is in units). */
  retryAfterBaseValue?: number;
  /** The longest Retry-After waited out, in ms; a longer one fails the request (and its job). */
  maxWaitMs?: number;
}

type Failure = {
  status?: number;
  cause?: unknown;
  response?: { headers?: Record<string, string | number | undefined> };
};

/** A connection nobody answered (refused, no such host): sending again meets the same. */
export function unreachable(error: unknown): boolean {
  const e = error as Failure;
  if (e?.status !== 500 || !(e.cause instanceof Error)) return false;
  // Octokit's error holds fetch's TypeError, which holds the socket's error.
  const cause = e.cause as { cause?: { code?: string }; code?: string };
  const code = cause.cause?.code ?? cause.code;
  return ["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH"].includes(String(code));
}

/**
 * The wait before sending a request again, in units, or undefined for "do not":
 * - 429 (not applied): its Retry-After (GitHub's secondary limits answered 403 are waited out by
 *   the throttling plugin, which knows their message);
 * - a 5xx, a dropped connection (Octokit's status 500): 1, 4, 9 units, unless the request creates
 *   something each time (GitHub may have applied it: the effect looks before it makes it again);
 * - never a refused connection or an unknown host (fail at once, in one line), a timeout, or a
 *   4xx, which the same request meets again.
 */
function waitBefore(error: unknown, options: RequestOptions, attempt: number): number | undefined {
  if (error instanceof RequestTimeoutError || unreachable(error)) return undefined;
  const status = (error as Failure)?.status;
  if (status === 429) {
    const asked = Number((error as Failure).response?.headers?.["retry-after"]);
    return Number.isFinite(asked) && asked >= 0 ? asked : attempt ** 2;
  }
  if (status === undefined || status < 500) return undefined;
  return createsEachTime(options) ? undefined : attempt ** 2;
}

/**
 * An Octokit plugin in place of @octokit/plugin-retry, which decides by status alone: it sends a
 * POST that GitHub applied and answered with a 502, or whose answer was cut off (a status 500 to
 * Octokit), once more, and retries a refused connection for 14 s. This one never sends again a
 * request that creates (`createsEachTime`), waits out a 429's Retry-After, and gives up at once on
 * a connection nobody answers.
 */
export function safeRetry(octokit: Hookable, octokitOptions: { resend?: SafeRetryOptions }): void {
  const options = octokitOptions.resend ?? {};
  if (options.enabled === false) return;
  const retries = options.retries ?? 3;
  const unit = options.retryAfterBaseValue ?? 1000;
  const maxWaitMs = options.maxWaitMs ?? Number.POSITIVE_INFINITY;
  octokit.hook.wrap("request", async (request, requestOptions) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await request(requestOptions);
      } catch (error) {
        const units = attempt > retries ? undefined : waitBefore(error, requestOptions, attempt);
        if (units === undefined || units * unit > maxWaitMs) throw error;
        await new Promise((resolve) => setTimeout(resolve, units * unit));
      }
    }
  });
}
