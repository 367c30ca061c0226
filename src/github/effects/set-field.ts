import { type Effect, type FieldValue, requireField, sameName } from "../../core/index.js";
import { RoundtableError } from "../../errors/index.js";
import type { ProjectV2FieldValue } from "../operations/generated/graphql.js";
import { updateItemFieldMutation } from "../operations/index.js";
import { query } from "../query.js";
import { itemOf, projectOf } from "./board.js";
import type { Handler } from "./handler.js";

export const setField: Handler<Extract<Effect, { kind: "set-field" }>> = {
  describe: (effect) => `set ${effect.field} of #${effect.issue} to ${describeValue(effect.value)}`,
  async apply(effect, ctx) {
    const project = projectOf(ctx);
    const field = requireField(project, effect.field);
    await query(ctx.github, updateItemFieldMutation, {
      projectId: project.id,
      itemId: itemOf(ctx, effect.issue),
      fieldId: field.id,
      value: fieldValue(field.name, field.options, effect.value),
    });
  },
};

function describeValue(value: FieldValue): string {
  if ("option" in value) return `"${value.option}"`;
  if ("iteration" in value) return `"${value.iteration}"`;
  if ("number" in value) return String(value.number);
  return `"${value.text}"`;
}

/** An option and an iteration are set by id, found by the name people see. */
function fieldValue(
  field: string,
  options: Array<{ id: string; name: string }>,
  value: FieldValue,
): ProjectV2FieldValue {
  if ("number" in value) return { number: value.number };
  if ("text" in value) return { text: value.text };
  const name = "option" in value ? value.option : value.iteration;
  const option = options.find((o) => sameName(o.name, name));
  if (!option) throw new RoundtableError(`the field "${field}" has no option "${name}"`);
  return "option" in value ? { singleSelectOptionId: option.id } : { iterationId: option.id };
}
