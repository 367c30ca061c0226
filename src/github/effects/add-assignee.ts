import type { Effect } from "../../core/index.js";
import { rest } from "../rest.js";
import type { Handler } from "./handler.js";

export const addAssignee: Handler<Extract<Effect, { kind: "add-assignee" }>> = {
  describe: (effect) => `assign ${effect.login} to #${effect.issue}`,
  async apply(effect, { github, owner, repo }) {
    await rest(github, "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees", {
      owner,
      repo,
      issue_number: effect.issue,
      assignees: [effect.login],
    });
  },
};
