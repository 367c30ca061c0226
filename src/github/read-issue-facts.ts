import type { GitHub } from "./client.js";
import { rest } from "./rest.js";

/** What the web pages decide on about one issue: who opened it, whether it is open. */
export interface IssueFacts {
  author: string | null;
  open: boolean;
}

/** One issue's author and state (one request); null when there is no such issue. */
export async function readIssueFacts(
  github: GitHub,
  target: { owner: string; repo: string; issue: number },
): Promise<IssueFacts | null> {
  try {
    const { data } = await rest<{ state: string; user: { login: string } | null }>(
      github,
      "GET /repos/{owner}/{repo}/issues/{issue_number}",
      { owner: target.owner, repo: target.repo, issue_number: target.issue },
    );
    return { author: data.user?.login ?? null, open: data.state === "open" };
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 404 || status === 410) return null;
    throw error;
  }
}

/** Whether the repository is public (anyone can read it, and so its outside collaborators' work). */
export async function repositoryIsPublic(
  github: GitHub,
  target: { owner: string; repo: string },
): Promise<boolean> {
  const { data } = await rest<{ private: boolean }>(github, "GET /repos/{owner}/{repo}", target);
  return !data.private;
}
