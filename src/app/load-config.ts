import { type Config, ConfigError, configPath as path } from "../config/index.js";
import type { GitHub } from "../github/client.js";
import { loadRepoConfig } from "../jobs/repo-config.js";

/**
 * The part of Probot's Octokit that reads config files (@probot/octokit-plugin-config). The app
 * reads its config with that plugin's logic through `loadRepoConfig`, as the CLI and the Action do.
 */
export interface ConfigReader {
  config: {
    get(options: {
      owner: string;
      repo: string;
      path: string;
      defaults: (configs: object[]) => object;
    }): Promise<{ config: object }>;
  };
}

/**
 * The repository's `.github/roundtable.yml` as Probot's `context.config` reads it (the owner's
 * `.github` repository as fallback, `_extends` followed), through the same loader as the CLI and
 * the Action: a list in the file replaces the default list rather than being appended to it, a
 * file past 256 KB is refused unread, and at most 20 problems are listed. Probot's
 * `context.config` needs `payload.repository`, which projects_v2_item events lack, so the
 * plugin's logic is called directly. Returns the config, or the error saying what is wrong.
 */
export async function loadConfig(
  octokit: GitHub,
  owner: string,
  repo: string,
): Promise<Config | ConfigError> {
  try {
    return await loadRepoConfig(octokit, { owner, repo, path });
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
}
