import type { Effect } from "../../core/plan.js";
import { commitFiles, pagesBranch } from "../commit-files.js";
import type { Handler } from "./handler.js";

type CommitPages = Extract<Effect, { kind: "commit-pages" }>;

/**
 * Commits the pages in one `createCommitOnBranch`, rendered from the texts the branch holds (read
 * again and rendered again when the branch moved); no page changed, no commit. In pull-request
 * mode the pages branch gets its one pull request.
 */
export const commitPages: Handler<CommitPages> = {
  describe: ({ mode }) =>
    mode === "direct"
      ? "commit the pages to the default branch"
      : `commit the pages to ${pagesBranch} and open its pull request`,
  async apply({ message, mode, render }, { github, owner, repo }) {
    await commitFiles(github, { owner, repo, message, mode, render, dryRun: false, log: () => {} });
  },
};
