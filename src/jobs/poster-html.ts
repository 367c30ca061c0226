import type { Config } from "../config/index.js";
import { posterOf, type Snapshot } from "../core/index.js";
import { posterPage } from "../render/web/index.js";
import { type SnapshotSource, snapshotOf } from "./read-snapshot.js";
import { staticFile } from "./static-files.js";
import type { OfflineRun, UseCase } from "./use-case.js";

export interface PosterInput {
  snapshot: SnapshotSource;
  config: Config;
  /** The meeting issue whose schedule it shows. */
  issue: number;
  paper?: "a1" | "a4";
  orientation?: "landscape" | "portrait";
}

/**
 * `roundtable poster`: the print view of an unconference's schedule from a snapshot, offline (run
 * by `runUseCase` with the command line's run: no repository), the same page the app serves, as of
 * the snapshot.
 * 1. Load the snapshot file, and the pages' stylesheet (from the package) to put inside the page.
 * 2. Plan (no effect): the meeting's poster (core) as one HTML page; null when the meeting has no
 *    schedule.
 */
export const posterHtml: UseCase<
  PosterInput,
  { snapshot: Snapshot; css: string },
  { html: string | null },
  OfflineRun
> = {
  load: async (_run, { snapshot }) => ({
    snapshot: snapshotOf(snapshot),
    css: staticFile("room.css"),
  }),
  plan: ({ snapshot, css }, { config, issue, paper = "a1", orientation = "landscape" }) => {
    const poster = posterOf(snapshot, config, issue, snapshot.takenAt);
    const html = poster ? posterPage(poster, null, { css, paper, orientation }).text : null;
    return { effects: [], result: { html } };
  },
};
