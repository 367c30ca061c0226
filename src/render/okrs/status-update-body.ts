import type { WeeklyStatus } from "../../core/okrs/weekly-status.js";
import type { Quarter } from "../../core/quarters.js";
import { formatQuarter } from "../../core/quarters.js";
import { safeText } from "../text/safe-text.js";

const statusName = { done: "done", "on-track": "on track", "at-risk": "at risk", missed: "missed" };

/** A weekly project status update: the quarter's objectives, their progress and status, the drift. */
export function renderStatusUpdateBody(
  update: WeeklyStatus,
  quarter: Quarter,
  repository: string,
): string {
  const lines = [
    `**${formatQuarter(quarter)}**, week of ${update.week}: ${update.objectives.length} ${update.objectives.length === 1 ? "objective" : "objectives"}.`,
    "",
    ...update.objectives.map(
      (o) =>
        `- ${repository}#${o.number} ${safeText(o.title, 80)}: ${Math.round(o.progress * 100)}%, ${statusName[o.status]}`,
    ),
  ];
  if (update.drifted.length > 0)
    lines.push(
      "",
      `Drifted to at risk: ${update.drifted.map((k) => `${repository}#${k.number} ${safeText(k.title, 60)}`).join("; ")}.`,
    );
  return lines.join("\n");
}
