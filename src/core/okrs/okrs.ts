import type { Config } from "../../config/index.js";
import { type IssueTree, issueTree } from "../issue-tree.js";
import { isKind } from "../kinds.js";
import {
  formatQuarter,
  nextQuarter,
  parseQuarter,
  type Quarter,
  quarterOf,
  quarterStart,
  quartersBetween,
} from "../quarters.js";
import type { IssueRecord, Snapshot } from "../snapshot.js";
import { checkinsOf, type KrCheckin } from "./checkins.js";
import { type KeyResultNumbers, objectiveQuarter, parseKeyResultForm } from "./okr-forms.js";

export interface KeyResult {
  issue: IssueRecord;
  numbers: KeyResultNumbers;
  /**
   * From 0 to 1: how far from start to target the current value is; without numbers, the share of
   * its sub-issues closed; without either, done or not.
   */
  progress: number;
  measured: boolean;
  /** Where a key result without numbers took its progress from: its sub-issues, closed of all. */
  subIssues: { total: number; completed: number } | null;
  /** The roadmap items under it (its sub-issues of that kind), each with the topics they came from. */
  items: PlannedItem[];
  /** Its check-ins, oldest first; the last one's value is its current value. */
  checkins: KrCheckin[];
}

/** A roadmap item in the plan's tree, with the topics it came from (its sub-issues that are topics). */
export interface PlannedItem {
  issue: IssueRecord;
  topics: IssueRecord[];
}

/** At risk while the quarter runs; missed once it is over. */
export type OkrStatus = "done" | "on-track" | "at-risk" | "missed";

export interface Objective {
  issue: IssueRecord;
  keyResults: KeyResult[];
  /** The mean of its key results' progress. */
  progress: number;
  status: OkrStatus;
}

export interface QuarterOkrs {
  quarter: Quarter;
  /** How much of the quarter has gone, from 0 to 1 (1 for a past quarter). */
  elapsed: number;
  objectives: Objective[];
}

/** Progress may lag the calendar by this much before an objective counts as at risk. */
const slack = 0.1;

/**
 * The objectives of each quarter: issues typed or labelled objective, with their key results
 * (sub-issues typed or labelled key result). A key result's progress is how far its current value has gone from start
 * to target; without numbers, it is done when closed. An objective's progress is the mean of its
 * key results, and it is at risk when it lags the share of the quarter gone by more than a tenth.
 */
export function okrsOf(
  snapshot: Snapshot,
  config: Config,
  now: string,
  /** The snapshot's tree, when the caller has it already (each is a map of every issue). */
  tree: IssueTree = issueTree(snapshot),
): QuarterOkrs[] {
  const start = config.roadmap.fiscalYearStart;
  const current = quarterOf(now, start);
  const { childrenOf } = tree;
  const quarters = new Map<string, QuarterOkrs>();
  const itemsUnder = (kr: IssueRecord): PlannedItem[] =>
    childrenOf(kr)
      .filter((i) => isKind(i, "roadmap", config))
      .map((issue) => ({
        issue,
        topics: childrenOf(issue).filter((t) => isKind(t, "topic", config)),
      }));

  for (const issue of snapshot.issues) {
    if (!isKind(issue, "objective", config)) continue;
    const quarter = quarterOfObjective(issue, config);
    if (!quarter) continue;
    const keyResults = childrenOf(issue)
      .filter((i) => isKind(i, "keyResult", config))
      .map((kr) => keyResultOf(kr, childrenOf(kr), itemsUnder(kr)));
    const progress =
      keyResults.length > 0
        ? keyResults.reduce((sum, kr) => sum + kr.progress, 0) / keyResults.length
        : issue.state === "closed"
          ? 1
          : 0;
    const key = formatQuarter(quarter);
    const entry = quarters.get(key) ?? {
      quarter,
      elapsed: elapsedShare(quarter, current, now, start),
      objectives: [],
    };
    const status: OkrStatus =
      progress >= 1
        ? "done"
        : entry.elapsed >= 1
          ? "missed"
          : progress + slack < entry.elapsed
            ? "at-risk"
            : "on-track";
    entry.objectives.push({ issue, keyResults, progress, status });
    quarters.set(key, entry);
  }
  return [...quarters.values()].sort((a, b) => quartersBetween(b.quarter, a.quarter));
}

function quarterOfObjective(issue: IssueRecord, config: Config): Quarter | undefined {
  const onBoard = config.project ? issue.board?.fields[config.project.fields.quarter] : undefined;
  return (
    (onBoard && parseQuarter(onBoard)) ||
    (issue.milestone && parseQuarter(issue.milestone)) ||
    parseQuarter(objectiveQuarter(issue.body)) ||
    undefined
  );
}

/**
 * A key result's progress: from its own numbers when it has them; else from its sub-issues, as
 * GitHub counts them (closed of all, `subIssuesSummary`, or the snapshot's own tree where the
 * summary was not read); else done when closed. A closed key result is done whatever its
 * sub-issues say.
 */
function keyResultOf(issue: IssueRecord, children: IssueRecord[], items: PlannedItem[]): KeyResult {
  const checkins = checkinsOf(issue);
  const form = parseKeyResultForm(issue.body);
  // A check-in is newer than the form's current value, which only its author edits.
  const numbers = { ...form, current: checkins.at(-1)?.value ?? form.current };
  const { start, target, current } = numbers;
  if (start !== null && target !== null && current !== null && target !== start) {
    const progress = Math.min(1, Math.max(0, (current - start) / (target - start)));
    return { issue, numbers, progress, measured: true, subIssues: null, items, checkins };
  }
  const summary = issue.subIssuesSummary;
  const subIssues =
    summary && summary.total > 0
      ? { total: summary.total, completed: summary.completed, percent: summary.percentCompleted }
      : children.length > 0
        ? {
            total: children.length,
            completed: children.filter((c) => c.state === "closed").length,
            percent: (100 * children.filter((c) => c.state === "closed").length) / children.length,
          }
        : null;
  const progress =
    issue.state === "closed"
      ? 1
      : subIssues
        ? Math.min(1, Math.max(0, subIssues.percent / 100))
        : 0;
  return {
    issue,
    numbers,
    progress,
    measured: false,
    subIssues: subIssues && { total: subIssues.total, completed: subIssues.completed },
    items,
    checkins,
  };
}

/** The share of `quarter` gone at `now`: 0 before it starts, 1 once it is over. */
function elapsedShare(
  quarter: Quarter,
  current: Quarter,
  now: string,
  fiscalStart: number,
): number {
  const ahead = quartersBetween(current, quarter);
  if (ahead < 0) return 1;
  if (ahead > 0) return 0;
  const from = Date.parse(`${quarterStart(quarter, fiscalStart)}T00:00:00Z`);
  const to = Date.parse(`${quarterStart(nextQuarter(quarter), fiscalStart)}T00:00:00Z`);
  return Math.min(1, Math.max(0, (Date.parse(now) - from) / (to - from)));
}
