import { readCommand } from "../github/read-command.js";
import { readIssue } from "../github/read-issue.js";
import { withConfig } from "../jobs/cached-config.js";
import type { FollowUp, FollowUpData } from "../jobs/follow-up.js";
import { publish } from "../jobs/publish.js";
import { runUseCase } from "../jobs/use-case.js";
import { type Env, runOf } from "./env.js";
import { onComment, onIssue } from "./handlers.js";
import { commandFailed, issueFailed, maxRetries, publishLater } from "./retry-later.js";

/**
 * A command's retry is due (under the repository's lease): the command runs again whole, and
 * what it sets in motion follows; the meeting's rooms are told.
 */
export async function retryCommand(
  env: Env,
  job: FollowUpData["retry-command"],
): Promise<FollowUp[] | undefined> {
  const read = await readCommand(env.octokit, env.owner, env.repo, job.issue, job.comment).catch(
    (error: unknown) => error as Error,
  );
  if (read instanceof Error) {
    // Not even the command could be read: try again later, as long as the cap allows.
    await commandFailed(env, job.issue, job.comment, read, job.attempt);
    return undefined;
  }
  const changed: FollowUp = { trigger: "room-changed", data: { issue: job.issue } };
  try {
    const followUps = await onComment(env, read.issue, read.comment, { attempt: job.attempt });
    env.log(`#${job.issue}: command ${job.comment} retried (${job.attempt} of ${maxRetries})`);
    return [...followUps, changed];
  } catch (error) {
    // Told already (😕 and "comment it again"): the timer is not run again for it.
    env.log(`#${job.issue}: command ${job.comment} failed on retry: ${(error as Error).message}`);
    return [changed];
  }
}

/** A meeting's pages are published again; failing again, the next retry is set (to the cap). */
export async function retryPublish(env: Env, job: FollowUpData["retry-publish"]): Promise<void> {
  const run = await withConfig(runOf(env), null);
  if (!run) return;
  try {
    const { committed: written } = await runUseCase(publish, run, { mode: "direct" });
    env.log(`pages written on retry ${job.attempt}: ${written.changed.join(", ") || "unchanged"}`);
  } catch (error) {
    env.log(`pages not written on retry ${job.attempt}: ${(error as Error).message}`);
    await publishLater(env, job.issue, job.attempt, error);
  }
}

/**
 * An issue's event runs again on the issue as GitHub holds it now; what the first run made is
 * found by the gate and not made again. Passing trouble again leaves the next retry (onIssue).
 */
export async function retryIssue(
  env: Env,
  job: FollowUpData["retry-issue"],
): Promise<FollowUp[] | undefined> {
  const event = { issue: job.issue, action: job.action ?? "opened", label: job.label };
  const where = `${env.owner}/${env.repo}#${job.issue}: issues.${event.action}`;
  const issue = await readIssue(env.octokit, env.owner, env.repo, job.issue).catch(
    (error: unknown) => error as Error,
  );
  if (issue instanceof Error) {
    await issueFailed(env, event, issue, job.attempt);
    return undefined;
  }
  try {
    await onIssue(env, event.action, issue, job.label, { attempt: job.attempt });
    env.log(`${where} run again (retry ${job.attempt} of ${maxRetries})`);
  } catch (error) {
    env.log(`${where} failed on retry: ${(error as Error).message}`);
  }
  return [{ trigger: "room-changed", data: { issue: job.issue } }];
}
