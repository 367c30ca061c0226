import type { Config } from "../../config/index.js";
import type { ProjectView } from "../board/project-view.js";
import { sameName } from "../kernel/same-name.js";
import type { Effect } from "../plan.js";
import type { Meeting, MeetingEvent } from "./meeting.js";

/**
 * The Slot and Room fields of the scheduled topics, where the project has those fields: a text
 * field takes any value, a single-select one only an option it has.
 */
export function slotFields(
  event: Extract<MeetingEvent, { type: "schedule" }>,
  meeting: Meeting,
  config: Config,
  project: ProjectView | null,
): Effect[] {
  if (!config.project || !project) return [];
  const names = config.project.fields;
  const effects: Effect[] = [];
  const set = (issue: number, name: string, value: string) => {
    const field = project.fields.find((f) => sameName(f.name, name));
    if (!field) return;
    if (field.dataType === "TEXT") {
      effects.push({ kind: "set-field", issue, field: field.name, value: { text: value } });
    } else if (field.options.some((o) => sameName(o.name, value))) {
      effects.push({ kind: "set-field", issue, field: field.name, value: { option: value } });
    }
  };
  for (const [i, slot] of event.grid.entries()) {
    for (const [r, topic] of slot.entries()) {
      if (topic === null) continue;
      set(topic, names.slot, meeting.form.slotStarts[i] ?? `Slot ${i + 1}`);
      set(topic, names.room, `Room ${r + 1}`);
    }
  }
  return effects;
}
