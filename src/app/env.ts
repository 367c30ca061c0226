import type { Coordination } from "../coordination/index.js";
import type { GitHub } from "../jobs/index.js";
import type { ConfigReader } from "./load-config.js";

/** What a handler needs of the world; the app passes Probot's Octokit and logger. */
export interface Env {
  octokit: GitHub & ConfigReader;
  owner: string;
  repo: string;
  log: (line: string) => void;
  now: () => string;
  coordination: Coordination;
  /** The installation the delivery came from (0 when it names none). */
  installation: number;
  /** When the delivery reached this instance (ms since the epoch), before it waited for its lease. */
  arrived?: number;
}
