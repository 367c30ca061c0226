// What the app's process needs before its first delivery, apart from the jobs' barrel (index.ts):
// the app loads the rest on first use, and an idle app holds none of it (issue #37).
import { waitedOut } from "../github/app-waits.js";
import type { GitHub } from "../github/client.js";
import { listInstallations } from "../github/installations.js";
import { shippedThrottling } from "../github/throttle.js";

type OctokitClass = Parameters<typeof shippedThrottling>[0];

/**
 * The app's Octokit class, made from Probot's: requests spaced as GitHub asks (throttle.ts), or,
 * against a GitHub stand-in (ROUNDTABLE_THROTTLING=off, tests and benchmarks only), not at all;
 * rate limits and 5xx waited out within the delivery, up to ROUNDTABLE_WAIT_MAX_MS.
 */
export function appOctokit<T extends OctokitClass>(probotOctokit: T, env: NodeJS.ProcessEnv): T {
  const spaced =
    env.ROUNDTABLE_THROTTLING === "off"
      ? (probotOctokit.defaults((options: object) => ({
          ...options,
          throttle: { enabled: false },
        })) as T)
      : shippedThrottling(probotOctokit);
  return waitedOut(spaced, env);
}

/** Whether the app is installed anywhere; `github` authenticates as the app itself (its JWT). */
export async function installedAnywhere(github: GitHub): Promise<boolean> {
  return (await listInstallations(github)).length > 0;
}
