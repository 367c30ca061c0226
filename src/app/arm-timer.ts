import { createHash } from "node:crypto";
import type { Coordination } from "../coordination/index.js";
import type { FollowUp } from "../jobs/follow-up.js";

/** Where a timer acts: the repository, as its installation. */
export interface TimerPlace {
  installation: number;
  owner: string;
  repo: string;
  coordination: Coordination;
}

/** A follow-up that waits for its instant. */
export type Timed = FollowUp & { at: string };

/**
 * Sets the timer of a follow-up that waits (`at`): its `kind` is its trigger, the row of the
 * trigger table that runs it when it is due. One timer per trigger, repository and key: every
 * instance that asks for it, and every restart, names it alike, so it is set once.
 */
export async function armTimer(place: TimerPlace, next: Timed): Promise<void> {
  const { installation, owner, repo, coordination } = place;
  const id = `${next.trigger}-${createHash("sha256")
    .update(`${installation} ${owner}/${repo}${next.key ?? ` ${next.at}`}`)
    .digest("hex")
    .slice(0, 32)}`;
  await coordination.timers.schedule({
    id,
    at: next.at,
    data: { kind: next.trigger, installation, owner, repo, ...next.data },
  });
}
