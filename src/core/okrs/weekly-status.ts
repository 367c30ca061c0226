import { drifted } from "./checkins.js";
import type { OkrStatus, QuarterOkrs } from "./okrs.js";

/** GitHub's statuses of a project status update, worst last. */
export type ProjectStatus = "COMPLETE" | "ON_TRACK" | "AT_RISK" | "OFF_TRACK";
const rank: ProjectStatus[] = ["COMPLETE", "ON_TRACK", "AT_RISK", "OFF_TRACK"];

const fromOkr: Record<OkrStatus, ProjectStatus> = {
  done: "COMPLETE",
  "on-track": "ON_TRACK",
  "at-risk": "AT_RISK",
  missed: "OFF_TRACK",
};

/** The Monday (UTC) of the week `now` falls in: the key that allows one update a week. */
export function weekOf(now: string): string {
  const day = new Date(now);
  const back = (day.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() - back))
    .toISOString()
    .slice(0, 10);
}

/**
 * The status of the quarter's objectives: the worst of theirs, and of their key results' last
 * check-ins (a key result checked in off track makes the quarter off track).
 */
export function worstStatus(okrs: QuarterOkrs): ProjectStatus {
  const statuses = okrs.objectives.flatMap((o) => [
    fromOkr[o.status],
    ...o.keyResults.flatMap((kr) => {
      const last = kr.checkins.at(-1)?.status;
      return last === "off-track"
        ? ["OFF_TRACK" as const]
        : last === "at-risk"
          ? ["AT_RISK" as const]
          : [];
    }),
  ]);
  return statuses.reduce<ProjectStatus>(
    (worst, s) => (rank.indexOf(s) > rank.indexOf(worst) ? s : worst),
    "COMPLETE",
  );
}

export interface WeeklyStatus {
  week: string;
  status: ProjectStatus;
  /** Objectives with their progress and status, and the key results that drifted. */
  objectives: Array<{ number: number; title: string; progress: number; status: OkrStatus }>;
  drifted: Array<{ number: number; title: string }>;
}

/**
 * This week's status update, or null: none when the quarter has no objectives, or when an update of
 * this week was posted already (`posted`: the weeks of Roundtable's earlier updates).
 */
export function planWeeklyStatus(
  okrs: QuarterOkrs | undefined,
  posted: string[],
  now: string,
): WeeklyStatus | null {
  const week = weekOf(now);
  if (!okrs || okrs.objectives.length === 0 || posted.includes(week)) return null;
  return {
    week,
    status: worstStatus(okrs),
    objectives: okrs.objectives.map((o) => ({
      number: o.issue.number,
      title: o.issue.title,
      progress: o.progress,
      status: o.status,
    })),
    drifted: okrs.objectives.flatMap((o) =>
      o.keyResults
        .filter((kr) => drifted(kr.checkins))
        .map((kr) => ({ number: kr.issue.number, title: kr.issue.title })),
    ),
  };
}
