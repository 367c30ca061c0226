import type { Config } from "../config/index.js";
import {
  ballotsBranch,
  ballotsPath,
  type Mac,
  openBallots,
  roundIdOf,
  type SnapshotBallots,
} from "../core/index.js";
import type { GitHub } from "./client.js";
import type { LoadCost } from "./load-cost.js";
import { readText } from "./read-text.js";

/**
 * The current round's ballots from the ballots branch, each entry's MAC checked with `mac`
 * (from BALLOT_SECRET; without it no entry is taken). Nothing is read with `votes.source:
 * reactions`. One request.
 */
export async function readBallots(
  github: GitHub,
  options: { owner: string; repo: string; config: Config; ballotMac?: Mac },
  cost: LoadCost,
): Promise<{ ballots?: SnapshotBallots }> {
  const { owner, repo, config } = options;
  if (config.votes.source !== "ballots") return {};
  const text = await readText(github, owner, repo, `${ballotsBranch}:${ballotsPath}`);
  cost.graphqlRequests += 1;
  return { ballots: openBallots(text, roundIdOf(config.votes), options.ballotMac) };
}
