import type { Config } from "../config/index.js";
import type { Coordination } from "../coordination/index.js";
import type { Timebox } from "../core/meetings/timebox.js";
import type { AccessCache } from "../github/client.js";
import { markChanged } from "../github/kept-read.js";
import { projectItemIssue } from "../github/project-item-content.js";
import { cachedConfig, toldOnce } from "../jobs/cached-config.js";
import type { CommentCommands } from "../jobs/comment-input.js";
import type { FollowUp } from "../jobs/follow-up.js";
import { onInstalled as installed } from "../jobs/installed.js";
import { onIssueEvent } from "../jobs/intake.js";
import { onIssueComment, parseComment } from "../jobs/issue-comment.js";
import {
  commentRecountsOnly,
  foldedRecount,
  issueEventRecountsOnly,
} from "../jobs/recount-fold.js";
import { sync } from "../jobs/sync.js";
import { onTimeboxEnded } from "../jobs/timebox.js";
import { runUseCase } from "../jobs/use-case.js";
import { type Env, runOf } from "./env.js";
import { coordinationReads } from "./kept-reads.js";
import { commandFailed, issueFailed } from "./retry-later.js";
import { type ProbotOctokit, roundtableOctokit } from "./roundtable-octokit.js";

export { type Env, runOf } from "./env.js";

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

/** The repository's config, cached for the app's instances; a broken one told on `issue`. */
export const configFor = (env: Env, issue: number | null): Promise<Config | undefined> =>
  cachedConfig(runOf(env), issue);

/**
 * The env with the event's Octokit made Roundtable's: its own login, timeouts and a budget, and
 * the board's last read kept in the coordination store (so an event reads only what changed).
 */
export async function own<E extends Pick<Env, "octokit" | "log" | "coordination" | "installation">>(
  env: E,
): Promise<E> {
  const octokit = await roundtableOctokit(env.octokit as ProbotOctokit, env.log);
  return {
    ...env,
    octokit: {
      ...octokit,
      reads: coordinationReads(env.coordination, env.installation),
      access: accessCache(env.coordination, env.installation),
    },
  };
}

/**
 * How long GitHub's answer about a person's role or team is kept: a burst of commands asks once,
 * and a person whose access was taken away stops facilitating within a minute.
 */
const accessSeconds = 60;

/** GitHub's answers about access, kept briefly in the coordination store (bounded there). */
function accessCache(coordination: Coordination, installation: number): AccessCache {
  const scope = `access:${installation}`;
  return {
    get: (key) => coordination.cache.get<string>(scope, key),
    set: (key, value) => coordination.cache.set(scope, key, value, accessSeconds),
  };
}

const labelsOf = (issue: PayloadIssue) =>
  (issue.labels ?? []).flatMap((l) => (l === null ? [] : [typeof l === "string" ? l : l.name]));

/** Work that only recounts the board, folded into a recount that started after the event came. */
const recount = (env: Env, work: () => Promise<unknown>) =>
  foldedRecount(runOf(env), { arrived: env.arrived, starts: Date.now() }, work);

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
  try {
    await issueJob(await own(env), action, issue, label);
  } catch (error) {
    const event = { issue: issue.number, action, label };
    if (!(await issueFailed(env, event, error, retry.attempt))) throw error;
  }
}

async function issueJob(env: Env, action: string, issue: PayloadIssue, label?: string) {
  const config = await configFor(env, issue.number);
  if (!config) return;
  const intake = () =>
    toldOnce(runOf(env), issue.number, () =>
      runUseCase(onIssueEvent, runOf(env, config), {
        action,
        issue: { number: issue.number, labels: labelsOf(issue), body: issue.body ?? "" },
        label,
      }),
    );
  if (issueEventRecountsOnly(action, labelsOf(issue), config)) await recount(env, intake);
  else await intake();
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
  env = await own(env);
  // The comment is parsed here, once for the whole delivery: the jobs are handed its commands.
  const parsed = parseComment(comment.body);
  const commands = parsed.all.length > 0;
  try {
    return await commentJob(env, issue, comment, parsed, retry.attempt > 0);
  } catch (error) {
    // GitHub's passing trouble is retried later (retries.ts): the delivery is then done.
    if (commands && (await commandFailed(env, issue.number, comment.id, error, retry.attempt)))
      return [];
    throw error;
  }
}

async function commentJob(
  env: Env,
  issue: PayloadIssue,
  comment: PayloadComment,
  parsed: CommentCommands,
  retried: boolean,
): Promise<FollowUp[]> {
  const commands = parsed.all.length > 0;
  const config = await configFor(env, commands ? issue.number : null);
  if (!config) return [];
  if (commentRecountsOnly(parsed, labelsOf(issue), config)) {
    await recount(env, () => commentWork(env, issue, comment, parsed, config, retried));
    return [];
  }
  return commentWork(env, issue, comment, parsed, config, retried);
}

async function commentWork(
  env: Env,
  issue: PayloadIssue,
  comment: PayloadComment,
  commands: CommentCommands,
  config: Config,
  retried: boolean,
): Promise<FollowUp[]> {
  const result = await toldOnce(runOf(env), issue.number, () =>
    runUseCase(onIssueComment, runOf(env, config), {
      retried,
      commands,
      issue: { number: issue.number, labels: labelsOf(issue) },
      comment: {
        id: comment.id,
        body: comment.body,
        login: comment.user?.login ?? "ghost",
        createdAt: comment.created_at,
        url: comment.html_url,
      },
    }),
  );
  return result?.followUps ?? [];
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
  env = await own(env);
  const content = await projectItemIssue(env.octokit, contentNodeId);
  if (!content) return;
  const repository = `${content.owner}/${content.repo}`;
  await run(repository, async () => {
    const repoEnv = { ...env, owner: content.owner, repo: content.repo };
    // What the person set on the board shows in no issue listing: the issue is asked about again.
    if (env.octokit.reads) await markChanged(env.octokit.reads, repository, [content.number]);
    const config = await configFor(repoEnv, null);
    if (config?.project)
      await recount(repoEnv, () => runUseCase(sync, runOf(repoEnv, config), { keepOrder: true }));
  });
}

/**
 * issues.typed/untyped and sub_issues.*: an issue's kind or its place in the tree changed, as a
 * label change changes a topic. The issues are asked about again (a type or a parent moves no
 * listing entry's update time) and the board is recounted: statuses, the queue, progress.
 */
export async function onHierarchy(env: Env, numbers: number[]): Promise<void> {
  env = await own(env);
  const repository = `${env.owner}/${env.repo}`;
  if (env.octokit.reads) await markChanged(env.octokit.reads, repository, numbers);
  const config = await configFor(env, null);
  if (config) await recount(env, () => runUseCase(sync, runOf(env, config), { keepOrder: true }));
}

/** installation.created / installation_repositories.added: each repository's board comes alive. */
export async function onInstalled(env: Env): Promise<void> {
  env = await own(env);
  const config = await configFor(env, null);
  if (!config) return;
  const { byHand } = await runUseCase(installed, runOf(env, config));
  if (byHand) env.log(byHand);
}

/** A timebox's timer fired: the bot calls time on the meeting, if it is still running. */
export async function onTimebox(env: Env, timebox: Timebox): Promise<void> {
  env = await own(env);
  const config = await configFor(env, null);
  if (!config) return;
  const { called } = await runUseCase(onTimeboxEnded, runOf(env, config), timebox);
  env.log(
    called
      ? `time's up on #${timebox.topic} in #${timebox.issue}`
      : `timebox of #${timebox.topic} on #${timebox.issue}: nothing to call`,
  );
}
