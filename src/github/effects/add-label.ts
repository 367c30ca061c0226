import type { Effect } from "../../core/index.js";
import { rest } from "../rest.js";
import type { Handler } from "./handler.js";

export const addLabel: Handler<Extract<Effect, { kind: "add-label" }>> = {
  describe: (effect) => `add the label "${effect.label}" to #${effect.issue}`,
  async apply(effect, { github, owner, repo }) {
    await rest(github, "POST /repos/{owner}/{repo}/issues/{issue_number}/labels", {
      owner,
      repo,
      issue_number: effect.issue,
      labels: [effect.label],
    });
  },
};
