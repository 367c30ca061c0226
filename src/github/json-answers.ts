import { RoundtableError } from "../errors/index.js";
import { operationOf } from "./timeouts.js";

interface Hookable {
  hook: {
    after(
      name: "request",
      after: (
        response: { headers: Record<string, string | number | undefined>; data: unknown },
        options: { method: string; url: string; baseUrl?: string; data?: unknown },
      ) => void,
    ): void;
  };
}

/**
 * An answer that is a web page and not GitHub's JSON (a sign-in page of a proxy, GITHUB_API_URL
 * set to the web host instead of the API) fails at once with one line naming the address, rather
 * than as a TypeError deep in whatever read it.
 */
export function jsonAnswers(octokit: Hookable): void {
  octokit.hook.after("request", (response, options) => {
    const type = String(response.headers["content-type"] ?? "");
    if (!/text\/html/i.test(type)) return;
    const host = hostOf(options.baseUrl ?? options.url);
    throw new RoundtableError(
      `${host} answered ${operationOf(options)} with a web page, not GitHub's API: check GITHUB_API_URL (https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise) and GITHUB_GRAPHQL_URL`,
      { where: { operation: operationOf(options) } },
    );
  });
}

function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}
