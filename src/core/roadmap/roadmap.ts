import type { Config, Lane } from "../../config/index.js";
import { sameName } from "../board/status.js";
import { type IssueTree, issueTree } from "../issue-tree.js";
import { isKind } from "../kinds.js";
import {
  nextQuarter,
  parseQuarter,
  type Quarter,
  quarterOf,
  quartersBetween,
} from "../quarters.js";
import type { IssueRecord, Snapshot } from "../snapshot.js";
import { type Priority, priorityOf } from "./priority.js";
import { parseRoadmapForm } from "./roadmap-form.js";

export interface RoadmapItem {
  issue: IssueRecord;
  lane: Lane | null;
  quarter: Quarter | null;
  shipped: boolean;
  /** People who gave it a 👍 (bots aside): roadmap items have no vote budget. */
  votes: number;
  sponsor: string | null;
  priority: Priority;
  /** The key result it serves: its parent, when that is a key result. */
  serves: IssueRecord | null;
  /** The open issues it is blocked by (GitHub's dependencies), with their quarters. */
  blockedBy: Blocker[];
}

/** An issue an item waits for; `tooEarly`: the item is planned in a quarter before the blocker's. */
export interface Blocker {
  issue: IssueRecord;
  quarter: Quarter | null;
  tooEarly: boolean;
}

export interface LaneSection {
  lane: Lane;
  /** Planned for this quarter, shipped in it, or carried over from an earlier one. */
  thisQuarter: RoadmapItem[];
  nextQuarter: RoadmapItem[];
  later: RoadmapItem[];
}

export interface Roadmap {
  current: Quarter;
  next: Quarter;
  lanes: LaneSection[];
  /** Open items with no lane or no quarter yet. */
  furtherIdeas: RoadmapItem[];
  /** Open items planned in a quarter before one of their blockers': the plan cannot hold. */
  tooEarly: RoadmapItem[];
}

/**
 * The roadmap a snapshot describes: items typed or labelled roadmap, each in its lane (the board's Lane
 * field, else a lane:<key> label) and quarter (the board's Quarter field, else a milestone named
 * like 2026-Q4), ranked by the configured priority formula, then votes, then issue number.
 * Items shipped in earlier quarters are history and leave the page.
 */
export function roadmapOf(
  snapshot: Snapshot,
  config: Config,
  now: string,
  /** The snapshot's tree, when the caller has it already (each is a map of every issue). */
  tree: IssueTree = issueTree(snapshot),
): Roadmap {
  const start = config.roadmap.fiscalYearStart;
  const current = quarterOf(now, start);
  const next = nextQuarter(current);
  const keyResultOver = (issue: IssueRecord) => {
    const parent = tree.parentOf(issue);
    return parent && isKind(parent, "keyResult", config) ? parent : null;
  };
  const items = snapshot.issues
    .filter((i) => isKind(i, "roadmap", config))
    .map(
      (issue): RoadmapItem => ({
        issue,
        lane: laneOf(issue, config),
        quarter: quarterFieldOf(issue, config),
        shipped: issue.state === "closed",
        votes: new Set(issue.reactions.filter((r) => !r.bot).map((r) => r.login.toLowerCase()))
          .size,
        sponsor: issue.assignees[0] ?? null,
        priority: priorityOf(parseRoadmapForm(issue.body), config.roadmap.priority),
        serves: keyResultOver(issue),
        blockedBy: [],
      }),
    )
    .sort(byPriority);
  for (const item of items) item.blockedBy = blockersOf(item, snapshot, config);

  const lanes: LaneSection[] = config.lanes.map((lane) => ({
    lane,
    thisQuarter: [],
    nextQuarter: [],
    later: [],
  }));
  const furtherIdeas: RoadmapItem[] = [];
  for (const item of items) {
    const section = lanes.find((s) => s.lane.key === item.lane?.key);
    if (!section || !item.quarter) {
      if (!item.shipped) furtherIdeas.push(item);
      continue;
    }
    const ahead = quartersBetween(current, item.quarter);
    if (ahead < 0 && item.shipped) continue;
    if (ahead <= 0) section.thisQuarter.push(item);
    else if (ahead === 1) section.nextQuarter.push(item);
    else section.later.push(item);
  }
  const tooEarly = items.filter((i) => !i.shipped && i.blockedBy.some((b) => b.tooEarly));
  return { current, next, lanes, furtherIdeas, tooEarly };
}

/**
 * An item's open blockers (closed ones are done), each with its quarter when it is planned too.
 * An item planned before a blocker's quarter is flagged; in the same quarter it may still work.
 */
function blockersOf(item: RoadmapItem, snapshot: Snapshot, config: Config): Blocker[] {
  return (item.issue.blockedBy ?? []).flatMap((number) => {
    const issue = snapshot.issues.find((i) => i.number === number);
    if (!issue || issue.state === "closed") return [];
    const quarter = quarterFieldOf(issue, config);
    const tooEarly = !!item.quarter && !!quarter && quartersBetween(quarter, item.quarter) < 0;
    return [{ issue, quarter, tooEarly }];
  });
}

function laneOf(issue: IssueRecord, config: Config): Lane | null {
  const onBoard = config.project ? issue.board?.fields[config.project.fields.lane] : undefined;
  return (
    config.lanes.find((lane) => onBoard !== undefined && sameName(lane.name, onBoard)) ??
    config.lanes.find((lane) => issue.labels.some((l) => sameName(l, `lane:${lane.key}`))) ??
    null
  );
}

function quarterFieldOf(issue: IssueRecord, config: Config): Quarter | null {
  const onBoard = config.project ? issue.board?.fields[config.project.fields.quarter] : undefined;
  return (
    (onBoard && parseQuarter(onBoard)) || (issue.milestone && parseQuarter(issue.milestone)) || null
  );
}

/** Higher priority first (unscored last), then more votes, then the lower number. */
function byPriority(a: RoadmapItem, b: RoadmapItem): number {
  const pa = a.priority.value ?? -1;
  const pb = b.priority.value ?? -1;
  return pb - pa || b.votes - a.votes || a.issue.number - b.issue.number;
}
