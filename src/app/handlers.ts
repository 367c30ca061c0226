// The app's webhook and timer handlers: each turns what GitHub delivered into its use case's
// input and the trigger's run (`runOf`; its Octokit was made Roundtable's where the trigger
// became a run, run-trigger.ts), and the result into what the delivery answers. The config, the
// folding of recounts and a setup problem told once are the use cases' (jobs/cached-config.ts,
// jobs/recount-fold.ts, and each event's entry: intake.ts, issue-comment.ts, sync.ts).

import type { Timebox } from "../core/meetings/timebox.js";
import { projectItemIssue } from "../github/project-item-content.js";
import { withConfig } from "../jobs/cached-config.js";
import type { FollowUp } from "../jobs/follow-up.js";
import { onInstalled as installed } from "../jobs/installed.js";
import { issueEvent } from "../jobs/intake.js";
import { commentEvent, parseComment } from "../jobs/issue-comment.js";
import { recountChanged } from "../jobs/sync.js";
import { onTimeboxEnded } from "../jobs/timebox.js";
import { runUseCase } from "../jobs/use-case.js";
import { arrivalOf, type Env, runOf } from "./env.js";
import { commandFailed, issueFailed } from "./retry-later.js";

export type { Env } from "./env.js";

/** The issue of a webhook payload, as much of it as the jobs need. */
export interface PayloadIssue {
  number: number;
  body?: string | null;
  labels?: Array<{ name: string } | string | null>;
}

export interface PayloadComment {
  id: number;
  body: string;
  created_at: string;
  html_url: string;
  user: { login: string } | null;
}

const labelsOf = (issue: PayloadIssue) =>
  (issue.labels ?? []).flatMap((l) => (l === null ? [] : [typeof l === "string" ? l : l.name]));

/**
 * issues.*: the intake job (topics, and meetings' regions). GitHub's passing trouble leaves it
 * to a retry job (retry-later.ts), and the delivery is done.
 */
export async function onIssue(
  env: Env,
  action: string,
  issue: PayloadIssue,
  label?: string,
  retry: { attempt: number } = { attempt: 0 },
): Promise<void> {
  const body = issue.body ?? "";
  const input = { action, issue: { number: issue.number, labels: labelsOf(issue), body }, label };
  try {
    await issueEvent(runOf(env), input, arrivalOf(env));
  } catch (error) {
    const event = { issue: issue.number, action, label };
    if (!(await issueFailed(env, event, error, retry.attempt))) throw error;
  }
}

/**
 * issue_comment.created: the comment job (slash commands, and a recount on a topic). A command
 * whose job fails is settled (😕 and one line) before the failure goes on to the delivery, which
 * GitHub may then redeliver.
 */
export async function onComment(
  env: Env,
  issue: PayloadIssue,
  comment: PayloadComment,
  retry: { attempt: number } = { attempt: 0 },
): Promise<FollowUp[]> {
  // The comment is parsed here, once for the whole delivery: the jobs are handed its commands.
  const commands = parseComment(comment.body);
  const input = {
    retried: retry.attempt > 0,
    commands,
    issue: { number: issue.number, labels: labelsOf(issue) },
    comment: {
      id: comment.id,
      body: comment.body,
      login: comment.user?.login ?? "ghost",
      createdAt: comment.created_at,
      url: comment.html_url,
    },
  };
  try {
    return await commentEvent(runOf(env), input, arrivalOf(env));
  } catch (error) {
    // GitHub's passing trouble is retried later (retries.ts): the delivery is then done.
    const given = commands.all.length > 0;
    if (given && (await commandFailed(env, issue.number, comment.id, error, retry.attempt)))
      return [];
    throw error;
  }
}

/**
 * projects_v2_item.edited / reordered by a person: the board is recounted, and what the person did
 * stands. A Status they set is read back as the topic's status (the board wins over labels), and
 * the column's order is left as they set it.
 */
export async function onProjectItem(
  env: Omit<Env, "owner" | "repo">,
  contentNodeId: string,
  run: (repo: string, work: () => Promise<void>) => Promise<void>,
): Promise<void> {
  const content = await projectItemIssue(env.octokit, contentNodeId);
  if (!content) return;
  const repoEnv = { ...env, owner: content.owner, repo: content.repo };
  await run(`${content.owner}/${content.repo}`, () =>
    recountChanged(runOf(repoEnv), [content.number], arrivalOf(env), { projectOnly: true }),
  );
}

/**
 * issues.typed/untyped and sub_issues.*: an issue's kind or its place in the tree changed, as a
 * label change changes a topic. The issues are asked about again (a type or a parent moves no
 * listing entry's update time) and the board is recounted: statuses, the queue, progress.
 */
export async function onHierarchy(env: Env, numbers: number[]): Promise<void> {
  await recountChanged(runOf(env), numbers, arrivalOf(env));
}

/** installation.created / installation_repositories.added: each repository's board comes alive. */
export async function onInstalled(env: Env): Promise<void> {
  const run = await withConfig(runOf(env), null);
  if (!run) return;
  const { byHand } = await runUseCase(installed, run);
  if (byHand) env.log(byHand);
}

/** A timebox's timer fired: the bot calls time on the meeting, if it is still running. */
export async function onTimebox(env: Env, timebox: Timebox): Promise<void> {
  const run = await withConfig(runOf(env), null);
  if (!run) return;
  const { called } = await runUseCase(onTimeboxEnded, run, timebox);
  env.log(
    called
      ? `time's up on #${timebox.topic} in #${timebox.issue}`
      : `timebox of #${timebox.topic} on #${timebox.issue}: nothing to call`,
  );
}
