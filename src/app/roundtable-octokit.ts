import { answersWhole } from "../github/answers-whole.js";
import type { GitHub } from "../github/client.js";
import { defaultBotLogins } from "../github/own-comment.js";
import {
  addTimeouts,
  defaultJobBudgetMs,
  defaultRequestTimeoutMs,
  millisecondsFrom,
} from "../github/timeouts.js";
import type { ConfigReader } from "./load-config.js";

/** Probot's per-event Octokit, as much of it as this needs. */
export type ProbotOctokit = GitHub &
  ConfigReader & { hook: Parameters<typeof addTimeouts>[0]["hook"] };

let ownLogin: Promise<string> | undefined;

/** The Octokits whose requests already carry Roundtable's hooks. */
const hooked = new WeakSet<object>();

/**
 * The app's own bot account, `<slug>[bot]`, from GET /app (Octokit's app auth signs that route
 * with the app's JWT by itself). Asked once per process; a failed ask is asked again next time,
 * and meanwhile the published app's `roundtable[bot]` stands in.
 */
export async function appBotLogin(octokit: GitHub, log: (line: string) => void): Promise<string> {
  ownLogin ??= octokit.request("GET /app").then(
    ({ data }) => `${data?.slug ?? "roundtable"}[bot]`,
    (error: unknown) => {
      ownLogin = undefined;
      log(`could not read the app's own login (GET /app): ${(error as Error).message}`);
      return defaultBotLogins[0] as string;
    },
  );
  return ownLogin;
}

/**
 * The event's Octokit as the jobs use it: its comments recognised by the app's own login (never
 * by a marker or by being some bot), every request given up after ROUNDTABLE_REQUEST_TIMEOUT_MS
 * (20 s) and the whole event after ROUNDTABLE_JOB_BUDGET_MS (5 min), so a hung request settles
 * the command and the repository's next event is served.
 */
export async function roundtableOctokit(
  octokit: ProbotOctokit,
  log: (line: string) => void,
  env: Record<string, string | undefined> = process.env,
): Promise<GitHub & ConfigReader> {
  if ("hook" in octokit && !hooked.has(octokit)) {
    // Once per Octokit, however often a delivery's steps ask for it: hooks added twice would
    // ask a cut-off read 9 times and spend two budgets.
    hooked.add(octokit);
    // A dropped connection's cut-off answer is asked again (a read) or taken as done (a creation).
    answersWhole(octokit as never);
    addTimeouts(octokit, {
      requestTimeoutMs: millisecondsFrom(
        env.ROUNDTABLE_REQUEST_TIMEOUT_MS,
        defaultRequestTimeoutMs,
      ),
      budget: AbortSignal.timeout(
        millisecondsFrom(env.ROUNDTABLE_JOB_BUDGET_MS, defaultJobBudgetMs),
      ),
    });
  }
  const login = await appBotLogin(octokit, log);
  return {
    request: octokit.request,
    graphql: octokit.graphql,
    config: octokit.config,
    botLogins: [login],
  };
}
