import { Octokit } from "@octokit/core";
import { throttling } from "@octokit/plugin-throttling";
import { answersWhole } from "./answers-whole.js";
import { jsonAnswers } from "./json-answers.js";
import type { ReadStore } from "./kept-read.js";
import { safeRetry } from "./safe-retry.js";
import { shippedGroups, spaceWrites } from "./throttle.js";
import { type Timeouts, timeouts } from "./timeouts.js";

/**
 * What the jobs need of a GitHub client. An Octokit made by `createClient` and Probot's
 * per-installation Octokit (which carries the same retry and throttling plugins) both fit.
 */
export type GitHub = Pick<Octokit, "request" | "graphql"> & {
  /**
   * The accounts Roundtable writes as (`roundtable[bot]`, the app's `<slug>[bot]`): a comment is
   * Roundtable's own, its records read and its text edited, only when one of them wrote it. Absent:
   * `defaultBotLogins`.
   */
  botLogins?: readonly string[];
  /** Where the last read of a board is kept, so the next read asks only what changed. */
  reads?: ReadStore;
  /** Where GitHub's answers about people's roles and team memberships are kept a moment. */
  access?: AccessCache;
};

/**
 * A short-lived, bounded cache of GitHub's answers about access (facilitates.ts): the app keeps
 * them a minute in its coordination store; a CLI run or an Action job asks afresh.
 */
export interface AccessCache {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
}

export interface ClientOptions extends Timeouts {
  token: string;
  /** REST base URL: GITHUB_API_URL on a runner or GitHub Enterprise; api.github.com otherwise. */
  apiUrl?: string;
  /** GraphQL endpoint: GITHUB_GRAPHQL_URL; derived from apiUrl when absent. */
  graphqlUrl?: string;
  /** How often one request is retried after a rate limit; then it fails with the limit's message. */
  maxRetries?: number;
  /** The longest wait for a rate limit to pass, in seconds; a longer one fails at once. */
  maxWaitSeconds?: number;
  /** Turn off retries and throttling (tests that count requests). */
  throttle?: boolean;
  /** Multiplies Retry-After (seconds), and the retry plugin's 1, 4, 9 backoff, into milliseconds; tests make waits short. */
  retryAfterBaseValue?: number;
  log?: (message: string) => void;
  /** The transport; Node's fetch by default. The bench passes a simulated one. */
  fetch?: typeof fetch;
  /** The accounts Roundtable writes as (see `GitHub.botLogins`). */
  botLogins?: readonly string[];
  /** Where the last read of a board is kept (see `GitHub.reads`). */
  reads?: ReadStore;
  /** Told of every request sent, retries included: a command's cost line counts them all. */
  onRequest?: (request: { write: boolean }) => void;
}

// The timeouts first: Octokit wraps each later plugin around the earlier ones, so each attempt is
// timed on its own and a wait for a rate limit is not counted. Throttled as GitHub asks, no more:
// reads side by side, writes spaced (see throttle.ts).
const RoundtableOctokit = Octokit.plugin(
  timeouts as never,
  jsonAnswers as never,
  answersWhole as never,
  throttling,
  safeRetry as never,
  spaceWrites,
);

/**
 * An Octokit for a token (CLI and Action) that waits out primary and secondary rate limits
 * (Retry-After, 403/429), up to `maxRetries` times and `maxWaitSeconds` each, and otherwise fails
 * with GitHub's own message, which `explainError` turns into advice.
 */
export function createClient(options: ClientOptions): GitHub {
  const apiUrl = options.apiUrl ?? "https://api.github.com";
  const octokit = new RoundtableOctokit({
    auth: options.token,
    baseUrl: apiUrl.replace(/\/$/, ""),
    userAgent: "roundtable",
    ...waitOptions(options),
    requestTimeoutMs: options.requestTimeoutMs,
    budget: options.budget,
    ...(options.fetch ? { request: { fetch: options.fetch } } : {}),
  });
  if (options.onRequest) reportRequests(octokit, options.onRequest);
  return {
    request: octokit.request,
    graphql: octokit.graphql.defaults({ url: options.graphqlUrl ?? graphqlEndpoint(apiUrl) }),
    ...(options.botLogins ? { botLogins: options.botLogins } : {}),
    ...(options.reads ? { reads: options.reads } : {}),
  };
}

/**
 * The throttling plugin's options (wait out a rate limit up to `maxRetries` times, each up to
 * `maxWaitSeconds`, saying so in the log) and the resend plugin's, or both off.
 */
function waitOptions(options: ClientOptions) {
  const { maxRetries = 2, maxWaitSeconds = 120, throttle = true, log = () => {} } = options;
  const wait =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _: unknown,
      retryCount: number,
    ) => {
      if (retryCount >= maxRetries || retryAfter > maxWaitSeconds) return false;
      log(
        `${kind} rate limit on ${request.method} ${request.url}: waiting ${retryAfter} s, then retrying`,
      );
      return true;
    };
  const base =
    options.retryAfterBaseValue !== undefined
      ? { retryAfterBaseValue: options.retryAfterBaseValue }
      : {};
  return {
    throttle: throttle
      ? {
          onRateLimit: wait("primary"),
          onSecondaryRateLimit: wait("secondary"),
          ...shippedGroups(),
          ...base,
        }
      : { enabled: false },
    resend: {
      enabled: throttle,
      maxWaitMs: maxWaitSeconds * (options.retryAfterBaseValue ?? 1000),
      ...base,
    },
  };
}

/** Tells `onRequest` of every request the client sends, and whether it writes. */
function reportRequests(
  octokit: InstanceType<typeof RoundtableOctokit>,
  onRequest: NonNullable<ClientOptions["onRequest"]>,
): void {
  octokit.hook.before("request", (request) => {
    const query = String((request as { query?: unknown }).query ?? "");
    onRequest({
      write: request.url.endsWith("graphql")
        ? /^\s*mutation\b/.test(query)
        : request.method !== "GET",
    });
  });
}

/** api.github.com/graphql, or https://HOST/api/graphql for GitHub Enterprise (…/api/v3). */
function graphqlEndpoint(apiUrl: string): string {
  const base = apiUrl.replace(/\/$/, "");
  return base.endsWith("/api/v3") ? `${base.slice(0, -3)}graphql` : `${base}/graphql`;
}
