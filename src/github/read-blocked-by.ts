import type { GitHub } from "./client.js";
import { restPages } from "./rest.js";

/**
 * The issues of this repository an issue is blocked by (GitHub's issue dependencies, REST
 * `…/dependencies/blocked_by`), by number. Blockers in other repositories are not on this board,
 * and are left out.
 */
export async function readBlockedBy(
  github: GitHub,
  { owner, repo, issue }: { owner: string; repo: string; issue: number },
): Promise<{ numbers: number[]; requests: number }> {
  const numbers: number[] = [];
  let requests = 0;
  const here = `/repos/${owner}/${repo}/issues/`.toLowerCase();
  const pages = restPages<{ number: number; url?: string }>(
    github,
    "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by",
    { owner, repo, issue_number: issue },
  );
  for await (const { data } of pages) {
    requests++;
    for (const blocker of data)
      if (!blocker.url || blocker.url.toLowerCase().includes(here)) numbers.push(blocker.number);
  }
  return { numbers, requests };
}
