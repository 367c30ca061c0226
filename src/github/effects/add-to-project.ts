import type { Effect } from "../../core/index.js";
import { addProjectItemMutation } from "../operations/index.js";
import { query } from "../query.js";
import { projectOf } from "./board.js";
import type { Handler } from "./handler.js";

export const addToProject: Handler<Extract<Effect, { kind: "add-to-project" }>> = {
  describe: (effect) => `add #${effect.issue} to the project`,
  async apply(effect, ctx) {
    const data = await query(ctx.github, addProjectItemMutation, {
      projectId: projectOf(ctx).id,
      contentId: effect.contentId,
    });
    const item = data.addProjectV2ItemById?.item;
    if (item) ctx.itemOf.set(effect.issue, item.id);
  },
};
