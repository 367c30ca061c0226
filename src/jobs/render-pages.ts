import type { Config } from "../config/index.js";
import { boardOf, type Snapshot, siteOf } from "../core/index.js";
import { renderPage, renderTopicsPage } from "../render/index.js";

export interface PageFile {
  path: string;
  content: string;
  /** False when the page already reads exactly so: writing it would change nothing. */
  changed: boolean;
}

/**
 * The render job's pure half: the pages a snapshot yields, each spliced into its current text.
 *
 * 1. Work out the board (topics, tally, queue) from the snapshot.
 * 2. Render each page's managed region as mdast and serialise it.
 * 3. Splice it into the page as it stands (`existing` returns undefined for a new page).
 */
export function renderPages(
  snapshot: Snapshot,
  config: Config,
  existing: (path: string) => string | undefined,
): PageFile[] {
  const board = boardOf(snapshot, config);
  const path = config.pages.topics;
  const before = existing(path);
  const content = renderPage(
    {
      path,
      region: "topics",
      title: "Topics",
      intro:
        "What this group wants to discuss, the most-voted first. Roundtable keeps the part of this page between its markers up to date; write anything you like above or below them.",
      content: renderTopicsPage({
        queue: board.queue,
        tally: board.tally,
        config,
        now: snapshot.takenAt,
        site: siteOf(snapshot),
        repository: snapshot.repository,
      }),
    },
    before,
  );
  return [{ path, content, changed: content !== before }];
}
