import type { GitHub } from "./client.js";
import { createOnce, noBlindRetry } from "./create-once.js";
import type { Head } from "./read-head.js";
import { readText } from "./read-text.js";
import { rest } from "./rest.js";

/**
 * The pull request for pages already on the branch: a commit that landed while its answer was
 * lost (in this run, read back as "nothing changed", or in a run stopped before its pull request)
 * left the branch ahead of the default branch with none open. Opened when the branch's pages
 * differ from the default branch's; null when they do not (merged, or nothing to publish).
 */
export async function pendingPullRequest(
  github: GitHub,
  owner: string,
  repo: string,
  head: Head,
  message: string,
  files: Array<{ path: string; content: string }>,
): Promise<{ number: number; url: string } | null> {
  const open = await openPullRequest(github, owner, repo, head);
  if (open) return open;
  for (const f of files)
    if ((await readText(github, owner, repo, `${head.defaultOid}:${f.path}`)) !== f.content)
      return ensurePullRequest(github, owner, repo, head, message);
  return null;
}

async function openPullRequest(github: GitHub, owner: string, repo: string, head: Head) {
  const { data: open } = await rest<Array<{ number: number; html_url: string }>>(
    github,
    "GET /repos/{owner}/{repo}/pulls",
    { owner, repo, head: `${owner}:${head.branch}`, state: "open" },
  );
  return open[0] ? { number: open[0].number, url: open[0].html_url } : undefined;
}

/** The one open pull request from the pages branch: found, or opened once. */
export async function ensurePullRequest(
  github: GitHub,
  owner: string,
  repo: string,
  head: Head,
  message: string,
): Promise<{ number: number; url: string }> {
  const find = async () => {
    const open = await openPullRequest(github, owner, repo, head);
    return open && { number: open.number, html_url: open.url };
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
