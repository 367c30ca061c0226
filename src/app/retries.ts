import type { Probot } from "probot";
import type { Coordination, TimerJob } from "../coordination/index.js";
import type { GitHub } from "../github/client.js";
import { readCommand } from "../github/read-command.js";
import { publish } from "../jobs/publish.js";
import { type Clock, guarded, systemClock } from "./deliveries.js";
import { runOf } from "./env.js";
import { configFor, type Env, onComment } from "./handlers.js";
import type { ConfigReader } from "./load-config.js";
import { commandFailed, maxRetries, publishLater, type RetryJob } from "./retry-later.js";
import { scheduleTimeboxes } from "./timers.js";

/** Whether a due timer is a retry's. */
export const isRetry = (job: TimerJob) =>
  job.data.kind === "retry-command" || job.data.kind === "retry-publish";

/** A retry is due: the command (or the publish) runs again under the repository's lease. */
export async function runRetry(
  app: Probot,
  coordination: Coordination,
  timer: TimerJob,
  changed: (owner: string, repo: string, issue: number) => Promise<void>,
  clock: Clock = systemClock,
): Promise<void> {
  const job = timer.data as unknown as RetryJob;
  const octokit = await app.auth(job.installation);
  await coordination.exclusive(`${job.owner}/${job.repo}`, async (lease) => {
    const env: Env = {
      installation: job.installation,
      owner: job.owner,
      repo: job.repo,
      octokit: guarded(octokit, lease) as unknown as GitHub & ConfigReader,
      log: (line) => app.log.info(line),
      now: clock,
      coordination,
    };
    if (job.kind === "retry-publish") return retryPublish(env, job);
    if (job.comment === undefined) return;
    const read = await readCommand(env.octokit, job.owner, job.repo, job.issue, job.comment).catch(
      (error: unknown) => error as Error,
    );
    if (read instanceof Error) {
      // Not even the command could be read: try again later, as long as the cap allows.
      await commandFailed(env, job.issue, job.comment, read, job.attempt);
      return;
    }
    try {
      const followUps = await onComment(env, read.issue, read.comment, { attempt: job.attempt });
      await scheduleTimeboxes(coordination, env, followUps.timeboxes);
      env.log(`#${job.issue}: command ${job.comment} retried (${job.attempt} of ${maxRetries})`);
    } catch (error) {
      // Told already (😕 and "comment it again"): the timer is not run again for it.
      env.log(`#${job.issue}: command ${job.comment} failed on retry: ${(error as Error).message}`);
    }
    await changed(job.owner, job.repo, job.issue);
  });
}

async function retryPublish(env: Env, job: RetryJob): Promise<void> {
  const config = await configFor(env, null);
  if (!config) return;
  try {
    const written = await publish(runOf(env, config), { mode: "direct" });
    env.log(`pages written on retry ${job.attempt}: ${written.changed.join(", ") || "unchanged"}`);
  } catch (error) {
    env.log(`pages not written on retry ${job.attempt}: ${(error as Error).message}`);
    await publishLater(env, job.issue, job.attempt, error);
  }
}
