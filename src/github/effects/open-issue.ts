import type { Effect } from "../../core/index.js";
import { rest } from "../rest.js";
import type { Handler } from "./handler.js";

export const openIssue: Handler<Extract<Effect, { kind: "open-issue" }>> = {
  describe: (effect) => `open the issue "${effect.title}"`,
  async apply(effect, { github, owner, repo }) {
    await rest(github, "POST /repos/{owner}/{repo}/issues", {
      owner,
      repo,
      title: effect.title,
      body: `${effect.marker}\n${effect.body}`,
      labels: effect.labels,
      assignees: effect.assignees,
    });
  },
};
