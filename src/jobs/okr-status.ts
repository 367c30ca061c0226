import {
  type Effect,
  formatQuarter,
  marker,
  nextQuarter,
  okrsOf,
  type ProjectView,
  planWeeklyStatus,
  quarterOf,
  quarterStart,
  type Snapshot,
} from "../core/index.js";
import { readProject, readStatusUpdates } from "../github/index.js";
import { renderStatusUpdateBody } from "../render/index.js";
import { loadBoard } from "./load-board.js";
import type { UseCase } from "./use-case.js";

const weekMarker = (week: string) => marker(`status-week:${week}`);

interface OkrStatusInput {
  /** The board as the run read it already (by sync): not read again. */
  snapshot?: Snapshot;
}

/** What the week's update is decided from; null: no project is configured. */
type OkrStatusLoaded = { snapshot: Snapshot; project: ProjectView; posted: string[] } | null;

/**
 * The weekly project status update: where the board is a project, one update a week summing up
 * the quarter's objectives, its status the worst of theirs. Run by `runUseCase`.
 *
 * 1. Load the board (or take the run's) and the project's latest status updates' weeks.
 * 2. Plan: nothing when this week has Roundtable's update already, or the quarter no objectives.
 * 3. The runner applies it through the write gate, which posts it once.
 */
export const okrStatus: UseCase<OkrStatusInput, OkrStatusLoaded, Record<string, never>> = {
  async load(run, input) {
    const { github, owner, repo, config } = run;
    if (!config.project) return null;
    const snapshot = input.snapshot ?? (await loadBoard(github, run)).snapshot;
    const { view: project } = await readProject(github, config.project, `${owner}/${repo}`);
    const posted = (await readStatusUpdates(github, project.id)).flatMap((u) => {
      const week = /^<!-- roundtable:status-week:(\d{4}-\d{2}-\d{2}) -->\n/.exec(u.body)?.[1];
      return week ? [week] : [];
    });
    return { snapshot, project, posted };
  },
  plan(loaded, _input, { owner, repo, config, now }) {
    if (!loaded) return { effects: [], result: {} };
    const { snapshot, project, posted } = loaded;
    const start = config.roadmap.fiscalYearStart;
    const current = quarterOf(now, start);
    const okrs = okrsOf(snapshot, config, now).find(
      (q) => formatQuarter(q.quarter) === formatQuarter(current),
    );
    const update = planWeeklyStatus(okrs, posted, now);
    const last = new Date(
      Date.parse(`${quarterStart(nextQuarter(current), start)}T00:00:00Z`) - 86_400_000,
    );
    const effects: Effect[] = update
      ? [
          {
            kind: "post-status-update",
            marker: weekMarker(update.week),
            status: update.status,
            body: renderStatusUpdateBody(update, current, `${owner}/${repo}`),
            startDate: quarterStart(current, start),
            targetDate: last.toISOString().slice(0, 10),
          },
        ]
      : [];
    return { effects, project, result: {} };
  },
};
