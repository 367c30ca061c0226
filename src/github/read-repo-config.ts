import { configPath } from "../config/index.js";
import type { GitHub } from "./client.js";
import { readText } from "./read-text.js";

/** The text of the repository's config file on its default branch, if it has one. */
export async function readRepoConfig(
  github: GitHub,
  owner: string,
  repo: string,
  path = configPath,
): Promise<string | undefined> {
  return readText(github, owner, repo, `HEAD:${path}`);
}
