import type { ClientOptions } from "./client.js";
import { botLoginsFrom } from "./own-comment.js";
import { defaultJobBudgetMs, defaultRequestTimeoutMs, millisecondsFrom } from "./timeouts.js";

/**
 * The client settings an entry point takes from its environment (the CLI's, the Action's, the
 * app's): ROUNDTABLE_REQUEST_TIMEOUT_MS (one request, 20 s), ROUNDTABLE_JOB_BUDGET_MS (the job,
 * 5 min; its clock starts now) and ROUNDTABLE_BOT_LOGINS (the accounts Roundtable writes as).
 */
export function settingsFromEnv(
  env: Record<string, string | undefined>,
): Pick<ClientOptions, "requestTimeoutMs" | "budget" | "botLogins"> {
  return {
    requestTimeoutMs: millisecondsFrom(env.ROUNDTABLE_REQUEST_TIMEOUT_MS, defaultRequestTimeoutMs),
    budget: AbortSignal.timeout(millisecondsFrom(env.ROUNDTABLE_JOB_BUDGET_MS, defaultJobBudgetMs)),
    botLogins: botLoginsFrom(env.ROUNDTABLE_BOT_LOGINS),
  };
}
