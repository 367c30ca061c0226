import type { Config } from "../config/index.js";
import {
  type BallotVerifier,
  ballotsBranch,
  ballotsPath,
  openBallots,
  roundIdOf,
  type SnapshotBallots,
} from "../core/index.js";
import type { GitHub } from "./client.js";
import type { LoadCost } from "./load-cost.js";
import { readText } from "./read-text.js";

/**
 * The current round's ballots from the ballots branch, each entry checked against the app's
 * signature and this repository (without a verifier no entry is taken). Nothing is read with
 * `votes.source: reactions`. One request.
 */
export async function readBallots(
  github: GitHub,
  options: { owner: string; repo: string; config: Config; ballotVerifier?: BallotVerifier },
  cost: LoadCost,
): Promise<{ ballots?: SnapshotBallots }> {
  const { owner, repo, config } = options;
  if (config.votes.source !== "ballots") return {};
  const text = await readText(github, owner, repo, `${ballotsBranch}:${ballotsPath}`);
  cost.graphqlRequests += 1;
  return {
    ballots: openBallots(
      text,
      { repository: `${owner}/${repo}`, round: roundIdOf(config.votes) },
      options.ballotVerifier,
    ),
  };
}

/** The ballot file's whole text as the ballots branch holds it now (none: no branch or file). */
export const readBallotFile = (github: GitHub, owner: string, repo: string) =>
  readText(github, owner, repo, `${ballotsBranch}:${ballotsPath}`);
