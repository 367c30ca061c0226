import type { Config } from "../config/index.js";
import { type IssueRecord, parseTopicForm, sameName, statusOf, type Topic } from "../core/index.js";

/** The issue of a webhook payload, as much of it as a command needs. */
export interface PayloadIssue {
  node_id: string;
  number: number;
  title: string;
  html_url: string;
  state?: string;
  created_at: string;
  closed_at: string | null;
  body?: string | null;
  user: { login: string; type?: string } | null;
  labels?: Array<{ name: string } | string | null>;
  assignees?: Array<{ login: string } | null> | null;
}

/**
 * The topic a payload describes, or undefined when the issue is not a topic. Its status comes
 * from labels and state only (a payload carries no project fields), which is all a command needs:
 * parking on a board sets the field whatever it was.
 */
export function topicFromPayload(issue: PayloadIssue, config: Config): Topic | undefined {
  const labels = (issue.labels ?? []).flatMap((l) =>
    l === null ? [] : [typeof l === "string" ? l : l.name],
  );
  if (!labels.some((l) => sameName(l, config.labels.topic))) return undefined;
  const record: IssueRecord = {
    id: issue.node_id,
    number: issue.number,
    title: issue.title,
    url: issue.html_url,
    state: issue.state === "closed" ? "closed" : "open",
    author: { login: issue.user?.login ?? "ghost", bot: issue.user?.type === "Bot" },
    createdAt: issue.created_at,
    closedAt: issue.closed_at,
    body: issue.body ?? "",
    labels,
    assignees: (issue.assignees ?? []).flatMap((a) => (a ? [a.login] : [])),
    milestone: null,
    parent: null,
    subIssues: [],
    reactions: [],
    board: null,
  };
  return {
    ...record,
    status: statusOf(record, config),
    sponsor: record.assignees[0] ?? null,
    form: parseTopicForm(record.body),
  };
}
