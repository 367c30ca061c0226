import type { Config } from "../../config/index.js";
import { cutText } from "../cut-text.js";
import type { Effect, FieldOption } from "../plan.js";
import { ProjectSetupError } from "./project-fields.js";
import type { ProjectView } from "./project-view.js";
import { sameName, statusOption, topicStatuses } from "./status.js";

const colors: FieldOption["color"][] = [
  "GRAY",
  "BLUE",
  "GREEN",
  "YELLOW",
  "ORANGE",
  "RED",
  "PINK",
  "PURPLE",
];

const statusLooks: Record<string, Pick<FieldOption, "color" | "description">> = {
  toDiscuss: { color: "BLUE", description: "Waiting in the queue, ordered by votes" },
  discussing: { color: "YELLOW", description: "On the table in the current meeting" },
  discussed: { color: "GREEN", description: "Done; its votes are given back" },
  parked: { color: "GRAY", description: "Set aside for now; its votes are given back" },
};

/**
 * What the board lacks of what Roundtable uses, as effects: the Status options (named as the
 * config names them, or mapped under project.statusOptions), the Lane field with one option a
 * lane (the Quarter field, an iteration field, is planned in roadmap/quarter-field.ts). A field
 * that exists keeps its options; missing options are added after them. A board that has it all gives an empty plan.
 */
export function planProjectSetup(project: ProjectView, config: Config): Effect[] {
  if (!config.project) return [];
  const { fields } = config.project;
  const plan: Effect[] = [];
  const status = topicStatuses.map((s) => ({
    name: statusOption(config, s),
    ...(statusLooks[s] as Pick<FieldOption, "color" | "description">),
  }));
  plan.push(...single(project, fields.status, status));
  const lanes = config.lanes.map((lane, i) => ({
    name: lane.name,
    color: colors[(i + 2) % colors.length] as FieldOption["color"],
    description: cutText(lane.description, 200),
  }));
  plan.push(...single(project, fields.lane, lanes));
  return plan;
}

function single(project: ProjectView, name: string, wanted: FieldOption[]): Effect[] {
  const field = project.fields.find((f) => sameName(f.name, name));
  if (!field) return [{ kind: "create-field", field: name, options: wanted }];
  if (field.dataType !== "SINGLE_SELECT") {
    throw new ProjectSetupError(
      `the field "${field.name}" of the project "${project.title}" (${project.url}) is of type ${field.dataType}, not single select: name another field in .github/roundtable.yml under project.fields`,
    );
  }
  const missing = wanted.filter((w) => !field.options.some((o) => sameName(o.name, w.name)));
  if (missing.length === 0) return [];
  const existing: FieldOption[] = field.options.map((o) => ({
    name: o.name,
    color: colors.includes(o.color as FieldOption["color"])
      ? (o.color as FieldOption["color"])
      : "GRAY",
    description: o.description ?? "",
  }));
  return [
    {
      kind: "set-field-options",
      field: field.name,
      options: [...existing, ...missing],
      added: missing.map((m) => m.name),
    },
  ];
}
