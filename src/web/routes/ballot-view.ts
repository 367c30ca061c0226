import type { BallotKeys } from "../../jobs/ballot-keys.js";
import { loadBallotView } from "../../jobs/ballot-page.js";
import type { Answer } from "../respond.js";
import type { RouteDeps } from "./route.js";

export const noBallots: Answer = {
  status: 503,
  text: "Private ballots are not set up on this app: its operator sets BALLOT_SECRET.",
};

/** The person's ballot on the board as it stands now: eligibility, the round, the rules. */
export async function ballotView(
  deps: RouteDeps,
  keys: BallotKeys,
  target: { owner: string; repo: string },
  login: string,
) {
  const { owner, repo } = target;
  return loadBallotView(
    await deps.installation(owner, repo),
    { owner, repo, installation: await deps.installationId(owner, repo) },
    { login, keys, pending: (p) => deps.ballots.get(owner, repo, p) },
    deps.now(),
  );
}
