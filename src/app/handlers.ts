import type { Config, ConfigError } from "../config/index.js";
import {
  type Effect,
  marker,
  meetingCommands,
  parseCommands,
  parseTopicForm,
  planCommand,
  sameName,
} from "../core/index.js";
import {
  applyPlan,
  type GitHub,
  hasWriteAccess,
  projectItemIssue,
  readProject,
} from "../github/index.js";
import { ensureLabels, onMeetingEvent, type SyncResult, sync } from "../jobs/index.js";
import { renderWelcomeComment, toMarkdown } from "../render/index.js";
import { type ConfigReader, loadConfig } from "./load-config.js";
import { type PayloadIssue, topicFromPayload } from "./topic-from-payload.js";

/** What a handler needs of the world; the app passes Probot's Octokit and logger. */
export interface Env {
  octokit: GitHub & ConfigReader;
  owner: string;
  repo: string;
  log: (line: string) => void;
  now: () => string;
}

const apply = (env: Env, plan: Effect[]) =>
  applyPlan(env.octokit, plan, {
    owner: env.owner,
    repo: env.repo,
    project: null,
    dryRun: false,
    log: env.log,
  });

/** Applies a command's effects, reading the project first when they touch the board. */
async function applyOnBoard(env: Env, config: Config, plan: Effect[]): Promise<void> {
  const onBoard = plan.some((e) => e.kind === "set-field" || e.kind === "move");
  const project =
    onBoard && config.project
      ? (await readProject(env.octokit, config.project, `${env.owner}/${env.repo}`)).view
      : null;
  await applyPlan(env.octokit, plan, {
    owner: env.owner,
    repo: env.repo,
    project,
    dryRun: false,
    log: env.log,
  });
}

/** The config, or, when it is broken, one comment on the issue saying what is wrong (then silence). */
async function configFor(env: Env, issue: number | null): Promise<Config | undefined> {
  const config = await loadConfig(env.octokit, env.owner, env.repo);
  if (!(config instanceof Error)) return config;
  env.log(`config: ${config.message}`);
  if (issue !== null) await apply(env, [configErrorComment(issue, config)]);
  return undefined;
}

function configErrorComment(issue: number, error: ConfigError): Effect {
  const body = toMarkdown({
    type: "root",
    children: [
      {
        type: "paragraph",
        children: [
          {
            type: "text",
            value: "Roundtable cannot use this repository's configuration, so it did nothing here:",
          },
        ],
      },
      { type: "code", lang: "text", value: error.message },
      {
        type: "paragraph",
        children: [
          {
            type: "text",
            value:
              "Fix .github/roundtable.yml on the default branch; Roundtable picks up again on the next event.",
          },
        ],
      },
    ],
  });
  return { kind: "upsert-comment", issue, marker: marker("config-error"), body };
}

/** Recounts the board and applies the sync plan: every event that touches a topic ends here. */
function recount(env: Env, config: Config, keepOrder = false): Promise<SyncResult> {
  return sync(env.octokit, {
    owner: env.owner,
    repo: env.repo,
    config,
    now: env.now(),
    dryRun: false,
    keepOrder,
    log: env.log,
  });
}

const intakeActions = new Set(["opened", "edited", "labeled", "reopened"]);

/**
 * issues.*: a topic (labelled, or opened from the topic form) is recounted onto the board; on
 * intake the bot answers once, in one comment it keeps current, with how voting and sponsoring
 * work, where the topic stands, and which questions of the form are empty.
 */
export async function onIssue(
  env: Env,
  action: string,
  issue: PayloadIssue,
  label?: string,
): Promise<void> {
  const config = await configFor(env, issue.number);
  if (!config) return;
  const has = (name: string) =>
    (issue.labels ?? []).some(
      (l) => l !== null && sameName(typeof l === "string" ? l : l.name, name),
    );
  if (has(config.labels.meeting) && intakeActions.has(action)) {
    // A new or edited meeting: its region shows at once how to join, and what its form lacks.
    await onMeetingEvent(env.octokit, {
      owner: env.owner,
      repo: env.repo,
      config,
      issue: issue.number,
      now: env.now(),
      log: env.log,
    });
    return;
  }
  const labelled = has(config.labels.topic);
  const fromForm = action === "opened" && !labelled && parseTopicForm(issue.body ?? "").fromForm;
  const untopiced =
    action === "unlabeled" && label !== undefined && sameName(label, config.labels.topic);
  if (!labelled && !fromForm && !untopiced) return;
  if (fromForm)
    await apply(env, [{ kind: "add-label", issue: issue.number, label: config.labels.topic }]);

  const result = await recount(env, config);
  const topic = result.board.topics.find((t) => t.number === issue.number);
  if (topic && intakeActions.has(action)) {
    await apply(env, [
      {
        kind: "upsert-comment",
        issue: issue.number,
        marker: marker("welcome"),
        body: toMarkdown(renderWelcomeComment(topic, result.board, config)),
      },
    ]);
  }
}

export interface PayloadComment {
  id: number;
  body: string;
  created_at: string;
  html_url: string;
  user: { login: string } | null;
}

/**
 * issue_comment.created: each slash command is marked 👀, decided, applied, and marked 👍 or 😕;
 * a refusal or /help gets one reply (never two, even for a redelivered event). Then the board is
 * recounted, as for any event on a topic.
 */
export async function onComment(
  env: Env,
  issue: PayloadIssue,
  comment: PayloadComment,
): Promise<void> {
  const all = parseCommands(comment.body);
  const config = await configFor(env, all.length > 0 ? issue.number : null);
  if (!config) return;
  const labels = (issue.labels ?? []).flatMap((l) =>
    l === null ? [] : [typeof l === "string" ? l : l.name],
  );
  const isMeeting = labels.some((l) => sameName(l, config.labels.meeting));
  const forMeeting = isMeeting ? all.filter((c) => meetingCommands.has(c.name)) : [];
  const commands = all.filter((c) => !forMeeting.includes(c));
  if (forMeeting.length > 0) await onMeeting(env, config, issue, comment, commands.length === 0);
  const topic = topicFromPayload(issue, config);
  if (commands.length === 0) {
    if (topic && forMeeting.length === 0) await recount(env, config);
    return;
  }
  const login = comment.user?.login ?? "ghost";
  let moderates: boolean | undefined;
  const mayModerate = async () => {
    moderates ??=
      config.facilitators.some((f) => sameName(f, login)) ||
      (await hasWriteAccess(env.octokit, env.owner, env.repo, login));
    return moderates;
  };
  const replies: string[] = [];
  let refused = false;
  await apply(env, [{ kind: "react", commentId: comment.id, content: "eyes" }]);
  for (const command of commands) {
    const needsModeration =
      ((command.name === "park" || command.name === "unpark") &&
        topic &&
        !sameName(topic.author.login, login)) ||
      (command.name === "unsponsor" &&
        command.args !== "" &&
        !sameName(command.args.replace(/^@/, ""), login));
    const outcome = planCommand(
      command,
      topic,
      { login, moderates: needsModeration ? await mayModerate() : false },
      config,
    );
    if (outcome.kind === "done") await applyOnBoard(env, config, outcome.effects);
    if (outcome.kind !== "done" && outcome.reply) replies.push(outcome.reply);
    if (outcome.kind === "refused") refused = true;
  }
  if (replies.length > 0) {
    await apply(env, [
      {
        kind: "upsert-comment",
        issue: issue.number,
        marker: marker(`reply:${comment.id}`),
        body: replies.join("\n\n"),
      },
    ]);
  }
  await apply(env, [
    { kind: "react", commentId: comment.id, content: refused ? "confused" : "+1" },
  ]);
  if (topic) await recount(env, config);
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
  await run(`${content.owner}/${content.repo}`, async () => {
    const repoEnv = { ...env, owner: content.owner, repo: content.repo };
    const config = await configFor(repoEnv, null);
    if (config?.project) await recount(repoEnv, config, true);
  });
}

/** installation.created / installation_repositories.added: each repository's board comes alive. */
export async function onInstalled(env: Env): Promise<void> {
  const config = await configFor(env, null);
  if (!config) return;
  // Issue forms add only labels that exist: make them before anyone opens one.
  await ensureLabels(env.octokit, {
    owner: env.owner,
    repo: env.repo,
    config,
    dryRun: false,
    log: env.log,
  });
  await recount(env, config);
}

/**
 * Meeting commands on a meeting issue: the meeting job decides and applies them; the person who
 * commented gets the job's answers (a refusal, their place on the waitlist) in one reply.
 */
async function onMeeting(
  env: Env,
  config: Config,
  issue: PayloadIssue,
  comment: PayloadComment,
  last: boolean,
): Promise<void> {
  await apply(env, [{ kind: "react", commentId: comment.id, content: "eyes" }]);
  const login = comment.user?.login ?? "ghost";
  const result = await onMeetingEvent(env.octokit, {
    owner: env.owner,
    repo: env.repo,
    config,
    issue: issue.number,
    comment: {
      id: comment.id,
      body: comment.body,
      login,
      createdAt: comment.created_at,
      url: comment.html_url,
    },
    now: env.now(),
    log: env.log,
  });
  const effects: Effect[] = [];
  if (result.replies.length > 0)
    effects.push({
      kind: "upsert-comment",
      issue: issue.number,
      marker: marker(`reply:${comment.id}`),
      body: result.replies.join("\n\n"),
    });
  if (last)
    effects.push({
      kind: "react",
      commentId: comment.id,
      content: result.refused ? "confused" : "+1",
    });
  await apply(env, effects);
}
