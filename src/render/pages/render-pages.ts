import type { Config } from "../../config/index.js";
import { boardOf } from "../../core/board-of.js";
import { issueTree } from "../../core/issue-tree.js";
import { meetingsOf } from "../../core/meetings/meeting.js";
import { okrsOf } from "../../core/okrs/okrs.js";
import { type Snapshot, siteOf } from "../../core/snapshot.js";
import { renderPage } from "../page.js";
import { type PageInput, type PageKind, pageKinds } from "./index.js";

export interface PageFile {
  path: string;
  content: string;
  /** False when the page already reads exactly so: writing it would change nothing. */
  changed: boolean;
}

/**
 * The pages a snapshot yields, each spliced into its current text: the plan of `roundtable render`
 * and of the pages' commit (`publish`).
 * A page is written only for what the repository uses (each kind of page says when: see
 * `pageKinds`).
 *
 * 1. Work out what every page reads, once: the board, the OKRs, the meetings.
 * 2. Ask each kind of page for its pages, each rendered as mdast.
 * 3. Splice each into the page as it stands (`existing` returns undefined for a new page); files
 *    beside the pages (calendars) are written whole.
 */
export function renderPages(
  snapshot: Snapshot,
  config: Config,
  existing: (path: string) => string | undefined,
  kinds: PageKind[] = pageKinds,
): PageFile[] {
  const now = snapshot.takenAt;
  const meetings = meetingsOf(snapshot, config);
  // One map of every issue by number for all the pages: each is 100k entries on a large board.
  const tree = issueTree(snapshot);
  const input: PageInput = {
    snapshot,
    config,
    now,
    site: siteOf(snapshot),
    board: boardOf(snapshot, config, meetings),
    quarters: okrsOf(snapshot, config, now, tree),
    meetings,
    // The issues themselves (they hold a title and an address): no copy of 100k of them.
    issues: tree.byNumber,
    tree,
    existing,
  };
  const pages = kinds.flatMap((kind) =>
    kind.pages(input).map((page) => ({ ...page, region: kind.region })),
  );
  return [
    ...pages.map((page) => {
      const before = existing(page.path);
      const content = renderPage(page, before);
      return { path: page.path, content, changed: content !== before };
    }),
    ...[
      ...pages.flatMap((page) => page.files ?? []),
      ...kinds.flatMap((k) => k.files?.(input) ?? []),
    ].map((f) => ({ ...f, changed: f.content !== existing(f.path) })),
  ];
}
