import { type Secrets, secretOf } from "../channels/index.js";

import type { Config } from "../config/index.js";

/**
 * What is wrong with the secrets the config's channels name, one line each (`notify[0].url:
 * env:ROUNDTABLE_SLACK_URL: the environment variable … is not set; …`); none when all are set.
 * A channel without its secret is told here, once per run, and its notices are skipped: the
 * meeting goes on without it.
 */
export function channelSecretProblems(config: Config, secrets: Secrets): string[] {
  return config.notify.flatMap((channel, i) =>
    (["url", "secret"] as const).flatMap((what) => {
      const ref = channel[what];
      if (ref === undefined) return [];
      try {
        secretOf(ref, secrets, what);
        return [];
      } catch (error) {
        return [`notify[${i}].${what}: ${(error as Error).message}`];
      }
    }),
  );
}
