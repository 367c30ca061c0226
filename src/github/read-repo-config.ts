import { configPath } from "../config/index.js";
import type { GitHub } from "./client.js";
import { fileAtCommitQuery } from "./operations/index.js";

/** The text of the repository's config file on its default branch, if it has one. */
export async function readRepoConfig(
  github: GitHub,
  owner: string,
  repo: string,
  path = configPath,
): Promise<string | undefined> {
  const data = await github.graphql<{
    repository: { object: { text: string | null } | null } | null;
  }>(fileAtCommitQuery, { owner, name: repo, expression: `HEAD:${path}` });
  return data.repository?.object?.text ?? undefined;
}
