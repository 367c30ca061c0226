import type { Config } from "../../config/index.js";
import { RoundtableError } from "../../errors/index.js";
import type { ProjectField, ProjectView } from "./project-view.js";
import { sameName, statusOption, topicStatuses } from "./status.js";

/** The project lacks a field or option the config names. The message says how to add it. */
export class ProjectSetupError extends RoundtableError {
  override name = "ProjectSetupError";
}

/** The field named `name`, or an error that says how to create it. */
export function requireField(
  project: ProjectView,
  name: string,
  options: string[] = [],
): ProjectField {
  const field = project.fields.find((f) => sameName(f.name, name));
  const how = `(in the project, ⋯ → Settings → + New field, type single select${options.length ? `, options ${options.join(", ")}` : ""}), or run 'roundtable project setup', or name another field in .github/roundtable.yml under project.fields`;
  if (!field) {
    throw new ProjectSetupError(
      `the project "${project.title}" (${project.url}) has no field named "${name}": add it ${how}`,
    );
  }
  const missing = options.filter((o) => !field.options.some((option) => sameName(option.name, o)));
  if (missing.length > 0) {
    throw new ProjectSetupError(
      `the field "${field.name}" of the project "${project.title}" (${project.url}) has no option ${missing.map((m) => `"${m}"`).join(", ")}: add ${missing.length === 1 ? "it" : "them"} with 'roundtable project setup' or in the field's settings, or map existing options in .github/roundtable.yml under project.statusOptions`,
    );
  }
  return field;
}

/** Checks, before anything is written, that the board has what the topic queue needs. */
export function checkTopicFields(project: ProjectView, config: Config): void {
  if (!config.project) return;
  requireField(
    project,
    config.project.fields.status,
    topicStatuses.map((status) => statusOption(config, status)),
  );
}
