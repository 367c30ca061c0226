import type { GitHub } from "./client.js";
import { createOnce, noBlindRetry } from "./create-once.js";
import type { Head } from "./read-head.js";
import { rest } from "./rest.js";

/** The one open pull request from the pages branch: found, or opened once. */
export async function ensurePullRequest(
  github: GitHub,
  owner: string,
  repo: string,
  head: Head,
  message: string,
): Promise<{ number: number; url: string }> {
  const find = async () => {
    const { data: open } = await rest<Array<{ number: number; html_url: string }>>(
      github,
      "GET /repos/{owner}/{repo}/pulls",
      { owner, repo, head: `${owner}:${head.branch}`, state: "open" },
    );
    return open[0];
  };
  const existing = await find();
  if (existing) return { number: existing.number, url: existing.html_url };
  // Opened once: a retry first looks for the pull request a failed-looking POST may have opened.
  const data = await createOnce(find, async () => {
    const { data } = await rest<{ number: number; html_url: string }>(
      github,
      "POST /repos/{owner}/{repo}/pulls",
      {
        owner,
        repo,
        head: head.branch,
        base: head.defaultBranch,
        title: message,
        body: "Roundtable refreshed its pages. Merge to publish them; the next run updates this pull request.",
        ...noBlindRetry,
      },
    );
    // A cut-off answer to an applied POST carries no number: the pull request is read back.
    return typeof data === "object" && data?.number ? data : ((await find()) ?? data);
  });
  return { number: data.number, url: data.html_url };
}
