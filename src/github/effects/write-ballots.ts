import { ballotsBranch, ballotsPath, type Effect, mergeBallots } from "../../core/index.js";
import { RoundtableError } from "../../errors/index.js";
import { commitFiles } from "../commit-files.js";
import type { Handler } from "./handler.js";

const voters = (n: number) => `${n} ${n === 1 ? "voter's change" : "voters' changes"}`;

/**
 * Writes a batch of ballots into the ballot file on the ballots branch: one
 * `createCommitOnBranch`, merged again into the file as it stands when the branch moved (another
 * instance's batch), so no ballot of either batch is lost. Every entry of the round is sealed
 * afresh and signed (see mergeBallots). The commit message names no one; it says the batch's size.
 */
export const writeBallots: Handler<Extract<Effect, { kind: "write-ballots" }>> = {
  describe: ({ batch }) =>
    batch.final
      ? `open round ${batch.round}'s ballots on ${ballotsBranch}:${ballotsPath}, with a last batch of ${voters(batch.ballots.length)}`
      : `write a sealed batch of ${voters(batch.ballots.length)} to ${ballotsBranch}:${ballotsPath}`,
  async apply({ batch }, { github, owner, repo, ballotSigner }) {
    if (!ballotSigner)
      throw new RoundtableError(
        "write-ballots: the app's ballot keys are missing: ballots are written by the app, with BALLOT_SECRET set",
      );
    await commitFiles(github, {
      owner,
      repo,
      message: batch.final
        ? `Ballots: round ${batch.round} closed, last batch of ${voters(batch.ballots.length)}; every ballot opened for anyone to check`
        : `Ballots: a sealed batch of ${voters(batch.ballots.length)}`,
      mode: "branch",
      branch: ballotsBranch,
      dryRun: false,
      log: () => {},
      attempts: 5,
      render: (existing) => [
        {
          path: ballotsPath,
          content: mergeBallots(existing(ballotsPath), batch, ballotSigner).text,
        },
      ],
    });
  },
};
