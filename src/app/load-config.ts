import deepmerge from "deepmerge";
import { type Config, ConfigError, checkConfig, configPath as path } from "../config/index.js";

/** The part of Probot's Octokit that reads config files (@probot/octokit-plugin-config). */
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
 * The repository's `.github/roundtable.yml`, through the same plugin as Probot's `context.config`
 * (the owner's `.github` repository as fallback, `_extends` followed), merged so that a list in
 * the file replaces the default list rather than being appended to it. Probot's `context.config`
 * needs `payload.repository`, which projects_v2_item events lack, so the plugin is called directly.
 * Returns the config, or the message saying what is wrong with it.
 */
export async function loadConfig(
  octokit: ConfigReader,
  owner: string,
  repo: string,
): Promise<Config | ConfigError> {
  let data: object;
  try {
    const result = await octokit.config.get({
      owner,
      repo,
      path,
      defaults: (configs) =>
        deepmerge.all([{}, ...configs], { arrayMerge: (_target, source) => source }),
    });
    data = result.config;
  } catch (error) {
    const message = String((error as Error).message ?? error);
    if (!/could not be parsed/i.test(message)) throw error;
    return new ConfigError(
      path,
      [{ path: "", message: "this is not valid YAML; check the indentation and quoting" }],
      { cause: error },
    );
  }
  try {
    return checkConfig(data, path);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
}
