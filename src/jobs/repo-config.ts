import { type Config, configPath, parseConfig } from "../config/index.js";
import { type GitHub, readRepoConfig } from "../github/index.js";

/**
 * The repository's config, read from its default branch through the API (no checkout needed): an
 * absent file is the defaults; a broken one is a ConfigError naming `label` and the line.
 */
export async function loadRepoConfig(
  github: GitHub,
  options: { owner: string; repo: string; path?: string; label?: string },
): Promise<Config> {
  const path = options.path ?? configPath;
  const text = await readRepoConfig(github, options.owner, options.repo, path);
  return parseConfig(text ?? "", options.label ?? path);
}
