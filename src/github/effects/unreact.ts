import type { Effect } from "../../core/index.js";
import { writtenByRoundtable } from "../own-comment.js";
import { rest, restPages } from "../rest.js";
import type { Handler } from "./handler.js";

/** Roundtable's own reaction of a kind taken off a comment; none there is as wanted. */
export const unreact: Handler<Extract<Effect, { kind: "unreact" }>> = {
  describe: (effect) => `take back the reaction ${effect.content} on comment ${effect.commentId}`,
  async apply(effect, { github, owner, repo }) {
    type Listed = { id: number; content: string; user?: { login?: string; type?: string } | null };
    const pages = restPages<Listed>(
      github,
      "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",
      { owner, repo, comment_id: effect.commentId, content: effect.content },
    );
    for await (const { data } of pages)
      for (const r of data) {
        const login = r.user?.login;
        if (r.content !== effect.content || !login) continue;
        if (!writtenByRoundtable(github, { login, isBot: r.user?.type === "Bot" })) continue;
        try {
          await rest(
            github,
            "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}",
            { owner, repo, comment_id: effect.commentId, reaction_id: r.id },
          );
        } catch (error) {
          // Taken back already: as wanted.
          if ((error as { status?: number }).status !== 404) throw error;
        }
      }
  },
};
