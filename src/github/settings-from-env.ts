import type { ClientOptions } from "./client.js";
import { retryBaseMs } from "./create-once.js";
import { botLoginsFrom } from "./own-comment.js";
import { defaultJobBudgetMs, defaultRequestTimeoutMs, millisecondsFrom } from "./timeouts.js";

/**
 * The client settings an entry point takes from its environment (the CLI's, the Action's, the
 * app's): ROUNDTABLE_REQUEST_TIMEOUT_MS (one request, 20 s), ROUNDTABLE_JOB_BUDGET_MS (the job,
 * 5 min; its clock starts now), ROUNDTABLE_BOT_LOGINS (the accounts Roundtable writes as) and
 * ROUNDTABLE_RETRY_BASE_MS (the unit of the waits for rate limits and retries: 1 s; tests shorten it).
 * ROUNDTABLE_THROTTLING=off turns throttling and retries off, as it does for the app: only against a
 * GitHub stand-in (tests), where the throttle's queues would cost more than the stand-in's answers.
 */
export function settingsFromEnv(
  env: Record<string, string | undefined>,
): Pick<
  ClientOptions,
  "requestTimeoutMs" | "budget" | "botLogins" | "retryAfterBaseValue" | "throttle"
> {
  return {
    ...(env.ROUNDTABLE_THROTTLING === "off" ? { throttle: false } : {}),
    ...(env.ROUNDTABLE_RETRY_BASE_MS ? { retryAfterBaseValue: retryBaseMs(env) } : {}),
    requestTimeoutMs: millisecondsFrom(env.ROUNDTABLE_REQUEST_TIMEOUT_MS, defaultRequestTimeoutMs),
    budget: AbortSignal.timeout(millisecondsFrom(env.ROUNDTABLE_JOB_BUDGET_MS, defaultJobBudgetMs)),
    botLogins: botLoginsFrom(env.ROUNDTABLE_BOT_LOGINS),
  };
}
