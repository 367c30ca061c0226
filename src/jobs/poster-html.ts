import type { Config } from "../config/index.js";
import { posterOf, type Snapshot } from "../core/index.js";
import { posterPage } from "../render/web/index.js";
import { staticFile } from "./static-files.js";

/**
 * The print view of an unconference's schedule from a snapshot, offline (`roundtable poster`):
 * the same page the app serves. Null when the meeting has no schedule.
 */
export function posterHtml(snapshot: Snapshot, config: Config, issue: number): string | null {
  const poster = posterOf(snapshot, config, issue);
  return poster ? posterPage(poster, null, staticFile("room.css")).text : null;
}
