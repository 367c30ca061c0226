import { loadRoom, refreshVote } from "../../jobs/room.js";
import type { RouteDeps } from "./route.js";

export type MeetingKey = { owner: string; repo: string; issue: number };

/**
 * The room as it is now, its roman vote re-read (GitHub sends no webhook for it): what a press is
 * checked against. A room people are watching is current already and costs no read of its state.
 */
export async function roomNow(deps: RouteDeps, key: MeetingKey) {
  if (!(await deps.rooms.isMeeting(key))) return null;
  const github = await deps.installation(key.owner, key.repo);
  const room = deps.rooms.current(key) ?? (await loadRoom(github, key, deps.now()));
  return room && (await refreshVote(github, key, room));
}
