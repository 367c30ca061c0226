import type { Effect } from "../../core/index.js";
import { RoundtableError } from "../../errors/index.js";
import { createOnce } from "../create-once.js";
import { createProjectStatusUpdateMutation } from "../operations/index.js";
import { query } from "../query.js";
import { readStatusUpdates } from "../read-status-updates.js";
import { projectOf } from "./board.js";
import type { Handler } from "./handler.js";

/**
 * Posts a project status update once: it is found again by its marker (the week) in the project's
 * latest updates, after a failure whose outcome is unknown and before posting at all.
 */
export const postStatusUpdate: Handler<Extract<Effect, { kind: "post-status-update" }>> = {
  describe: (effect) => `post the project status update ${effect.status} ${effect.marker}`,
  async apply(effect, ctx) {
    const project = projectOf(ctx);
    const body = `${effect.marker}\n${effect.body}`;
    const find = async () =>
      (await readStatusUpdates(ctx.github, project.id)).find((u) =>
        u.body.startsWith(`${effect.marker}\n`),
      );
    if (await find()) return;
    await createOnce(find, async () => {
      const data = await query(ctx.github, createProjectStatusUpdateMutation, {
        projectId: project.id,
        status: effect.status,
        body,
        startDate: effect.startDate,
        targetDate: effect.targetDate,
      });
      const made = data.createProjectV2StatusUpdate?.statusUpdate;
      if (!made) throw new RoundtableError("GitHub made no status update, and said no more");
      return { body, createdAt: made.createdAt };
    });
  },
};
