import type { Effect } from "../../core/index.js";
import { createOnce, noBlindRetry } from "../create-once.js";
import { writtenByRoundtable } from "../own-comment.js";
import { rest, restPages } from "../rest.js";
import type { Handler } from "./handler.js";

/**
 * Finds Roundtable's comment by its hidden marker and edits it, or posts it once. A comment is
 * Roundtable's only when GitHub says Roundtable's own bot account wrote it (not any bot) and it
 * starts with the marker: a person, or another app, who pastes a marker never has it edited.
 */
export const upsertComment: Handler<Extract<Effect, { kind: "upsert-comment" }>> = {
  describe: (effect) => `write the comment ${effect.marker} on #${effect.issue}`,
  async apply(effect, { github, owner, repo }) {
    const ours = (c: { user?: { login?: string; type?: string } | null }) =>
      writtenByRoundtable(
        github,
        c.user?.login ? { login: c.user.login, isBot: c.user.type === "Bot" } : null,
      );
    const body = `${effect.marker}\n${effect.body}`;
    type Listed = { id: number; body?: string; user?: { login?: string; type?: string } | null };
    const findMine = async (): Promise<Listed | undefined> => {
      const pages = restPages<Listed>(
        github,
        "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
        { owner, repo, issue_number: effect.issue },
      );
      for await (const { data } of pages) {
        const mine = data.find((c) => ours(c) && c.body?.startsWith(`${effect.marker}\n`));
        if (mine) return mine;
      }
      return undefined;
    };
    const mine = await findMine();
    if (mine) {
      if (mine.body === body) return;
      await rest(github, "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
        owner,
        repo,
        comment_id: mine.id,
        body,
      });
      return;
    }
    // Posted once: a retry first looks for the comment a failed-looking POST may have made.
    await createOnce(findMine, () =>
      rest<Listed>(github, "POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        owner,
        repo,
        issue_number: effect.issue,
        body,
        ...noBlindRetry,
      }).then(({ data }) => data),
    );
  },
};
