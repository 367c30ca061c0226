import type { Config } from "../config/index.js";
import type { Snapshot } from "../core/snapshot.js";
import { type PageFile, renderPages } from "../render/pages/render-pages.js";
import { type SnapshotSource, snapshotOf } from "./read-snapshot.js";
import type { OfflineRun, UseCase } from "./use-case.js";

/** The folder the pages go to, as the command line reads it (paths relative to it). */
export interface PagesFolder {
  /** A file's text, or undefined when there is none (or it cannot be read). */
  read(path: string): string | undefined;
  /** The names of the files right inside a folder of it; none when there is no such folder. */
  list(folder: string): string[];
}

export interface RenderInput {
  snapshot: SnapshotSource;
  config: Config;
  out: PagesFolder;
}

interface RenderLoaded {
  snapshot: Snapshot;
  /** The text of every page already there, by path; undefined for a file read and not found. */
  existing: Map<string, string | undefined>;
  /** The folders whose every page was read: a page there that is not in `existing` is new. */
  folders: Set<string>;
}

/**
 * `roundtable render`: the pages of a snapshot for a folder (a checkout), offline (run by
 * `runUseCase` with the command line's run: no repository, nothing written by the runner).
 * 1. Load the snapshot, and the text of every page the folder holds where the config puts pages:
 *    the single pages (topics, roadmap, metrics, takeaways) and the files right inside the OKRs',
 *    retros' and meetings' folders (a quarter's, a retro's or a meeting's page, a calendar).
 * 2. Plan (no effect): every page rendered and spliced into the text it has (render/pages); the
 *    command writes those that changed.
 */
export const renderSnapshot: UseCase<RenderInput, RenderLoaded, { pages: PageFile[] }, OfflineRun> =
  {
    load: async (_run, { snapshot, config, out }) => {
      const board = snapshotOf(snapshot);
      const { topics, roadmap, metrics, takeaways, okrs, retros, meetings } = config.pages;
      const folders = new Set([okrs, retros, meetings]);
      const paths = [
        ...[topics, roadmap, metrics, takeaways],
        ...[...folders].flatMap((folder) =>
          out
            .list(folder)
            .filter((name) => /\.(md|ics)$/.test(name))
            .map((name) => `${folder}/${name}`),
        ),
      ];
      const existing = new Map(paths.map((path) => [path, out.read(path)]));
      return { snapshot: board, existing, folders };
    },
    plan: ({ snapshot, existing, folders }, { config }) => ({
      effects: [],
      result: { pages: renderPages(snapshot, config, (path) => textOf(path, existing, folders)) },
    }),
  };

/** A page's text as load read it; a path load could not have read is a mistake of this file. */
function textOf(
  path: string,
  existing: RenderLoaded["existing"],
  folders: RenderLoaded["folders"],
): string | undefined {
  if (existing.has(path)) return existing.get(path);
  const folder = path.slice(0, path.lastIndexOf("/"));
  if (folders.has(folder)) return undefined;
  throw new Error(`render asked for ${path}, which its load did not read: read its folder too`);
}
