import type { Effect } from "../../core/index.js";
import { rest } from "../rest.js";
import type { Handler } from "./handler.js";

export const removeAssignee: Handler<Extract<Effect, { kind: "remove-assignee" }>> = {
  describe: (effect) => `unassign ${effect.login} from #${effect.issue}`,
  async apply(effect, { github, owner, repo }) {
    await rest(github, "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees", {
      owner,
      repo,
      issue_number: effect.issue,
      assignees: [effect.login],
    });
  },
};
