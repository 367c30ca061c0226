import { refreshVote } from "../../jobs/room.js";
import { readRoom } from "../read-room.js";
import type { RouteDeps } from "./route.js";

export type MeetingKey = { owner: string; repo: string; issue: number };

/**
 * The room as it is now, its roman vote re-read (GitHub sends no webhook for it): what a press is
 * checked against. A room people are watching is current already and costs no read of its state.
 */
export async function roomNow(deps: RouteDeps, key: MeetingKey) {
  if (!(await deps.rooms.isMeeting(key))) return null;
  const github = await deps.installation(key.owner, key.repo);
  const room = deps.rooms.current(key) ?? (await readRoom(github, key, deps.now(), deps.log));
  return room && (await refreshVote(github, key, room));
}
