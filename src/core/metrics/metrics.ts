import type { Config } from "../../config/index.js";
import { sameName, statusOf } from "../board/status.js";
import type { QuarterOkrs } from "../okrs/okrs.js";
import { formatQuarter, type Quarter, quarterOf, quartersBetween } from "../quarters.js";
import type { Snapshot } from "../snapshot.js";

export interface QuarterMetrics {
  quarter: Quarter;
  topicsProposed: number;
  topicsDiscussed: number;
  topicsParked: number;
  /** 👍 given in the quarter on topics, bots aside. */
  votes: number;
  voters: number;
  /** Roadmap items closed in the quarter, by lane key (and "none" for items without a lane). */
  shippedByLane: Record<string, number>;
  /** The mean progress of the quarter's objectives, or null when it had none. */
  okrAttainment: number | null;
  actionItemsOpened: number;
  actionItemsClosed: number;
}

/** How many quarters the metrics page looks back over, this one included. */
export const metricQuarters = 4;

/**
 * Participation and delivery, quarter by quarter, for the last four quarters: what was proposed,
 * discussed and parked; how many people voted; what shipped in each lane; how far the objectives
 * got; how many action items were opened and closed.
 */
export function metricsOf(
  snapshot: Snapshot,
  config: Config,
  okrs: QuarterOkrs[],
  now: string,
): QuarterMetrics[] {
  const start = config.roadmap.fiscalYearStart;
  const current = quarterOf(now, start);
  const rows = emptyRows(current, okrs);
  const rowOf: RowOf = (iso) => {
    if (!iso) return undefined;
    const quarter = quarterOf(iso, start);
    const ago = quartersBetween(quarter, current);
    return ago >= 0 && ago < metricQuarters ? rows.get(formatQuarter(quarter)) : undefined;
  };
  const voters = new Map<QuarterMetrics, Set<string>>();
  for (const issue of snapshot.issues) {
    if (has(issue.labels, config.labels.topic)) countTopic(issue, config, rowOf, voters);
    if (has(issue.labels, config.labels.roadmap) && issue.state === "closed") {
      const shipped = rowOf(issue.closedAt);
      const lane = config.lanes.find((l) => has(issue.labels, `lane:${l.key}`))?.key ?? "none";
      if (shipped) shipped.shippedByLane[lane] = (shipped.shippedByLane[lane] ?? 0) + 1;
    }
    if (has(issue.labels, config.labels.actionItem)) {
      const opened = rowOf(issue.createdAt);
      if (opened) opened.actionItemsOpened++;
      const closed = issue.state === "closed" ? rowOf(issue.closedAt) : undefined;
      if (closed) closed.actionItemsClosed++;
    }
  }
  for (const [metrics, set] of voters) metrics.voters = set.size;
  return [...rows.values()];
}

/** The row of the quarter a time falls in, when it is one of the quarters looked back over. */
type RowOf = (iso: string | null) => QuarterMetrics | undefined;

const has = (labels: string[], label: string) => labels.some((l) => sameName(l, label));

/** A row of zeros per quarter looked back over, oldest first, each with its objectives' mean progress. */
function emptyRows(current: Quarter, okrs: QuarterOkrs[]): Map<string, QuarterMetrics> {
  const rows = new Map<string, QuarterMetrics>();
  for (let ago = metricQuarters - 1; ago >= 0; ago--) {
    let q = current;
    for (let i = 0; i < ago; i++)
      q = q.q === 1 ? { year: q.year - 1, q: 4 } : { year: q.year, q: (q.q - 1) as Quarter["q"] };
    const attained = okrs.find((o) => formatQuarter(o.quarter) === formatQuarter(q));
    rows.set(formatQuarter(q), {
      quarter: q,
      topicsProposed: 0,
      topicsDiscussed: 0,
      topicsParked: 0,
      votes: 0,
      voters: 0,
      shippedByLane: {},
      okrAttainment:
        attained && attained.objectives.length > 0
          ? attained.objectives.reduce((sum, o) => sum + o.progress, 0) / attained.objectives.length
          : null,
      actionItemsOpened: 0,
      actionItemsClosed: 0,
    });
  }
  return rows;
}

/**
 * Counts a topic where it happened: proposed (and parked) in the quarter it was opened, discussed
 * in the quarter it closed, and each person's 👍 in the quarter it was given.
 */
function countTopic(
  issue: Snapshot["issues"][number],
  config: Config,
  rowOf: RowOf,
  voters: Map<QuarterMetrics, Set<string>>,
): void {
  const proposed = rowOf(issue.createdAt);
  if (proposed) proposed.topicsProposed++;
  const status = statusOf(issue, config);
  if (status === "parked" && proposed) proposed.topicsParked++;
  if (status === "discussed") {
    const discussed = rowOf(issue.closedAt ?? issue.createdAt);
    if (discussed) discussed.topicsDiscussed++;
  }
  for (const reaction of issue.reactions) {
    if (reaction.bot) continue;
    const voted = rowOf(reaction.createdAt);
    if (!voted) continue;
    voted.votes++;
    const set = voters.get(voted) ?? new Set<string>();
    set.add(reaction.login.toLowerCase());
    voters.set(voted, set);
  }
}
