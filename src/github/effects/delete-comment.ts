import type { Effect } from "../../core/index.js";
import { rest } from "../rest.js";
import type { Handler } from "./handler.js";

/** One of Roundtable's own comments deleted (the plan names only those); one gone already is fine. */
export const deleteComment: Handler<Extract<Effect, { kind: "delete-comment" }>> = {
  describe: (effect) => `delete comment ${effect.commentId} on #${effect.issue}: ${effect.why}`,
  async apply(effect, { github, owner, repo }) {
    try {
      await rest(github, "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}", {
        owner,
        repo,
        comment_id: effect.commentId,
      });
    } catch (error) {
      if ((error as { status?: number }).status !== 404) throw error;
    }
  },
};
