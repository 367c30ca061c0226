import { ApplyError } from "../github/apply-plan.js";
import { retryBaseMs } from "../github/create-once.js";
import { isPassingTrouble } from "../github/passing-trouble.js";
import type { FollowUp } from "../jobs/follow-up.js";
import { settleFailedCommand } from "../jobs/settle-command.js";
import { armTimer } from "./arm-timer.js";
import { type Env, runOf } from "./env.js";

/**
 * What GitHub does not take within a delivery's time (a Retry-After longer than the delivery may
 * wait, 5xx past the retry plugin's tries, a connection dropped again and again) is handed to a
 * retry: a delayed job through the coordination port (a BullMQ delayed job with Redis, a timer in
 * memory), on whichever instance is up then, under the repository's lease. A command is retried
 * whole: its decisions are recorded in the bot's replies, so the job, planned again from what
 * GitHub holds, completes what was left and repeats nothing. A meeting's pages are published
 * again the same way, and an issue's event (a topic's welcome, label and project item) is run
 * again on the issue as GitHub holds it then: every write goes through the gate's exactly-once
 * table, so what the first run made is not made twice.
 */
export interface RetryJob {
  kind: "retry-command" | "retry-publish" | "retry-issue";
  installation: number;
  owner: string;
  repo: string;
  issue: number;
  /** The command's comment (retry-command). */
  comment?: number;
  /** The issue event's action and label (retry-issue). */
  action?: string;
  label?: string;
  /** The try this job is: 1 for the first retry. */
  attempt: number;
}

/** Five retries: 15 s, 30 s, 1 min, 2 min, 4 min after each failure, about 8 minutes in all. */
export const maxRetries = 5;
const defaultJobBaseMs = 15_000;

/** The wait before retry `attempt`, at least what GitHub asked (Retry-After). */
export function retryDelayMs(
  attempt: number,
  error: unknown,
  env: Record<string, string | undefined> = process.env,
): number {
  const base =
    Number(env.ROUNDTABLE_RETRY_JOB_BASE_MS) > 0
      ? Number(env.ROUNDTABLE_RETRY_JOB_BASE_MS)
      : defaultJobBaseMs;
  const asked = Number(retryAfterOf(error)) * retryBaseMs(env);
  return Math.max(base * 2 ** (attempt - 1), Number.isFinite(asked) ? asked : 0);
}

function retryAfterOf(error: unknown): string | undefined {
  const e = (error instanceof ApplyError ? error.cause : error) as {
    response?: { headers?: Record<string, string | undefined> };
  };
  return e?.response?.headers?.["retry-after"];
}

/** The data of each retry's timer: the issue, what is retried, the try. */
type Retry = Extract<FollowUp, { trigger: RetryJob["kind"] }>;

/**
 * The retry's timer, after its backoff: one per repository, issue, what is retried and try. The
 * backoff counts from the run's clock (the injected one in tests), as every other timer does.
 */
async function schedule(env: Env, retry: Retry, error: unknown) {
  const d: Partial<RetryJob> = retry.data;
  await armTimer(env, {
    ...retry,
    at: new Date(Date.parse(env.now()) + retryDelayMs(d.attempt ?? 1, error)).toISOString(),
    key: `#${d.issue} ${d.comment ?? ""}${d.action ? ` ${d.action} ${d.label ?? ""}` : ""} ${d.attempt}`,
  });
}

/**
 * A command failed. GitHub's passing trouble: the person is told (😕, "it will be completed") and
 * a retry is set; true, the delivery is done. Anything else, or the last retry: told to comment
 * again; false, the failure goes on to the delivery.
 */
export async function commandFailed(
  env: Env,
  issue: number,
  commentId: number,
  error: unknown,
  attempt = 0,
): Promise<boolean> {
  const retry = isPassingTrouble(error) && attempt < maxRetries;
  await settleFailedCommand(runOf(env), { issue, commentId, error, willRetry: retry });
  if (!retry) return false;
  const data = { issue, comment: commentId, attempt: attempt + 1 };
  await schedule(env, { trigger: "retry-command", data }, error);
  env.log(`#${issue}: command ${commentId} left to retry ${attempt + 1} of ${maxRetries}`);
  return true;
}

/** A meeting's pages were not written: publish again later (until it works, or the cap). */
export async function publishLater(
  env: Env,
  issue: number,
  attempt = 0,
  error?: unknown,
): Promise<void> {
  if (attempt >= maxRetries) return;
  await schedule(env, { trigger: "retry-publish", data: { issue, attempt: attempt + 1 } }, error);
}

/**
 * An issue's event failed on GitHub's passing trouble: it is run again later (until it works, or
 * the cap), and true, the delivery is done. Anything else: false, the failure goes on to it.
 */
export async function issueFailed(
  env: Env,
  event: { issue: number; action: string; label?: string | undefined },
  error: unknown,
  attempt = 0,
): Promise<boolean> {
  if (!isPassingTrouble(error) || attempt >= maxRetries) return false;
  const { issue, action, label } = event;
  const data = { issue, action, ...(label !== undefined && { label }), attempt: attempt + 1 };
  await schedule(env, { trigger: "retry-issue", data }, error);
  env.log(
    `${env.owner}/${env.repo}#${issue}: issues.${action} left to retry ${attempt + 1} of ${maxRetries}: ${(error as Error).message}`,
  );
  return true;
}
