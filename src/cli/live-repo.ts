import { type Config, configPath } from "../config/index.js";
import { createClient, type GitHub } from "../github/client.js";
import type { LoadProgress } from "../github/load-snapshot.js";
import { settingsFromEnv } from "../github/settings-from-env.js";
import { loadRepoConfig } from "../jobs/repo-config.js";
import { type RunContext, runContext } from "../jobs/run-context.js";
import type { CliIo } from "./io.js";
import { readConfig } from "./read-inputs.js";
import { UsageError } from "./usage-error.js";

export interface LiveRepo {
  github: GitHub;
  /** Every request made so far through `github`, for the command's cost line. */
  requests: RequestCount;
  owner: string;
  repo: string;
  config: Config;
  onProgress: (progress: LoadProgress) => void;
}

/**
 * A repository on GitHub, for the commands that talk to it: the token from GITHUB_TOKEN, the API
 * from GITHUB_API_URL / GITHUB_GRAPHQL_URL (set on runners and for GitHub Enterprise), and the
 * config from --config (a file, or a config already read) or else the repository's own
 * `.github/roundtable.yml`.
 */
export async function liveRepo(
  repository: string | undefined,
  configFile: string | Config | undefined,
  io: CliIo,
): Promise<LiveRepo> {
  const named = repositoryName(repository);
  const token = io.env.GITHUB_TOKEN;
  if (!token) {
    throw new UsageError(
      "GITHUB_TOKEN is not set: export a token that can read the repository (for example: export GITHUB_TOKEN=$(gh auth token))",
    );
  }
  const requests: RequestCount = { reads: 0, writes: 0 };
  const github = createClient({
    onRequest: ({ write }) => {
      if (write) requests.writes++;
      else requests.reads++;
    },
    token,
    apiUrl: io.env.GITHUB_API_URL || undefined,
    graphqlUrl: io.env.GITHUB_GRAPHQL_URL || undefined,
    log: (line) => io.err(line),
    ...settingsFromEnv(io.env),
  });
  const { owner, repo } = named;
  let config: Config;
  if (typeof configFile === "object") {
    config = configFile;
  } else if (configFile !== undefined) {
    config = readConfig(io.cwd, configFile);
  } else {
    config = await loadRepoConfig(github, {
      owner,
      repo,
      label: `${owner}/${repo}:${configPath}`,
    });
  }
  const onProgress = ({ pages, issues, total, points }: LoadProgress) =>
    io.progress?.(
      `read ${issues} of ${total} issues (${pages} ${pages === 1 ? "page" : "pages"}, ${points} points)`,
    );
  return { github, requests, owner, repo, config, onProgress };
}

/**
 * The run's one context for a command on the repository: the clock and the environment (where the
 * channels' env:NAME are read) are the command line's; `progress`: a long read is told as it goes.
 */
export function liveRun(
  live: LiveRepo,
  io: CliIo,
  options: { dryRun: boolean; log?: (line: string) => void; progress?: boolean },
): RunContext {
  const { github, owner, repo, config } = live;
  return runContext({
    github,
    owner,
    repo,
    config,
    clock: io.now,
    dryRun: options.dryRun,
    log: options.log ?? io.out,
    secrets: io.env,
    ...(options.progress ? { onProgress: live.onProgress } : {}),
  });
}

/**
 * The repository `--repo` names: OWNER/NAME, or as people copy it from the browser or a clone
 * command (https://github.com/OWNER/NAME, with .git or a trailing path; git@github.com:OWNER/NAME.git).
 */
export function repositoryName(given: string | undefined): { owner: string; repo: string } {
  const text = (given ?? "").trim();
  const match =
    /^([\w.-]+)\/([\w.-]+)$/.exec(text) ??
    /^(?:https?:\/\/|ssh:\/\/git@)?[\w.-]+(?::\d+)?\/([\w.-]+)\/([\w.-]+?)(?:\.git)?(?:\/.*)?$/.exec(
      text,
    ) ??
    /^git@[\w.-]+:([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(text);
  if (!match)
    throw new UsageError(
      given === undefined
        ? "--repo OWNER/NAME is needed, such as --repo acme/leadership"
        : `--repo ${given}: expected OWNER/NAME (or the repository's URL), such as --repo acme/leadership`,
    );
  return { owner: match[1] as string, repo: (match[2] as string).replace(/\.git$/, "") };
}

/** Requests made to GitHub, each counted once however it went (a retry is another request). */
export interface RequestCount {
  reads: number;
  writes: number;
}

/** The cost line of a command that talked to GitHub: every request, and the points it reported. */
export function costLine(requests: RequestCount, points: number): string {
  const total = requests.reads + requests.writes;
  return `cost: ${total} ${total === 1 ? "request" : "requests"} to GitHub (${requests.reads} to read, ${requests.writes} to write); ${points} GraphQL points for the reads`;
}
