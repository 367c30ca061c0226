import type { GitHub } from "./client.js";
import { projectItemContentQuery } from "./operations/index.js";

/** The repository and number of the issue a project item holds; null for drafts and pull requests. */
export async function projectItemIssue(
  github: GitHub,
  contentNodeId: string,
): Promise<{ owner: string; repo: string; number: number } | null> {
  const data = await github.graphql<{
    node: { number?: number; repository?: { name: string; owner: { login: string } } } | null;
  }>(projectItemContentQuery, { id: contentNodeId });
  const node = data.node;
  if (!node?.repository || node.number === undefined) return null;
  return { owner: node.repository.owner.login, repo: node.repository.name, number: node.number };
}
