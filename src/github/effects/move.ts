import type { Effect } from "../../core/index.js";
import { moveProjectItemMutation } from "../operations/index.js";
import { query } from "../query.js";
import { itemOf, projectOf } from "./board.js";
import type { Handler } from "./handler.js";

export const move: Handler<Extract<Effect, { kind: "move" }>> = {
  describe: (effect) =>
    effect.after === null
      ? `move #${effect.issue} to the top`
      : `move #${effect.issue} after #${effect.after}`,
  async apply(effect, ctx) {
    await query(ctx.github, moveProjectItemMutation, {
      projectId: projectOf(ctx).id,
      itemId: itemOf(ctx, effect.issue),
      afterId: effect.after === null ? null : itemOf(ctx, effect.after),
    });
  },
};
