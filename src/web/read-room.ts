import type { RoomState } from "../core/room/room.js";
import type { GitHub } from "../github/client.js";
import { loadRoom } from "../jobs/room.js";
import { runContext } from "../jobs/run-context.js";
import { runUseCase } from "../jobs/use-case.js";

/**
 * The meeting room of `key` as GitHub holds it at `now` (null: no such meeting): the `room` use
 * case, run with the app's client on the repository. Reads only.
 */
export async function readRoom(
  github: GitHub,
  key: { owner: string; repo: string; issue: number },
  now: string,
  log: (line: string) => void,
): Promise<RoomState | null> {
  const { owner, repo, issue } = key;
  const run = runContext({ github, owner, repo, clock: () => now, log });
  return (await runUseCase(loadRoom, run, { issue })).room;
}
