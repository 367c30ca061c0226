import type { Config } from "../config/index.js";
import {
  type Effect,
  type IssueRecord,
  planRetro,
  RoundtableError,
  sameName,
} from "../core/index.js";
import { applyPlan, type GitHub, type LoadCost, loadSnapshot } from "../github/index.js";

export interface RetroJobOptions {
  owner: string;
  repo: string;
  config: Config;
  now: string;
  dryRun: boolean;
  /** Open the retro of this meeting issue instead of the quarter's. */
  meeting?: number;
  log: (line: string) => void;
}

/**
 * The retro job.
 *
 * 1. Load the snapshot, with the retro issues' comments.
 * 2. Plan: the quarter's (or the meeting's) retro issue, once; each action item's issue, once.
 * 3. Apply the plan through the write gate (or print it, in a dry run).
 */
export async function retro(
  github: GitHub,
  options: RetroJobOptions,
): Promise<{ plan: Effect[]; applied: Effect[]; cost: LoadCost }> {
  const { owner, repo, config } = options;
  const { snapshot, cost } = await loadSnapshot(github, { owner, repo, config, now: options.now });
  const meeting =
    options.meeting === undefined ? undefined : meetingIssue(snapshot.issues, options, config);
  const plan = planRetro(snapshot, config, { now: options.now, ...(meeting ? { meeting } : {}) });
  const applied = await applyPlan(github, plan, {
    owner,
    repo,
    project: null,
    dryRun: options.dryRun,
    log: options.log,
  });
  return { plan, applied, cost };
}

/** The meeting a retro is for: it must exist and carry the meeting label. */
function meetingIssue(
  issues: IssueRecord[],
  options: RetroJobOptions,
  config: Config,
): IssueRecord {
  const number = options.meeting as number;
  const found = issues.find((i) => i.number === number);
  const label = config.labels.meeting;
  if (found?.labels.some((l) => sameName(l, label))) return found;
  const what = found
    ? `is not a meeting of ${options.owner}/${options.repo}: it has no ${label} label`
    : `is not an issue Roundtable can read in ${options.owner}/${options.repo}: no such issue, or it carries none of Roundtable's labels`;
  throw new RoundtableError(
    `--meeting ${number}: #${number} ${what}; name a meeting issue (one with the ${label} label)`,
    { where: { issue: number }, fix: `name a meeting issue (one with the ${label} label)` },
  );
}
