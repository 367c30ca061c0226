import type { Config } from "../../config/index.js";
import { sameName } from "../kernel/same-name.js";
import type { IssueRecord } from "../snapshot.js";

// Re-exported: most domains read it from here; kinds.ts, which the board imports, reads the kernel.
export { sameName };

export type TopicStatus = "toDiscuss" | "discussing" | "discussed" | "parked";

export const topicStatuses: readonly TopicStatus[] = [
  "toDiscuss",
  "discussing",
  "discussed",
  "parked",
];

/**
 * A topic's status: the board's Status field when a project is configured and the topic is on it,
 * else its status label, else To discuss. A closed topic is never waiting: it is Discussed unless
 * it was parked.
 */
export function statusOf(issue: IssueRecord, config: Config): TopicStatus {
  const status = fromBoard(issue, config) ?? fromLabels(issue, config) ?? "toDiscuss";
  if (issue.state === "closed" && status !== "parked") return "discussed";
  return status;
}

function fromBoard(issue: IssueRecord, config: Config): TopicStatus | undefined {
  if (!config.project || !issue.board) return undefined;
  const value = issue.board.fields[config.project.fields.status];
  if (value === undefined) return undefined;
  return topicStatuses.find((s) => sameName(statusOption(config, s), value));
}

function fromLabels(issue: IssueRecord, config: Config): TopicStatus | undefined {
  return topicStatuses.find((s) =>
    issue.labels.some((label) => sameName(config.labels.status[s], label)),
  );
}

/**
 * The name of a status's option on the board: the option the config maps it to under
 * project.statusOptions (Todo, say), else its name under statuses.
 */
export function statusOption(config: Config, status: TopicStatus): string {
  return config.project?.statusOptions[status] ?? config.statuses[status];
}
