import type { Config } from "../config/index.js";
import {
  ensureLabels,
  type GitHub,
  givesCommands,
  onIssueComment,
  onIssueEvent,
  projectItemIssue,
  reportConfigError,
  settleFailedCommand,
  sync,
  TeamMembersError,
} from "../jobs/index.js";
import { type ConfigReader, loadConfig } from "./load-config.js";
import { type ProbotOctokit, roundtableOctokit } from "./roundtable-octokit.js";

/** What a handler needs of the world; the app passes Probot's Octokit and logger. */
export interface Env {
  octokit: GitHub & ConfigReader;
  owner: string;
  repo: string;
  log: (line: string) => void;
  now: () => string;
}

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

/** The config, or, when it is broken, one comment on the issue saying what is wrong (then silence). */
async function configFor(env: Env, issue: number | null): Promise<Config | undefined> {
  const config = await loadConfig(env.octokit, env.owner, env.repo);
  if (!(config instanceof Error)) return config;
  env.log(`config: ${config.message}`);
  if (issue !== null) await reportConfigError(env.octokit, { ...env, issue, error: config });
  return undefined;
}

/** The env with the event's Octokit made Roundtable's: its own login, timeouts and a budget. */
async function own<E extends Pick<Env, "octokit" | "log">>(env: E): Promise<E> {
  return { ...env, octokit: await roundtableOctokit(env.octokit as ProbotOctokit, env.log) };
}

const labelsOf = (issue: PayloadIssue) =>
  (issue.labels ?? []).flatMap((l) => (l === null ? [] : [typeof l === "string" ? l : l.name]));

const job = (env: Env, config: Config) => ({
  owner: env.owner,
  repo: env.repo,
  config,
  now: env.now(),
  log: env.log,
});

/** issues.*: the intake job (topics, and meetings' regions). */
export async function onIssue(
  env: Env,
  action: string,
  issue: PayloadIssue,
  label?: string,
): Promise<void> {
  env = await own(env);
  const config = await configFor(env, issue.number);
  if (!config) return;
  await toldOnce(env, issue.number, () =>
    onIssueEvent(env.octokit, {
      ...job(env, config),
      action,
      issue: { number: issue.number, labels: labelsOf(issue), body: issue.body ?? "" },
      label,
    }),
  );
}

/**
 * A setup problem found while loading (the team of `votes.eligible` cannot be read) is told like
 * a broken config: once, in the comment Roundtable keeps on the issue, and the event is done
 * rather than failed, so GitHub does not redeliver it and the log does not repeat it per event.
 */
async function toldOnce(env: Env, issue: number, work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof TeamMembersError)) throw error;
    env.log(`config: ${error.message}`);
    await reportConfigError(env.octokit, { ...env, issue, error });
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
): Promise<void> {
  env = await own(env);
  const commands = givesCommands(comment.body);
  try {
    await commentJob(env, issue, comment, commands);
  } catch (error) {
    if (commands)
      await settleFailedCommand(env.octokit, {
        owner: env.owner,
        repo: env.repo,
        issue: issue.number,
        commentId: comment.id,
        error,
        log: env.log,
      });
    throw error;
  }
}

async function commentJob(
  env: Env,
  issue: PayloadIssue,
  comment: PayloadComment,
  commands: boolean,
): Promise<void> {
  const config = await configFor(env, commands ? issue.number : null);
  if (!config) return;
  await toldOnce(env, issue.number, () =>
    onIssueComment(env.octokit, {
      ...job(env, config),
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
  await run(`${content.owner}/${content.repo}`, async () => {
    const repoEnv = { ...env, owner: content.owner, repo: content.repo };
    const config = await configFor(repoEnv, null);
    if (config?.project)
      await sync(env.octokit, { ...job(repoEnv, config), dryRun: false, keepOrder: true });
  });
}

/** installation.created / installation_repositories.added: each repository's board comes alive. */
export async function onInstalled(env: Env): Promise<void> {
  env = await own(env);
  const config = await configFor(env, null);
  if (!config) return;
  // Issue forms add only labels that exist: make them before anyone opens one.
  await ensureLabels(env.octokit, { ...job(env, config), dryRun: false });
  await sync(env.octokit, { ...job(env, config), dryRun: false });
}
