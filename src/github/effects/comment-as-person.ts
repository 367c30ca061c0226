import type { Effect } from "../../core/index.js";
import { createOnce, noBlindRetry } from "../create-once.js";
import { rest, restPages } from "../rest.js";
import type { Handler } from "./handler.js";

/**
 * How far before the press a comment found after a lost answer may have been made: GitHub's clock
 * and the app's differ by seconds, and a person does not press the same command twice that fast.
 */
const clockSkewMs = 60_000;

type Listed = { body?: string; created_at?: string; user?: { login?: string } | null };

/**
 * A person's comment (a facilitator's `/next` from the room's button), applied with the person's
 * own client: the comment is theirs, as if they had typed it. Posted once: after an answer that
 * never came, their comment with the same words made since the press is looked for first.
 */
export const commentAsPerson: Handler<Extract<Effect, { kind: "comment-as-person" }>> = {
  describe: (effect) => `post "${effect.body}" on #${effect.issue} as ${effect.login}`,
  async apply(effect, { github, owner, repo }) {
    const since = new Date(Date.parse(effect.at) - clockSkewMs).toISOString();
    const theirs = (c: Listed) =>
      c.body === effect.body &&
      c.user?.login?.toLowerCase() === effect.login.toLowerCase() &&
      (c.created_at ?? "") >= since;
    const find = async (): Promise<Listed | undefined> => {
      const pages = restPages<Listed>(
        github,
        "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
        { owner, repo, issue_number: effect.issue, since },
      );
      for await (const { data } of pages) {
        const found = data.find(theirs);
        if (found) return found;
      }
      return undefined;
    };
    await createOnce(find, () =>
      rest<Listed>(github, "POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        owner,
        repo,
        issue_number: effect.issue,
        body: effect.body,
        ...noBlindRetry,
      }).then(({ data }) => data),
    );
  },
};
