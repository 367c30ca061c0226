import type { ApplicationFunctionOptions, Probot } from "probot";
import type { GitHub } from "../jobs/index.js";
import { type Web, webHandler, webSettingsFromEnv } from "../web/index.js";

export type { Web };

/**
 * The web pages, when the environment configures them (GITHUB_CLIENT_ID, GITHUB_CLIENT_SECRET,
 * SESSION_SECRET, PUBLIC_URL), registered with the app's HTTP server; undefined, with a line in
 * the log, when it does not.
 */
export function webFromEnv(
  app: Probot,
  options?: Partial<ApplicationFunctionOptions>,
  env: NodeJS.ProcessEnv = process.env,
): Web | undefined {
  const settings = webSettingsFromEnv(env);
  if ("missing" in settings) {
    app.log.info(`web pages off: set ${settings.missing.join(", ")}`);
    return undefined;
  }
  const installations = new Map<string, number>();
  const installation = async (owner: string, repo: string): Promise<GitHub> => {
    const key = `${owner}/${repo}`.toLowerCase();
    let id = installations.get(key);
    if (id === undefined) {
      const appClient = await app.auth();
      const { data } = await appClient.request("GET /repos/{owner}/{repo}/installation", {
        owner,
        repo,
      });
      id = data.id;
      installations.set(key, id);
    }
    return (await app.auth(id)) as unknown as GitHub;
  };
  const web = webHandler({ settings, installation, log: (line) => app.log.info(line) });
  options?.addHandler?.(web.handle);
  return web;
}
