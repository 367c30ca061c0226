import { type Effect, sameName } from "../../core/index.js";
import { createIterationFieldMutation } from "../operations/index.js";
import { query } from "../query.js";
import { projectOf } from "./board.js";
import type { Handler } from "./handler.js";

/**
 * The board's Quarter made an iteration field, one iteration a quarter (GitHub would otherwise
 * make three of two weeks each). Looked for by name: the plan read the project, and a field of
 * that name made since (a run whose answer was lost) answers "already taken", which is done.
 */
export const createIterationField: Handler<Extract<Effect, { kind: "create-iteration-field" }>> = {
  describe: (effect) =>
    `add the iteration field "${effect.field}" to the project, with ${effect.iterations.map((i) => `"${i.title}"`).join(", ")}`,
  async apply(effect, ctx) {
    const project = projectOf(ctx);
    if (project.fields.some((f) => sameName(f.name, effect.field))) return;
    const [first] = effect.iterations;
    try {
      await query(ctx.github, createIterationFieldMutation, {
        projectId: project.id,
        name: effect.field,
        configuration: {
          startDate: first?.startDate ?? "",
          duration: first?.duration ?? 91,
          iterations: effect.iterations,
        },
      });
    } catch (error) {
      if (!/already been taken/i.test((error as Error).message)) throw error;
    }
  },
};
