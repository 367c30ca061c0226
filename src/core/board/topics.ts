import type { Config } from "../../config/index.js";
import type { IssueRecord, Snapshot } from "../snapshot.js";
import { sameName, statusOf, type TopicStatus } from "./status.js";
import { parseTopicForm, type TopicForm } from "./topic-form.js";

/** An issue that is a topic, with what Roundtable derives from it. */
export interface Topic extends IssueRecord {
  status: TopicStatus;
  /** The first assignee, or null when nobody sponsors the topic yet. */
  sponsor: string | null;
  form: TopicForm;
}

/** The snapshot's topics: issues carrying the topic label, in issue-number order. */
export function topicsOf(snapshot: Snapshot, config: Config): Topic[] {
  return snapshot.issues
    .filter((issue) => issue.labels.some((l) => sameName(l, config.labels.topic)))
    .map((issue) => ({
      ...issue,
      status: statusOf(issue, config),
      sponsor: issue.assignees[0] ?? null,
      form: parseTopicForm(issue.body),
    }))
    .sort((a, b) => a.number - b.number);
}
