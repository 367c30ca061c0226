import type { Effect } from "../../core/index.js";
import { rest } from "../rest.js";
import type { Handler } from "./handler.js";

export const closeIssue: Handler<Extract<Effect, { kind: "close-issue" }>> = {
  describe: (effect) => `close #${effect.issue}`,
  async apply(effect, { github, owner, repo }) {
    await rest(github, "PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
      owner,
      repo,
      issue_number: effect.issue,
      state: "closed",
      state_reason: "completed",
    });
  },
};
