import type { Root } from "mdast";
import type { Config } from "../../config/index.js";
import type { Board } from "../../core/board/board.js";
import type { IssueTree } from "../../core/issue-tree.js";
import type { Meeting } from "../../core/meetings/meeting.js";
import type { QuarterOkrs } from "../../core/okrs/okrs.js";
import type { Snapshot } from "../../core/snapshot.js";

/** What every page reads, worked out once per render. */
export interface PageInput {
  snapshot: Snapshot;
  config: Config;
  /** The snapshot's moment: pages are "as of" it. */
  now: string;
  site: string;
  board: Board;
  /** The quarters with objectives, each with its OKRs. */
  quarters: QuarterOkrs[];
  meetings: Meeting[];
  /** Every issue's title and address, by number. */
  issues: Map<number, { title: string; url: string }>;
  /** The snapshot's sub-issue tree (its `byNumber` is `issues`). */
  tree: IssueTree;
  /** The text a path holds now, or undefined for a new page. */
  existing: (path: string) => string | undefined;
}

/** One page to write: its managed region's content, and what a new page starts with. */
export interface PageOut {
  path: string;
  title: string;
  /** The first paragraph of a new page; once written, it is the page owner's to edit. */
  intro: string;
  content: Root;
  /** Files written beside the page, whole (a meeting's calendar). */
  files?: Array<{ path: string; content: string }>;
}

/**
 * A kind of page: the region it keeps, and its pages a snapshot wants (none when the repository
 * does not use what it shows; one per quarter or meeting where there are several). Adding a page
 * is one file exporting one of these, and one line in `pageKinds`.
 */
export interface PageKind {
  region: string;
  pages(input: PageInput): PageOut[];
  /** Files written whole with no page of their own (the series' calendar feed). */
  files?(input: PageInput): Array<{ path: string; content: string }>;
}
