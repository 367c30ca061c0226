import type { Octokit, OctokitOptions } from "@octokit/core";
import { retryBaseMs } from "./create-once.js";
import { safeRetry } from "./safe-retry.js";

/** The longest a delivery waits for GitHub by default, all its waits together: 20 s. */
export const defaultWaitMaxMs = 20_000;

type Env = Record<string, string | undefined>;

/**
 * What the app waits out within a delivery, as the Action does: a secondary limit's Retry-After
 * (Probot's own setting only logs it and fails the request), up to three times, as long as the
 * wait fits ROUNDTABLE_WAIT_MAX_MS (20 s: GitHub gives up on a webhook after 10 s, but the app
 * answers it before the work is done only through the lease, so this bounds how long one
 * repository's queue is held); a longer wait fails the request, and the command is handed to a
 * retry job (app/retries.ts). 5xx and dropped connections are sent again by `safeRetry` (1, 4, 9
 * units), never a request that creates; Probot's own retry plugin, which would, is turned off.
 * ROUNDTABLE_RETRY_BASE_MS is the unit of every wait (1 s; tests make it short).
 */
export function waitedOut<T extends typeof Octokit>(OctokitClass: T, env: Env): T {
  const base = retryBaseMs(env);
  const maxWaitMs =
    Number(env.ROUNDTABLE_WAIT_MAX_MS) > 0 ? Number(env.ROUNDTABLE_WAIT_MAX_MS) : defaultWaitMaxMs;
  const wait =
    (kind: string) =>
    (
      retryAfter: number,
      options: { method: string; url: string },
      octokit: { log?: { warn(line: string): void } },
      retryCount: number,
    ) => {
      const ms = retryAfter * base;
      const yes = retryCount < 3 && ms <= maxWaitMs;
      octokit.log?.warn(
        `${kind} rate limit on ${options.method} ${options.url}: ${yes ? `waiting ${retryAfter} s, then retrying` : `Retry-After ${retryAfter} s is past this delivery's time; left to a retry`}`,
      );
      return yes;
    };
  return OctokitClass.plugin(safeRetry as never).defaults((options: OctokitOptions) => ({
    ...options,
    throttle: {
      ...(options.throttle ?? {}),
      onSecondaryRateLimit: wait("secondary"),
      onRateLimit: wait("primary"),
      retryAfterBaseValue: base,
    },
    retry: { ...(options.retry ?? {}), enabled: false },
    // An installation's Octokit is made from the app's options, which passed here already: the
    // retry plugin they turned off is not a caller's wish to turn resending off.
    resend: (options as { resend?: object }).resend ?? {
      enabled: (options.retry as { enabled?: boolean } | undefined)?.enabled !== false,
      retryAfterBaseValue: base,
      maxWaitMs,
    },
  })) as T;
}
