import type { Effect } from "../../core/index.js";
import { createProjectFieldMutation } from "../operations/index.js";
import { query } from "../query.js";
import { projectOf } from "./board.js";
import type { Handler } from "./handler.js";
import { quoted } from "./quoted.js";

/** A single-select field added to the project, with its options. */
export const createField: Handler<Extract<Effect, { kind: "create-field" }>> = {
  describe: (effect) =>
    `add the field "${effect.field}" to the project, with the options ${quoted(effect.options.map((o) => o.name))}`,
  async apply(effect, ctx) {
    await query(ctx.github, createProjectFieldMutation, {
      projectId: projectOf(ctx).id,
      name: effect.field,
      options: effect.options,
    });
  },
};
