import {
  type Effect,
  formatQuarter,
  marker,
  nextQuarter,
  okrsOf,
  planWeeklyStatus,
  quarterOf,
  quarterStart,
  type Snapshot,
} from "../core/index.js";
import { applyPlan, readProject, readStatusUpdates } from "../github/index.js";
import { renderStatusUpdateBody } from "../render/index.js";
import { loadBoard } from "./load-board.js";
import { gateOf, type RunContext } from "./run-context.js";

const weekMarker = (week: string) => marker(`status-week:${week}`);

/**
 * The weekly project status update: where the board is a project, one update a week summing up
 * the quarter's objectives, its status the worst of theirs.
 *
 * 1. Read the board (or take the run's) and the project's latest status updates.
 * 2. Plan: nothing when this week has Roundtable's update already, or the quarter no objectives.
 * 3. Apply through the write gate, which posts it once.
 */
export async function okrStatus(
  run: RunContext,
  input: {
    /** The board as the run read it already (by sync): not read again. */
    snapshot?: Snapshot;
  } = {},
): Promise<{ plan: Effect[]; applied: Effect[] }> {
  const { github, owner, repo, config, now } = run;
  if (!config.project) return { plan: [], applied: [] };
  const repository = `${owner}/${repo}`;
  const snapshot = input.snapshot ?? (await loadBoard(github, run)).snapshot;
  const { view: project } = await readProject(github, config.project, repository);
  const posted = (await readStatusUpdates(github, project.id)).flatMap((u) => {
    const week = /^<!-- roundtable:status-week:(\d{4}-\d{2}-\d{2}) -->\n/.exec(u.body)?.[1];
    return week ? [week] : [];
  });
  const start = config.roadmap.fiscalYearStart;
  const current = quarterOf(now, start);
  const okrs = okrsOf(snapshot, config, now).find(
    (q) => formatQuarter(q.quarter) === formatQuarter(current),
  );
  const update = planWeeklyStatus(okrs, posted, now);
  const last = new Date(
    Date.parse(`${quarterStart(nextQuarter(current), start)}T00:00:00Z`) - 86_400_000,
  );
  const plan: Effect[] = update
    ? [
        {
          kind: "post-status-update",
          marker: weekMarker(update.week),
          status: update.status,
          body: renderStatusUpdateBody(update, current, repository),
          startDate: quarterStart(current, start),
          targetDate: last.toISOString().slice(0, 10),
        },
      ]
    : [];
  const applied = await applyPlan(github, plan, gateOf(run, project));
  return { plan, applied };
}
