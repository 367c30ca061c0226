import type { SnapshotBallots } from "./kernel/ballot-records.js";

/**
 * A snapshot is plain data read from GitHub (or from a JSON file): everything a job needs to
 * compute the desired state of a board. It holds no behaviour and no GitHub client.
 */
export interface Snapshot {
  /** `owner/name`. */
  repository: string;
  /** When the snapshot was taken (ISO 8601). Pages are rendered "as of" this moment. */
  takenAt: string;
  /** The repository's collaborators, when `votes.eligible` is `collaborators`. */
  collaborators?: string[];
  /** Members of teams by slug, when `votes.eligible` names a team. */
  teams?: Record<string, string[]>;
  issues: IssueRecord[];
  /**
   * With `votes.source: ballots`: the current round's pseudonymous ballots from the ballots
   * branch, their MACs checked when they were read.
   */
  ballots?: SnapshotBallots;
}

/**
 * One issue as GitHub holds it. Its lists (labels, assignees, sub-issues, reactions) may be shared
 * with other issues and frozen, as a version-2 file is read: copy one before changing it.
 */
export interface IssueRecord {
  /** GitHub's node id, needed to add the issue to a project; absent in hand-made snapshots. */
  id?: string;
  number: number;
  title: string;
  url: string;
  state: "open" | "closed";
  author: Person;
  createdAt: string;
  closedAt: string | null;
  body: string;
  labels: string[];
  /** Logins, in the order GitHub lists them; the first is the sponsor. */
  assignees: string[];
  milestone: string | null;
  /** The parent issue's number, for a sub-issue (a key result under its objective). */
  parent: number | null;
  /** The numbers of the issue's sub-issues. */
  subIssues: number[];
  /** The issue's type (an organisation's issue types), by name; absent or null: none. */
  type?: string | null;
  /**
   * GitHub's count of the issue's sub-issues and of those closed (`percentCompleted`, 0 to 100):
   * the progress of a key result that has no numbers of its own.
   */
  subIssuesSummary?: { total: number; completed: number; percentCompleted: number };
  /**
   * The numbers of the issues of this repository it is blocked by (GitHub's issue dependencies),
   * read for roadmap items; absent when not read.
   */
  blockedBy?: number[];
  /** The issue's 👍 reactions. */
  reactions: Reaction[];
  /** The issue's comments: read only where a job needs them (retro issues). */
  comments?: CommentRecord[];
  /** The issue's item on the configured project, with its field values by field name. */
  board: BoardItem | null;
}

export interface CommentRecord {
  id: number;
  url: string;
  author: Person;
  createdAt: string;
  body: string;
  /** 👍 on the comment: a vote to discuss it. */
  votes: number;
  /** Who gave the comment 👍 and 👎 (read for meeting issues: roman votes and check-ins). */
  up?: string[];
  down?: string[];
  /**
   * The reactions the reader itself gave the comment (the app's 👀, 👍, 😕 on a command), as
   * GitHub tells the viewer: a command left at 👀 alone was stopped before it was settled.
   */
  mine?: Array<"eyes" | "+1" | "confused">;
}

export interface Person {
  login: string;
  bot: boolean;
  /**
   * Roundtable itself wrote it: the author is the bot account the app or the token writes as.
   * Only such comments hold records and markers; a marker anyone else writes means nothing.
   */
  self?: boolean;
}

export interface Reaction {
  login: string;
  bot: boolean;
  createdAt: string;
}

export interface BoardItem {
  itemId: string;
  /** Single-select and iteration values by field name, such as `{ Status: "To discuss" }`. */
  fields: Record<string, string>;
}

/** The GitHub host the snapshot's issues live on (https://github.com, or an Enterprise host). */
export function siteOf(snapshot: Snapshot): string {
  const url = snapshot.issues[0]?.url;
  return url ? new URL(url).origin : "https://github.com";
}
