import {
  ballotFileText,
  ballotsBranch,
  ballotsPath,
  type Effect,
  parseBallotFile,
  withBallots,
} from "../../core/index.js";
import { commitFiles } from "../commit-files.js";
import type { Handler } from "./handler.js";

/**
 * Writes a batch of sealed ballots into the ballot file on the ballots branch: one
 * `createCommitOnBranch`, re-read and merged again when the branch moved (another instance's
 * batch), so no ballot of either batch is lost. The commit message names no one.
 */
export const writeBallots: Handler<Extract<Effect, { kind: "write-ballots" }>> = {
  describe: (effect) =>
    `write ${effect.ballots.length} ${effect.ballots.length === 1 ? "ballot" : "ballots"} to ${ballotsBranch}:${ballotsPath}`,
  async apply(effect, { github, owner, repo }) {
    await commitFiles(github, {
      owner,
      repo,
      message: "Ballots",
      mode: "branch",
      branch: ballotsBranch,
      dryRun: false,
      log: () => {},
      attempts: 5,
      render: (existing) => [
        {
          path: ballotsPath,
          content: ballotFileText(
            withBallots(parseBallotFile(existing(ballotsPath)).file, effect.ballots),
          ),
        },
      ],
    });
  },
};
