import { unreachable } from "./safe-retry.js";

/**
 * Retries of a write that is not idempotent: before it is sent again, what it would create is
 * looked for, and found means done. No layer below sends a creation again (`createsEachTime`,
 * safe-retry.ts); `noBlindRetry` also turns off @octokit/plugin-retry where a client still has it.
 */
export const noBlindRetry = { request: { retries: 0 } } as const;

/**
 * Whether a failure may be one GitHub applied anyway (a 5xx, a dropped connection, which Octokit
 * reports as a 500, a cut-off answer, no answer in time): its outcome is unknown. A rate limit
 * (403, 429) was not applied, and was waited out as long as the client's throttling allows; a
 * refused connection reached nobody: neither is retried here.
 */
export function mayHaveFailedInTransit(error: unknown): boolean {
  if (unreachable(error)) return false;
  const status = (error as { status?: number })?.status;
  return status === undefined || status >= 500;
}

/** Waits a little longer each time: 1 s, 2 s, 4 s (ROUNDTABLE_RETRY_BASE_MS scales the second). */
const pause = (attempt: number, baseMs: number) =>
  new Promise((resolve) => setTimeout(resolve, baseMs * 2 ** (attempt - 1)));

/**
 * `create`, once: when it fails in a way that GitHub may have applied it (5xx, a dropped
 * connection, no answer in time), `find` re-reads; what exists is the answer, and only what
 * does not is created again, up to `tries` times in all.
 */
export async function createOnce<T>(
  find: () => Promise<T | undefined>,
  create: () => Promise<T>,
  { tries = 3, baseMs = retryBaseMs() }: { tries?: number; baseMs?: number } = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await create();
    } catch (error) {
      if (attempt >= tries || !mayHaveFailedInTransit(error)) throw error;
      await pause(attempt, baseMs);
      const found = await find();
      if (found !== undefined) return found;
    }
  }
}

/** The unit of the waits between retries: 1 s, or ROUNDTABLE_RETRY_BASE_MS (tests make it short). */
export function retryBaseMs(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.ROUNDTABLE_RETRY_BASE_MS);
  return env.ROUNDTABLE_RETRY_BASE_MS && Number.isFinite(n) && n >= 0 ? n : 1000;
}
