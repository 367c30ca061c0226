import type { Effect } from "../../core/index.js";
import { rest } from "../rest.js";
import type { Handler } from "./handler.js";

export const removeLabel: Handler<Extract<Effect, { kind: "remove-label" }>> = {
  describe: (effect) => `remove the label "${effect.label}" from #${effect.issue}`,
  async apply(effect, { github, owner, repo }) {
    try {
      await rest(github, "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", {
        owner,
        repo,
        issue_number: effect.issue,
        name: effect.label,
      });
    } catch (error) {
      // Already gone: the state is as wanted.
      if ((error as { status?: number }).status !== 404) throw error;
    }
  },
};
