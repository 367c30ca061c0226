import type { GitHub } from "./client.js";
import { projectItemContentQuery } from "./operations/index.js";
import { query } from "./query.js";

/** The repository and number of the issue a project item holds; null for drafts and pull requests. */
export async function projectItemIssue(
  github: GitHub,
  contentNodeId: string,
): Promise<{ owner: string; repo: string; number: number } | null> {
  const { node } = await query(github, projectItemContentQuery, { id: contentNodeId });
  if (!node || !("repository" in node)) return null;
  return { owner: node.repository.owner.login, repo: node.repository.name, number: node.number };
}
