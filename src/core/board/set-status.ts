import type { Config } from "../../config/index.js";
import type { Effect } from "../plan.js";
import { sameName, statusOption, type TopicStatus, topicStatuses } from "./status.js";
import type { Topic } from "./topics.js";

/**
 * The effects that give a topic a status: the Status field on the board when a project is
 * configured, else the status labels (the one wanted added, the others taken off; To discuss is
 * no label at all). Nothing when the topic has that status already.
 */
export function setStatus(topic: Topic, to: TopicStatus, config: Config): Effect[] {
  if (config.project) {
    const field = config.project.fields.status;
    const shown = topic.board?.fields[field];
    const option = statusOption(config, to);
    if (shown !== undefined && sameName(shown, option)) return [];
    return [{ kind: "set-field", issue: topic.number, field, value: { option } }];
  }
  const effects: Effect[] = [];
  for (const status of topicStatuses) {
    const label = topic.labels.find((l) => sameName(l, config.labels.status[status]));
    if (status !== to && label) effects.push({ kind: "remove-label", issue: topic.number, label });
  }
  if (to !== "toDiscuss" && !topic.labels.some((l) => sameName(l, config.labels.status[to])))
    effects.push({ kind: "add-label", issue: topic.number, label: config.labels.status[to] });
  return effects;
}
