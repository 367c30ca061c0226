/**
 * The part of Probot's Octokit that reads config files (@probot/octokit-plugin-config). The app
 * reads its config with that plugin's logic through `loadRepoConfig` (jobs/cached-config.ts), as
 * the CLI and the Action do: Probot's `context.config` needs `payload.repository`, which
 * projects_v2_item events lack, so the plugin's logic is called directly.
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
