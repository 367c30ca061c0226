import type { Effect } from "../../core/index.js";
import { writtenByRoundtable } from "../own-comment.js";
import { rest, restPages } from "../rest.js";
import type { Handler } from "./handler.js";

/**
 * Finds Roundtable's comment by its hidden marker and edits it, or posts it once. A comment is
 * Roundtable's only when GitHub says Roundtable's own bot account wrote it (not any bot) and it
 * starts with the marker: a person, or another app, who pastes a marker never has it edited.
 */
export const upsertComment: Handler<Extract<Effect, { kind: "upsert-comment" }>> = {
  describe: (effect) => `update the comment ${effect.marker} on #${effect.issue}`,
  async apply(effect, { github, owner, repo }) {
    const ours = (c: { user?: { login?: string; type?: string } | null }) =>
      writtenByRoundtable(
        github,
        c.user?.login ? { login: c.user.login, isBot: c.user.type === "Bot" } : null,
      );
    const body = `${effect.marker}\n${effect.body}`;
    const pages = restPages<{
      id: number;
      body?: string;
      user?: { login?: string; type?: string } | null;
    }>(github, "GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      owner,
      repo,
      issue_number: effect.issue,
    });
    for await (const { data } of pages) {
      const mine = data.find((c) => ours(c) && c.body?.startsWith(`${effect.marker}\n`));
      if (!mine) continue;
      if (mine.body === body) return;
      await rest(github, "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
        owner,
        repo,
        comment_id: mine.id,
        body,
      });
      return;
    }
    await rest(github, "POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      owner,
      repo,
      issue_number: effect.issue,
      body,
    });
  },
};
