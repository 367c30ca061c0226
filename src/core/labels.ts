import type { Config } from "../config/index.js";
import { sameName } from "./board/status.js";
import { cutText } from "./cut-text.js";
import type { Effect } from "./plan.js";

/** A label as GitHub holds it: a name, a colour (six hex digits, no #) and a description. */
export interface LabelSpec {
  name: string;
  color: string;
  /** GitHub allows 100 characters. */
  description: string;
}

/**
 * Every label Roundtable reads or writes, named as the config names them. Issue forms add only
 * labels that exist (GitHub drops a missing one silently), so these must exist before the first
 * form is used. Colours group them: kinds of issue, topic statuses, roadmap lanes.
 */
export function roundtableLabels(config: Config): LabelSpec[] {
  const { labels } = config;
  return [
    { name: labels.topic, color: "1d76db", description: "A topic for the roundtable's queue" },
    { name: labels.roadmap, color: "0e8a16", description: "A roadmap item" },
    { name: labels.objective, color: "5319e7", description: "A quarterly objective" },
    { name: labels.keyResult, color: "8a63d2", description: "A key result of an objective" },
    { name: labels.meeting, color: "fbca04", description: "A meeting: its agenda and its log" },
    { name: labels.retro, color: "d93f0b", description: "A quarterly retrospective" },
    { name: labels.actionItem, color: "b60205", description: "An action item with an owner" },
    { name: labels.status.toDiscuss, color: "c5def5", description: "Topic: waiting in the queue" },
    { name: labels.status.discussing, color: "fef2c0", description: "Topic: on the table now" },
    { name: labels.status.discussed, color: "bfdadc", description: "Topic: discussed" },
    { name: labels.status.parked, color: "e4e669", description: "Topic: set aside for now" },
    ...config.lanes.map((lane) => ({
      name: `lane:${lane.key}`,
      color: "c2e0c6",
      description: cutText(lane.description || `Roadmap lane: ${lane.name}`, 100),
    })),
  ];
}

/**
 * The labels to create: those of `wanted` that the repository lacks. GitHub compares label names
 * without regard to case, so an existing "Topic" is the topic label; a name listed twice in the
 * config is created once.
 */
export function planLabels(existing: string[], wanted: LabelSpec[]): Effect[] {
  const have = [...existing];
  const plan: Effect[] = [];
  for (const label of wanted) {
    if (have.some((name) => sameName(name, label.name))) continue;
    have.push(label.name);
    plan.push({ kind: "create-label", ...label });
  }
  return plan;
}
