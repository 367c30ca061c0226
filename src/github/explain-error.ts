/**
 * GitHub's answer to a failed request, turned into one line that says what to do. Returns
 * undefined for an error that did not come from GitHub.
 */
export function explainError(error: unknown): string | undefined {
  const e = error as {
    status?: number;
    message?: string;
    response?: { headers?: Record<string, string | undefined>; data?: unknown };
    errors?: Array<{ type?: string; message?: string }>;
    name?: string;
  };
  if (e?.name === "GraphqlResponseError" && Array.isArray(e.errors)) {
    const first = e.errors[0];
    if (e.errors.some((x) => x.type === "RATE_LIMITED")) return rateLimited(undefined);
    if (first?.type === "FORBIDDEN" || first?.type === "INSUFFICIENT_SCOPES") {
      return `GitHub refused: ${first.message}; give the token the permission this needs (issues, contents, and Projects for a board)`;
    }
    return `GitHub answered: ${first?.message ?? e.message}`;
  }
  if (typeof e?.status !== "number") return undefined;
  const unreachable = unreachableHost(error);
  if (unreachable) return unreachable;
  const headers = e.response?.headers ?? {};
  if (e.status === 401)
    return "GitHub refused the token (401): check that GITHUB_TOKEN is set and has not expired";
  if (isRateLimited(error)) return rateLimited(headers["x-ratelimit-reset"]);
  if (e.status === 403)
    return `GitHub refused (403: ${firstLine(e.message)}): the token lacks a permission this needs`;
  if (e.status === 404)
    return `GitHub found nothing there (404): check the repository name, and that the token can read it`;
  return `GitHub answered ${e.status}: ${firstLine(e.message)}`;
}

/**
 * Whether GitHub refused a request for its rate limit (403 or 429, primary or secondary), not
 * for a permission: the same 403 means either.
 */
export function isRateLimited(error: unknown): boolean {
  const e = error as {
    status?: number;
    message?: string;
    response?: { headers?: Record<string, string | undefined> };
  };
  if (e?.status !== 403 && e?.status !== 429) return false;
  const headers = e.response?.headers ?? {};
  return headers["x-ratelimit-remaining"] === "0" || /rate limit/i.test(e.message ?? "");
}

function rateLimited(reset: string | undefined): string {
  const when = reset
    ? ` until ${new Date(Number(reset) * 1000).toISOString().slice(11, 16)} UTC`
    : "";
  return `GitHub's rate limit is spent${when}: run again then, or use a token with a larger budget (a GitHub App installation has 5,000 points an hour or more; GITHUB_TOKEN in Actions has 1,000)`;
}

function firstLine(message: string | undefined): string {
  return (message ?? "").split("\n")[0] ?? "";
}

/**
 * Octokit reports a request that never reached GitHub (no network, a wrong GITHUB_API_URL, a
 * proxy in the way) as a 500 whose cause is fetch's own TypeError: that is no answer from GitHub.
 */
function unreachableHost(error: unknown): string | undefined {
  const e = error as {
    status?: number;
    message?: string;
    cause?: unknown;
    request?: { url?: string };
  };
  if (e.status !== 500 || !(e.cause instanceof TypeError)) return undefined;
  let host = "GitHub";
  try {
    host = new URL(e.request?.url ?? "").host || host;
  } catch {
    // No URL on the request: name GitHub.
  }
  return `could not reach ${host} (${firstLine(e.message)}): check the network connection, or GITHUB_API_URL for GitHub Enterprise`;
}
