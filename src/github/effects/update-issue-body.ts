import type { Effect } from "../../core/index.js";
import { rest } from "../rest.js";
import type { Handler } from "./handler.js";

export const updateIssueBody: Handler<Extract<Effect, { kind: "update-issue-body" }>> = {
  describe: (effect) => `update ${effect.what} in the body of #${effect.issue}`,
  async apply(effect, { github, owner, repo }) {
    await rest(github, "PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
      owner,
      repo,
      issue_number: effect.issue,
      body: effect.body,
    });
  },
};
