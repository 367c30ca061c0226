import { type Effect, requireField } from "../../core/index.js";
import { updateFieldOptionsMutation } from "../operations/index.js";
import { query } from "../query.js";
import { projectOf } from "./board.js";
import type { Handler } from "./handler.js";
import { quoted } from "./quoted.js";

/** A single-select field's options set: the existing ones sent back unchanged, then the added. */
export const setFieldOptions: Handler<Extract<Effect, { kind: "set-field-options" }>> = {
  describe: (effect) => `add the options ${quoted(effect.added)} to the field "${effect.field}"`,
  async apply(effect, ctx) {
    await query(ctx.github, updateFieldOptionsMutation, {
      fieldId: requireField(projectOf(ctx), effect.field).id,
      options: effect.options,
    });
  },
};
