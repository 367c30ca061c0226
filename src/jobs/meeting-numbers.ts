import { type GitHub, readMeetingNumbers } from "../github/index.js";
import { loadRepoConfig } from "./repo-config.js";
import type { RoomTarget } from "./room.js";

/** The repository's meetings, by the meeting label its config names (the live rooms ask). */
export async function loadMeetingNumbers(github: GitHub, target: RoomTarget): Promise<number[]> {
  const config = await loadRepoConfig(github, target);
  return readMeetingNumbers(github, { ...target, label: config.labels.meeting });
}
