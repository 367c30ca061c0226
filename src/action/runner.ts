import * as core from "@actions/core";
import { context } from "@actions/github";
import { type Config, ConfigError, parseConfig } from "../config/index.js";
import type { Snapshot } from "../core/index.js";
import { createClient, explainError, readRepoConfig } from "../github/index.js";
import { ensureLabels, publish, retro, sync } from "../jobs/index.js";

const knownJobs = ["sync", "publish", "retro"] as const;
type Job = (typeof knownJobs)[number];

interface Inputs {
  token: string;
  configPath: string;
  jobs: Job[];
  dryRun: boolean;
  commitMode: "direct" | "pull-request";
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
    throw new Error(
      `input jobs: unknown job ${unknown.join(", ")}; expected a comma-separated list of ${knownJobs.join(", ")}`,
    );
  }
  const commitMode = core.getInput("commit-mode") || "direct";
  if (commitMode !== "direct" && commitMode !== "pull-request") {
    throw new Error(`input commit-mode: expected direct or pull-request, got "${commitMode}"`);
  }
  return {
    token: core.getInput("token", { required: true }),
    configPath: core.getInput("config-path") || ".github/roundtable.yml",
    jobs: (jobs.length > 0 ? jobs : ["sync", "publish"]) as Job[],
    dryRun: core.getBooleanInput("dry-run"),
    commitMode,
  };
}

/**
 * The Action, on a schedule or on demand: recount the votes and sync the board, then publish the
 * pages. Only this function turns failures into annotations and a failed step.
 *
 * 1. Read the inputs and the repository's config (through the API: no checkout needed).
 * 2. Run each job asked for, in order.
 * 3. Set the outputs and write the job summary: the queue, what changed, what it cost.
 */
export async function runAction(): Promise<void> {
  try {
    const inputs = readInputs();
    const { owner, repo } = context.repo;
    const github = createClient({
      token: inputs.token,
      apiUrl: process.env.GITHUB_API_URL || undefined,
      graphqlUrl: process.env.GITHUB_GRAPHQL_URL || undefined,
      log: (line) => core.warning(line),
    });
    const text = await readRepoConfig(github, owner, repo, inputs.configPath);
    const config: Config = parseConfig(text ?? "", inputs.configPath);
    const now = new Date().toISOString();
    const log = (line: string) => core.info(line);
    const summary: string[] = [];
    let queue: number[] = [];
    let snapshot: Snapshot | undefined;
    let points = 0;
    let requests = 0;

    // Issue forms add only labels that exist, and the jobs read issues by label: the first run
    // creates the missing ones (one REST request when none is missing).
    const labels = await ensureLabels(github, {
      owner,
      repo,
      config,
      dryRun: inputs.dryRun,
      log,
    });
    if (labels.plan.length > 0) {
      summary.push(
        `**labels**: ${labels.plan.length} ${inputs.dryRun ? "would be created" : "created"}.`,
      );
    }

    for (const job of inputs.jobs) {
      if (job === "sync") {
        const result = await sync(github, { owner, repo, config, now, dryRun: inputs.dryRun, log });
        queue = result.queue;
        snapshot = result.snapshot;
        points += result.cost.points;
        requests += result.cost.graphqlRequests;
        summary.push(
          `**sync**: ${result.queue.length} topics in the queue; ${
            result.plan.length === 0
              ? "the board was in order"
              : `${result.plan.length} changes ${inputs.dryRun ? "planned (dry run)" : "made"}`
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
      } else if (job === "retro") {
        const result = await retro(github, {
          owner,
          repo,
          config,
          now,
          dryRun: inputs.dryRun,
          log,
        });
        points += result.cost.points;
        requests += result.cost.graphqlRequests;
        summary.push(
          `**retro**: ${result.plan.length === 0 ? "nothing to open" : `${result.plan.length} issues ${inputs.dryRun ? "would be opened" : "opened"}`}.`,
        );
      } else {
        const result = await publish(github, {
          owner,
          repo,
          config,
          now,
          dryRun: inputs.dryRun,
          mode: inputs.commitMode,
          log,
          ...(snapshot ? { snapshot } : {}),
        });
        points += result.cost.points;
        requests += result.cost.graphqlRequests;
        core.setOutput("changed-pages", JSON.stringify(result.changed));
        core.setOutput("commit-sha", result.commit?.oid ?? "");
        summary.push(
          `**publish**: ${
            result.changed.length === 0
              ? "no page changed, no commit"
              : `${inputs.dryRun ? "would change" : "changed"} ${result.changed.join(", ")}${result.commit ? ` in ${result.commit.oid.slice(0, 7)}` : ""}`
          }${result.pullRequest ? ` (pull request #${result.pullRequest.number})` : ""}.`,
        );
      }
    }
    core.setOutput("queue", JSON.stringify(queue));
    summary.push(
      `**API cost**: ${requests} GraphQL requests to read, ${points} rate-limit points.`,
    );
    await core.summary.addHeading("Roundtable", 2).addRaw(summary.join("\n\n"), true).write();
  } catch (error) {
    fail(error);
  }
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
    core.setFailed(error.message);
    return;
  }
  const message = explainError(error) ?? (error instanceof Error ? error.message : String(error));
  core.error(message, { title: "Roundtable" });
  core.setFailed(message);
}

/** The job summary is HTML: titles from issues are escaped. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
