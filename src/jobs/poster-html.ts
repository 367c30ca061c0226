import type { Config } from "../config/index.js";
import { posterOf, type Snapshot } from "../core/index.js";
import { posterPage } from "../render/web/index.js";
import { staticFile } from "./static-files.js";

/**
 * The print view of an unconference's schedule from a snapshot, offline (`roundtable poster`):
 * the same page the app serves, as of the snapshot. Null when the meeting has no schedule.
 */
export function posterHtml(
  snapshot: Snapshot,
  config: Config,
  issue: number,
  paper: "a1" | "a4" = "a1",
  orientation: "landscape" | "portrait" = "landscape",
): string | null {
  const poster = posterOf(snapshot, config, issue, snapshot.takenAt);
  return poster
    ? posterPage(poster, null, { css: staticFile("room.css"), paper, orientation }).text
    : null;
}
