import { resolve } from "node:path";
import * as core from "@actions/core";
import { ConfigError } from "../config/config-error.js";
import { configPath } from "../config/config-path.js";
import type { Effect } from "../core/plan.js";
import type { Snapshot } from "../core/snapshot.js";
import { userError } from "../errors/roundtable-error.js";
// Only what reads the inputs and reports a failure is imported here: each job's code (and the
// GitHub client, the config's schema) is imported when it runs, so a run stopped by a wrong
// input loads almost nothing. Types are erased and cost nothing.
import { explainFailure } from "../jobs/explain-failure.js";
import { type RunContext, runContext } from "../jobs/run-context.js";
import type { UseCaseName } from "../jobs/use-cases.js";

const knownJobs = ["sync", "publish", "retro", "notify", "series", "okr-status"] as const;
type Job = (typeof knownJobs)[number];

interface Inputs {
  token: string;
  configPath: string;
  jobs: Job[];
  dryRun: boolean;
  commitMode: "direct" | "pull-request";
  /** Where the board's last read is kept between runs (relative to the workspace); "" keeps none. */
  readCache: string;
}

/** The Action's inputs, checked; a wrong one stops the run with a message naming it. */
function readInputs(): Inputs {
  const jobs = core
    .getInput("jobs")
    .split(",")
    .map((j) => j.trim())
    .filter(Boolean);
  const unknown = jobs.filter((j) => !(knownJobs as readonly string[]).includes(j));
  if (unknown.length > 0) {
    throw userError(`unknown job ${unknown.join(", ")}`, {
      where: { key: "input jobs" },
      expected: `a comma-separated list of ${knownJobs.join(", ")}`,
    });
  }
  const commitMode = core.getInput("commit-mode") || "direct";
  if (commitMode !== "direct" && commitMode !== "pull-request") {
    throw userError("unknown commit mode", {
      where: { key: "input commit-mode" },
      expected: "direct or pull-request",
      given: `"${commitMode}"`,
    });
  }
  // Said as every other input's mistake is, not as @actions/core's "Input required" (a bug's stack).
  const token = core.getInput("token");
  if (!token)
    throw userError("no token given", {
      where: { key: "input token" },
      expected: "a GitHub token",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the workflow's expression, as written there
      fix: "set `token: ${{ secrets.GITHUB_TOKEN }}` (or an App installation token) under the step's `with:`",
    });
  return {
    token,
    configPath: core.getInput("config-path") || configPath,
    jobs: (jobs.length > 0 ? jobs : ["sync", "publish"]) as Job[],
    dryRun: core.getBooleanInput("dry-run"),
    commitMode,
    readCache: core.getInput("read-cache"),
  };
}

/**
 * The Action, on a schedule or on demand: recount the votes and sync the board, then publish the
 * pages. Only this function turns failures into annotations and a failed step.
 *
 * 1. Read the inputs and the repository's config (through the API: no checkout needed).
 * 2. Create the labels the repository lacks, then run each job asked for, in order.
 * 3. Set the outputs and write the job summary: the queue, what changed, what it cost.
 */
export async function runAction(): Promise<void> {
  try {
    const inputs = readInputs();
    const [{ context }, { createClient }, { settingsFromEnv }, { loadRepoConfig }, { fileReads }] =
      await Promise.all([
        import("@actions/github"),
        import("../github/client.js"),
        import("../github/settings-from-env.js"),
        import("../jobs/repo-config.js"),
        import("./file-reads.js"),
      ]);
    const { owner, repo } = context.repo;
    const github = createClient({
      token: inputs.token,
      apiUrl: process.env.GITHUB_API_URL || undefined,
      graphqlUrl: process.env.GITHUB_GRAPHQL_URL || undefined,
      log: (line) => core.warning(line),
      ...settingsFromEnv(process.env),
      ...(inputs.readCache
        ? { reads: fileReads(resolve(process.env.GITHUB_WORKSPACE || ".", inputs.readCache)) }
        : {}),
    });
    const config = await loadRepoConfig(github, { owner, repo, path: inputs.configPath });
    const failedNotices: string[] = [];
    const run: Run = {
      context: runContext({
        github,
        owner,
        repo,
        config,
        clock: () => new Date().toISOString(),
        dryRun: inputs.dryRun,
        log: (line) => core.info(line),
        // The channels' env:NAME are read from the step's env, by the write gate alone.
        secrets: process.env,
        onNoticeFailed: noticeFailed(failedNotices),
      }),
      inputs,
      summary: [],
      failedNotices,
      queue: [],
      points: 0,
      requests: 0,
    };
    await prepare(run);
    for (const job of inputs.jobs) await jobs[job].run(run);
    if (run.failedNotices.length > 0)
      run.summary.push(
        `**channels**: ${run.failedNotices.length} ${run.failedNotices.length === 1 ? "notice was" : "notices were"} not delivered (the jobs' work is done):\n\n${run.failedNotices.map((l) => `- ${escapeHtml(l)}`).join("\n")}`,
      );
    core.setOutput("queue", JSON.stringify(run.queue));
    run.summary.push(
      `**API cost**: ${run.requests} GraphQL requests to read, ${run.points} rate-limit points.`,
    );
    await core.summary.addHeading("Roundtable", 2).addRaw(run.summary.join("\n\n"), true).write();
  } catch (error) {
    fail(error);
  }
}

/**
 * Before any job: the labels the issue forms and the jobs need, and a warning for each channel or
 * ballot secret the step lacks (told once, here; the jobs go on without it).
 */
async function prepare(run: Run): Promise<void> {
  const [{ ensureLabels }, { channelSecretProblems }, { ballotSecretProblems }, { runUseCase }] =
    await Promise.all([
      import("../jobs/ensure-labels.js"),
      import("../jobs/channel-secrets.js"),
      import("../jobs/ballot-keys.js"),
      import("../jobs/use-case.js"),
    ]);
  // Issue forms add only labels that exist, and the jobs read issues by label: a run creates
  // the missing ones before any job (one REST request when none is missing).
  const labels = await runUseCase(ensureLabels, run.context);
  if (labels.plan.length > 0)
    run.summary.push(
      `**labels**: ${labels.plan.length} ${run.inputs.dryRun ? "would be created" : "created"}.`,
    );
  for (const problem of channelSecretProblems(run.context.config, process.env)) {
    core.warning(problem, { title: "Roundtable channel" });
    run.summary.push(`**channel**: ${escapeHtml(problem)}`);
  }
  for (const problem of ballotSecretProblems(run.context.config.votes, process.env)) {
    core.warning(problem, { title: "Roundtable ballots" });
    run.summary.push(`**ballots**: ${escapeHtml(problem)}`);
  }
}

/** One run of the Action: what every job reads, and what they add up to for the summary. */
interface Run {
  /** The run's one context, shared by its jobs. */
  context: RunContext;
  inputs: Inputs;
  summary: string[];
  /** Notices a channel did not take, one line each, for the job summary. */
  failedNotices: string[];
  queue: number[];
  /** The board sync read, for publish to reuse: one read per run. */
  snapshot?: Snapshot;
  points: number;
  requests: number;
}

/**
 * The Action's jobs, one row each naming its use case (src/jobs/use-cases.ts): what it runs, and
 * what it adds to the run's summary. `docs/triggers.md` lists them.
 */
export const jobs: Record<Job, { useCase: UseCaseName; run: (run: Run) => Promise<void> }> = {
  sync: {
    useCase: "sync",
    async run(run) {
      const [{ sync }, { runUseCase }] = await Promise.all([
        import("../jobs/sync.js"),
        import("../jobs/use-case.js"),
      ]);
      const result = await runUseCase(sync, run.context);
      run.queue = result.queue;
      run.snapshot = result.snapshot;
      run.points += result.cost.points;
      run.requests += result.cost.graphqlRequests;
      run.summary.push(
        `**sync**: ${result.queue.length} topics in the queue; ${
          result.plan.length === 0
            ? "the board was in order"
            : `${result.plan.length} changes ${run.context.dryRun ? "planned (dry run)" : "made"}`
        }.`,
      );
      core.summary.addHeading("Queue", 3).addTable([
        [
          { data: "Rank", header: true },
          { data: "Topic", header: true },
          { data: "Votes", header: true },
          { data: "Sponsor", header: true },
        ],
        ...result.board.queue.toDiscuss
          .slice(0, 10)
          .map((e, i) => [
            String(i + 1),
            `#${e.topic.number} ${escapeHtml(e.topic.title)}`,
            String(e.votes),
            e.topic.sponsor ?? "needs a sponsor",
          ]),
      ]);
    },
  },
  retro: {
    useCase: "retro",
    async run(run) {
      const [{ retro }, { runUseCase }] = await Promise.all([
        import("../jobs/retro.js"),
        import("../jobs/use-case.js"),
      ]);
      const result = await runUseCase(retro, run.context);
      run.points += result.cost.points;
      run.requests += result.cost.graphqlRequests;
      const opened = result.plan.filter((e) => e.kind === "open-issue").length;
      run.summary.push(
        `**retro**: ${opened === 0 ? "nothing to open" : `${opened} issues ${run.context.dryRun ? "would be opened" : "opened"}`}.`,
      );
    },
  },
  series: {
    useCase: "series",
    async run(run) {
      const [{ seriesJob }, { runUseCase }] = await Promise.all([
        import("../jobs/series.js"),
        import("../jobs/use-case.js"),
      ]);
      const result = await runUseCase(seriesJob, run.context);
      run.points += result.cost.points;
      run.requests += result.cost.graphqlRequests;
      const opened = result.plan.length;
      run.summary.push(
        `**series**: ${opened === 0 ? "no meeting to open" : `${opened} meeting ${opened === 1 ? "issue" : "issues"} ${run.context.dryRun ? "would be opened" : "opened"}`}.`,
      );
    },
  },
  notify: {
    useCase: "notify",
    async run(run) {
      const [{ notifyJob }, { retryInvitations }, { runUseCase }] = await Promise.all([
        import("../jobs/notify.js"),
        import("../jobs/invitation-timers.js"),
        import("../jobs/use-case.js"),
      ]);
      const result = await runUseCase(notifyJob, run.context);
      run.points += result.cost.points;
      run.requests += result.cost.graphqlRequests;
      // Invitations that wait for GitHub's daily limit are tried again on every scheduled run.
      if (run.context.config.meetings.invite) {
        const { retried, waiting } = await runUseCase(retryInvitations, run.context);
        const on = (issues: number[]) => issues.map((n) => `#${n}`).join(", ");
        if (retried.length > 0)
          run.summary.push(
            run.context.dryRun
              ? `**invitations**: waiting invitations on ${on(retried)} would be tried again (dry run).`
              : `**invitations**: waiting invitations tried again on ${on(retried)}; ${waiting.length === 0 ? "all sent" : `still waiting on ${on(waiting)}`}.`,
          );
      }
      const notices = result.plan.filter((e) => e.kind === "notify");
      const sent = result.applied.filter((e) => e.kind === "notify");
      run.summary.push(
        `**notify**: ${
          notices.length === 0
            ? "nothing to tell the channels"
            : run.context.dryRun
              ? `${notices.length} notices would be sent`
              : `${sent.length} of ${notices.length} notices sent`
        }.`,
      );
    },
  },
  "okr-status": {
    useCase: "okr-status",
    async run(run) {
      // The week's project status update: once a week, so a daily schedule may run it every day.
      const [{ okrStatus }, { runUseCase }] = await Promise.all([
        import("../jobs/okr-status.js"),
        import("../jobs/use-case.js"),
      ]);
      const input = run.snapshot ? { snapshot: run.snapshot } : {};
      const result = await runUseCase(okrStatus, run.context, input);
      run.summary.push(
        `**okr-status**: ${
          result.plan.length === 0
            ? "no status update due this week"
            : run.context.dryRun
              ? "the week's project status update would be posted"
              : "the week's project status update posted"
        }.`,
      );
    },
  },
  publish: {
    useCase: "publish",
    async run(run) {
      const [{ publish }, { runUseCase }] = await Promise.all([
        import("../jobs/publish.js"),
        import("../jobs/use-case.js"),
      ]);
      const { committed: result, cost } = await runUseCase(publish, run.context, {
        mode: run.inputs.commitMode,
        ...(run.snapshot ? { snapshot: run.snapshot } : {}),
      });
      run.points += cost.points;
      run.requests += cost.graphqlRequests;
      core.setOutput("changed-pages", JSON.stringify(result.changed));
      core.setOutput("commit-sha", result.commit?.oid ?? "");
      run.summary.push(
        `**publish**: ${
          result.changed.length === 0
            ? "no page changed, no commit"
            : `${run.context.dryRun ? "would change" : "changed"} ${result.changed.join(", ")}${result.commit ? ` in ${result.commit.oid.slice(0, 7)}` : ""}`
        }${result.pullRequest ? ` (pull request #${result.pullRequest.number})` : ""}.`,
      );
    },
  },
};

/** A notice a channel did not take: a warning, and a line of the job summary. */
function noticeFailed(failedNotices: string[]): (effect: Effect, error: Error) => void {
  return (effect, error) => {
    const line = `${effect.kind === "notify" ? `${effect.channel.kind} (${effect.notice.event})` : effect.kind}: ${error.message}`;
    core.warning(line, { title: "Roundtable channel" });
    failedNotices.push(line);
  };
}

/** Every problem becomes an annotation (on the config file's line when it has one), and the step fails. */
function fail(error: unknown): void {
  if (error instanceof ConfigError) {
    for (const problem of error.problems) {
      core.error(`${problem.path ? `${problem.path}: ` : ""}${problem.message}`, {
        title: "Roundtable config",
        file: error.file,
        ...(problem.line !== undefined
          ? { startLine: problem.line, startColumn: problem.column }
          : {}),
      });
    }
    // A public repository's Actions log is public: the values are left out, as in the app's
    // comment (one may have come from a private repository the config extends).
    core.setFailed(error.publicMessage());
    return;
  }
  const failure = explainFailure(error);
  // Anything else is a bug: its stack goes to the log, for the issue someone will open.
  if (!failure) core.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  const message =
    failure?.lines.join("\n") ?? (error instanceof Error ? error.message : String(error));
  core.error(message, {
    title: "Roundtable",
    ...(failure?.where.file ? { file: failure.where.file, startLine: failure.where.line } : {}),
  });
  core.setFailed(message);
}

/** The job summary is HTML: titles from issues are escaped. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
