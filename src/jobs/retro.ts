import type { Config } from "../config/index.js";
import {
  type Effect,
  type IssueRecord,
  notificationsFor,
  planRetro,
  type Snapshot,
  sameName,
  siteOf,
} from "../core/index.js";
import { RoundtableError } from "../errors/roundtable-error.js";
import { type LoadCost, loadSnapshot } from "../github/index.js";
import type { UseCase } from "./use-case.js";

interface RetroInput {
  /** Open the retro of this meeting issue instead of the quarter's. */
  meeting?: number;
}

/**
 * The retro job, run by `runUseCase`.
 *
 * 1. Load the snapshot, with the retro issues' comments.
 * 2. Plan: the quarter's (or the meeting's) retro issue, once; each action item's issue, once;
 *    and the channels' notices of them, in the plan that opens them (so once, too).
 * 3. The runner applies the plan through the write gate (or prints it, in a dry run).
 */
export const retro: UseCase<
  RetroInput,
  { snapshot: Snapshot; cost: LoadCost },
  { cost: LoadCost }
> = {
  async load(run) {
    const { github, owner, repo, config, now } = run;
    return loadSnapshot(github, { owner, repo, config, now });
  },
  plan({ snapshot, cost }, input, { owner, repo, config, now }) {
    const meeting =
      input.meeting === undefined
        ? undefined
        : meetingIssue(snapshot.issues, { owner, repo, meeting: input.meeting }, config);
    const opened = planRetro(snapshot, config, { now, ...(meeting ? { meeting } : {}) });
    return { effects: [...opened, ...retroNotices(opened, snapshot, config)], result: { cost } };
  },
};

/** The meeting a retro is for: it must exist and carry the meeting label. */
function meetingIssue(
  issues: IssueRecord[],
  options: { owner: string; repo: string; meeting: number },
  config: Config,
): IssueRecord {
  const number = options.meeting;
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

/**
 * The channels hear of a retro opened (retro.opened) and of new action items with their owners
 * (action-items), in the plan that opens their issues: an issue is opened once (its marker finds
 * it again), so its notice is sent once; a run that fails before opening it sends nothing.
 */
function retroNotices(opened: Effect[], snapshot: Snapshot, config: Config): Effect[] {
  const context = { repository: snapshot.repository, site: siteOf(snapshot), titles: new Map() };
  const issues = opened.flatMap((e) => (e.kind === "open-issue" ? [e] : []));
  const isRetro = (labels: string[]) => labels.some((l) => sameName(l, config.labels.retro));
  const effects: Effect[] = [];
  for (const r of issues.filter((e) => isRetro(e.labels)))
    effects.push(...notificationsFor({ event: "retro.opened", title: r.title }, config, context));
  const items = issues.filter((e) => !isRetro(e.labels));
  if (items.length > 0)
    effects.push(
      ...notificationsFor(
        {
          event: "action-items",
          retro: "the retro",
          items: items.map((i) => ({ title: i.title, owner: i.assignees[0] ?? "nobody yet" })),
        },
        config,
        context,
      ),
    );
  return effects;
}
