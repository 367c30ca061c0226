import type { Config } from "../../config/index.js";
import { isKind } from "../kinds.js";
import type { IssueRecord, Snapshot } from "../snapshot.js";
import { statusOf, type TopicStatus } from "./status.js";

/** An issue that is a topic, with what Roundtable derives from it. */
export interface Topic extends IssueRecord {
  status: TopicStatus;
  /** The first assignee, or null when nobody sponsors the topic yet. */
  sponsor: string | null;
}

/**
 * The snapshot's topics: issues typed or labelled topic (kinds.ts), in issue-number order. Their
 * forms are not read here: what the board needs (status, sponsor) comes from labels, the project
 * and assignees, and the one reader of a form (the welcome comment) reads its topic's own; reading
 * every form took a tenth of rendering a board of 100k topics.
 */
export function topicsOf(snapshot: Snapshot, config: Config): Topic[] {
  // Object.assign, not a spread: Node 20 copies an issue of 15 fields seven times slower with
  // `{ ...issue }` (1 s for 100k topics). One pass, and no object made for the two added fields.
  const topics: Topic[] = [];
  for (const issue of snapshot.issues) {
    if (!isKind(issue, "topic", config)) continue;
    const topic = Object.assign({}, issue) as Topic;
    topic.status = statusOf(issue, config);
    topic.sponsor = issue.assignees[0] ?? null;
    topics.push(topic);
  }
  return topics.sort((a, b) => a.number - b.number);
}
