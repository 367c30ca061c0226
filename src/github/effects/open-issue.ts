import type { Effect } from "../../core/index.js";
import { createOnce, noBlindRetry } from "../create-once.js";
import { rest } from "../rest.js";
import type { Handler } from "./handler.js";

export const openIssue: Handler<Extract<Effect, { kind: "open-issue" }>> = {
  describe: (effect) => `open the issue "${effect.title}"`,
  async apply(effect, { github, owner, repo }) {
    const body = `${effect.marker}\n${effect.body}`;
    // The newest issues, where one this very effect opened a moment ago would be.
    const find = async () => {
      const { data } = await rest<Array<{ number: number; body?: string | null }>>(
        github,
        "GET /repos/{owner}/{repo}/issues",
        { owner, repo, state: "all", sort: "created", direction: "desc", per_page: 100 },
      );
      return data.find((i) => i.body?.startsWith(`${effect.marker}\n`));
    };
    await createOnce(find, () =>
      rest<{ number: number }>(github, "POST /repos/{owner}/{repo}/issues", {
        owner,
        repo,
        title: effect.title,
        body,
        labels: effect.labels,
        assignees: effect.assignees,
        ...(effect.type ? { type: effect.type } : {}),
        ...noBlindRetry,
      }).then(({ data }) => data),
    );
  },
};
