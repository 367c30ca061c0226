import { type PressInput, refusePress } from "../../jobs/room.js";
import { runContext } from "../../jobs/run-context.js";
import { runUseCase } from "../../jobs/use-case.js";
import type { Allowed } from "./access.js";
import type { RouteDeps } from "./route.js";

/**
 * A button's press, run by the one runner with the person's own client: checked against the room
 * as it is now, then what it posts or reacts is theirs, as if they had typed it, through the write
 * gate, and the meeting's comments stay its one log. `refused`: why nothing was written.
 */
export async function asPerson(
  deps: RouteDeps,
  allowed: Allowed,
  target: { owner: string; repo: string },
  press: Omit<PressInput, "login">,
): Promise<{ refused?: string }> {
  const login = allowed.user.login;
  const run = runContext({
    github: allowed.github,
    owner: target.owner,
    repo: target.repo,
    clock: deps.now,
    log: (line) => deps.log(`web: ${login}: ${line}`),
  });
  const { refused } = await runUseCase(refusePress, run, { ...press, login });
  return refused === undefined ? {} : { refused };
}
