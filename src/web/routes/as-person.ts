import type { Effect } from "../../core/plan.js";
import { applyPlan } from "../../github/apply-plan.js";
import type { Allowed } from "./access.js";
import type { RouteDeps } from "./route.js";

/**
 * A button's write, through the one write gate, with the person's own client: what it posts or
 * reacts is theirs, as if they had typed it, and the meeting's comments stay its one log.
 */
export async function asPerson(
  deps: RouteDeps,
  allowed: Allowed,
  target: { owner: string; repo: string },
  effect: Effect,
): Promise<void> {
  await applyPlan(allowed.github, [effect], {
    owner: target.owner,
    repo: target.repo,
    project: null,
    dryRun: false,
    log: (line) => deps.log(`web: ${allowed.user.login}: ${line}`),
  });
}
