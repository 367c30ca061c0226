import { createHash } from "node:crypto";
import type { Coordination } from "../coordination/index.js";
import { ApplyError } from "../github/apply-plan.js";
import { retryBaseMs } from "../github/create-once.js";
import { isPassingTrouble } from "../github/passing-trouble.js";
import { settleFailedCommand } from "../jobs/settle-command.js";
import { type Env, runOf } from "./env.js";

/**
 * What GitHub does not take within a delivery's time (a Retry-After longer than the delivery may
 * wait, 5xx past the retry plugin's tries, a connection dropped again and again) is handed to a
 * retry: a delayed job through the coordination port (a BullMQ delayed job with Redis, a timer in
 * memory), on whichever instance is up then, under the repository's lease. A command is retried
 * whole: its decisions are recorded in the bot's replies, so the job, planned again from what
 * GitHub holds, completes what was left and repeats nothing. A meeting's pages are published
 * again the same way.
 */
export interface RetryJob {
  kind: "retry-command" | "retry-publish";
  installation: number;
  owner: string;
  repo: string;
  issue: number;
  /** The command's comment (retry-command). */
  comment?: number;
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

const jobId = (job: RetryJob) =>
  `retry-${createHash("sha256")
    .update(
      `${job.kind} ${job.installation} ${job.owner}/${job.repo}#${job.issue} ${job.comment ?? ""} ${job.attempt}`,
    )
    .digest("hex")
    .slice(0, 32)}`;

async function schedule(coordination: Coordination, job: RetryJob, error: unknown) {
  await coordination.timers.schedule({
    id: jobId(job),
    at: new Date(Date.now() + retryDelayMs(job.attempt, error)).toISOString(),
    data: { ...job },
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
  await schedule(
    env.coordination,
    {
      kind: "retry-command",
      installation: env.installation,
      owner: env.owner,
      repo: env.repo,
      issue,
      comment: commentId,
      attempt: attempt + 1,
    },
    error,
  );
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
  await schedule(
    env.coordination,
    {
      kind: "retry-publish",
      installation: env.installation,
      owner: env.owner,
      repo: env.repo,
      issue,
      attempt: attempt + 1,
    },
    error,
  );
}
