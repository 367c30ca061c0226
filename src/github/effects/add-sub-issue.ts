import type { Effect } from "../../core/index.js";
import { RoundtableError } from "../../errors/index.js";
import { readParent } from "../read-parent.js";
import { rest } from "../rest.js";
import type { Handler } from "./handler.js";

/**
 * Makes an issue a sub-issue of another. GitHub's endpoint takes the sub-issue's database id, not
 * its number, so the issue is read first. `replace_parent` is never sent: an issue under another
 * parent is refused by GitHub (422), and the plan has said so before asking. A 422 after a request
 * whose answer was lost is read back: already under this parent is done.
 */
export const addSubIssue: Handler<Extract<Effect, { kind: "add-sub-issue" }>> = {
  describe: (effect) => `make #${effect.child} a sub-issue of #${effect.parent}`,
  async apply(effect, { github, owner, repo }) {
    const { data: child } = await rest<{ id: number }>(
      github,
      "GET /repos/{owner}/{repo}/issues/{issue_number}",
      { owner, repo, issue_number: effect.child },
    );
    try {
      await rest(github, "POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues", {
        owner,
        repo,
        issue_number: effect.parent,
        sub_issue_id: child.id,
      });
    } catch (error) {
      if ((error as { status?: number }).status !== 422) throw error;
      const parent = await readParent(github, { owner, repo, issue: effect.child });
      if (parent === effect.parent) return;
      throw new RoundtableError(
        `#${effect.child} could not be made a sub-issue of #${effect.parent}: ${parent ? `it is a sub-issue of #${parent}` : "GitHub refused it (a parent has at most 100 sub-issues, and a tree at most 8 levels)"}`,
        { cause: error },
      );
    }
  },
};
