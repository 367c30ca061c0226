import { randomUUID } from "node:crypto";
import { tenantSecrets } from "../channels/tenant-secrets.js";
import type { Config } from "../config/index.js";
import type { Coordination } from "../coordination/index.js";
import type { Timebox } from "../core/meetings/timebox.js";
import type { AccessCache } from "../github/client.js";
import { markChanged } from "../github/kept-read.js";
import { projectItemIssue } from "../github/project-item-content.js";
import { TeamMembersError } from "../github/team-members-error.js";
import { channelSecretProblems } from "../jobs/channel-secrets.js";
import type { CommentCommands } from "../jobs/comment-input.js";
import { reportConfigError } from "../jobs/config-error.js";
import { ensureIssueTypes } from "../jobs/ensure-issue-types.js";
import { ensureLabels } from "../jobs/ensure-labels.js";
import { onIssueEvent } from "../jobs/intake.js";
import type { InvitationTimes } from "../jobs/invitation-timers.js";
import { onIssueComment, parseComment } from "../jobs/issue-comment.js";
import { sync } from "../jobs/sync.js";
import { onTimeboxEnded, runningTimeboxes } from "../jobs/timebox.js";
import { type Env, runOf } from "./env.js";
import { coordinationReads } from "./kept-reads.js";
import { loadConfig } from "./load-config.js";
import { commandFailed, publishLater } from "./retry-later.js";
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

/** How long a repository's config is kept; a push to a config file forgets it at once. */
const configSeconds = 10 * 60;

/** The scope of the cache that a push to any config file of the installation invalidates. */
export const configScope = (installation: number) => `config:${installation}`;

/**
 * The config (from the cache shared by the app's instances when it was read a moment ago), or,
 * when it is broken, one comment on the issue saying what is wrong (then silence).
 */
export async function configFor(env: Env, issue: number | null): Promise<Config | undefined> {
  const { cache } = env.coordination;
  const scope = configScope(env.installation);
  const key = `${env.owner}/${env.repo}`;
  const cached = await cache.get<Config>(scope, key);
  if (cached) return cached;
  const config = await loadConfig(env.octokit, env.owner, env.repo);
  if (!(config instanceof Error)) {
    // A channel without its URL is told in the log; the board's work goes on without it.
    for (const problem of channelSecretProblems(config, tenantSecrets(process.env, env.owner)))
      env.log(`${env.owner}/${env.repo}: ${problem}`);
    await cache.set(scope, key, config, configSeconds);
    return config;
  }
  env.log(`config: ${config.message}`);
  if (issue !== null) await reportConfigError(runOf(env), issue, config);
  return undefined;
}

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

/**
 * How far apart two instances' clocks may be: a recount another instance stamped less than this
 * after an event arrived is not trusted to have seen it. This instance's own stamps need no margin.
 */
const clockSkewMs = 1_000;
const thisInstance = randomUUID();

/**
 * Work that only recounts the board (a topic assigned or closed, a comment without a command, a
 * card moved by hand) is folded into a recount that started after the event arrived: in a burst
 * of such events for one repository, the events that queued behind a running recount make one
 * further recount between them, not one each. The start of each recount is stamped in the
 * coordination store under the repository's lease, so the instances fold each other's events.
 * The plan is the same as if each event had recounted: each recount reads the board as it is.
 */
async function recount(
  env: Pick<Env, "owner" | "repo" | "coordination" | "log" | "arrived">,
  work: () => Promise<unknown>,
): Promise<void> {
  const key = `${env.owner}/${env.repo}`;
  const { cache } = env.coordination;
  const started = await cache.get<{ at: number; by: string }>("recount-started", key);
  const margin = started?.by === thisInstance ? 0 : clockSkewMs;
  if (env.arrived !== undefined && started !== undefined && started.at > env.arrived + margin) {
    env.log(`${key}: recount folded into the one that started after this event arrived`);
    return;
  }
  await cache.set("recount-started", key, { at: Date.now(), by: thisInstance }, 3_600);
  await work();
}

const isTopic = (issue: PayloadIssue, config: Config) =>
  labelsOf(issue).some((l) => l.toLowerCase() === config.labels.topic.toLowerCase());

/** What an issue event can change: only the board's count, unless it opens, edits or labels. */
const recountOnly = (action: string) =>
  !["opened", "edited", "labeled", "reopened"].includes(action);

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
  const intake = () =>
    toldOnce(env, issue.number, () =>
      onIssueEvent(runOf(env, config), {
        action,
        issue: { number: issue.number, labels: labelsOf(issue), body: issue.body ?? "" },
        label,
      }),
    );
  // Only a topic's event recounts: any other is not stamped as a recount it is not.
  if (recountOnly(action) && isTopic(issue, config)) await recount(env, intake);
  else await intake();
}

/**
 * A setup problem found while loading (the team of `votes.eligible` cannot be read) is told like
 * a broken config: once, in the comment Roundtable keeps on the issue, and the event is done
 * rather than failed, so GitHub does not redeliver it and the log does not repeat it per event.
 */
async function toldOnce<T>(
  env: Env,
  issue: number,
  work: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof TeamMembersError)) throw error;
    env.log(`config: ${error.message}`);
    await reportConfigError(runOf(env), issue, error);
    return undefined;
  }
}

/** What a comment's job leaves for the app to schedule: timers to arm, as data. */
export interface CommentFollowUps {
  /** The timeboxes it set: each needs a timer. */
  timeboxes: Timebox[];
  /** A seat moved with invitations on: the meeting's invitation retry and reminder. */
  invitations: InvitationTimes | null;
}

const noFollowUps: CommentFollowUps = { timeboxes: [], invitations: null };

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
): Promise<CommentFollowUps> {
  env = await own(env);
  // The comment is parsed here, once for the whole delivery: the jobs are handed its commands.
  const parsed = parseComment(comment.body);
  const commands = parsed.all.length > 0;
  try {
    return await commentJob(env, issue, comment, parsed, retry.attempt > 0);
  } catch (error) {
    // GitHub's passing trouble is retried later (retries.ts): the delivery is then done.
    if (commands && (await commandFailed(env, issue.number, comment.id, error, retry.attempt)))
      return noFollowUps;
    throw error;
  }
}

async function commentJob(
  env: Env,
  issue: PayloadIssue,
  comment: PayloadComment,
  parsed: CommentCommands,
  retried: boolean,
): Promise<CommentFollowUps> {
  const commands = parsed.all.length > 0;
  const config = await configFor(env, commands ? issue.number : null);
  if (!config) return noFollowUps;
  // A comment without a command on a topic only recounts the board (a 👍 may have come with it).
  if (!commands && isTopic(issue, config)) {
    await recount(env, () => commentWork(env, issue, comment, parsed, config, retried));
    return noFollowUps;
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
): Promise<CommentFollowUps> {
  const result = await toldOnce(env, issue.number, () =>
    onIssueComment(runOf(env, config), {
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
  // The meeting's pages did not follow /end or /schedule: published again later.
  if (result?.pagesPending) await publishLater(env, issue.number);
  return result ? { timeboxes: result.timeboxes, invitations: result.invitations } : noFollowUps;
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
      await recount(repoEnv, () => sync(runOf(repoEnv, config), { keepOrder: true }));
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
  if (config) await recount(env, () => sync(runOf(env, config), { keepOrder: true }));
}

/** installation.created / installation_repositories.added: each repository's board comes alive. */
export async function onInstalled(env: Env): Promise<void> {
  env = await own(env);
  const config = await configFor(env, null);
  if (!config) return;
  // Issue forms add only labels that exist: make them before anyone opens one.
  await ensureLabels(runOf(env, config));
  // The kinds' issue types, where the organisation lets the app make them; else said in the log.
  const types = await ensureIssueTypes(runOf(env, config));
  if (types.byHand) env.log(types.byHand);
  await sync(runOf(env, config));
}

/** A timebox's timer fired: the bot calls time on the meeting, if it is still running. */
export async function onTimebox(env: Env, timebox: Timebox): Promise<void> {
  env = await own(env);
  const config = await configFor(env, null);
  if (!config) return;
  const { called } = await onTimeboxEnded(runOf(env, config), timebox);
  if (called) env.log(`time's up on #${timebox.topic} in #${timebox.issue}`);
}

/** The timeboxes running in a repository's open meetings (after a restart, to set their timers). */
export async function timeboxesOf(env: Env): Promise<Timebox[]> {
  env = await own(env);
  const config = await configFor(env, null);
  return config ? runningTimeboxes(runOf(env, config)) : [];
}
