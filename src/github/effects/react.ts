import type { Effect } from "../../core/index.js";
import { rest } from "../rest.js";
import type { Handler } from "./handler.js";

export const react: Handler<Extract<Effect, { kind: "react" }>> = {
  describe: (effect) => `react ${effect.content} to comment ${effect.commentId}`,
  async apply(effect, { github, owner, repo }) {
    await rest(github, "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions", {
      owner,
      repo,
      comment_id: effect.commentId,
      content: effect.content,
    });
  },
};
