import type { BallotBatch } from "./ballots/merge-ballots.js";
import type { ChannelRef, Notice } from "./kernel/notice.js";
import type { QuarterIteration } from "./quarters.js";

/**
 * A plan is the list of effects that turns GitHub's current state into the desired one. Plans are
 * computed by pure functions and applied by the write gate (src/github/apply-plan.ts; pages go
 * through src/github/commit-files.ts), which honours dry-run. A converged repository yields an
 * empty plan. Each kind is written and described by its handler in src/github/effects/: a new
 * kind is a member here, a file there and a line in its list.
 */
export type Effect =
  | { kind: "add-to-project"; issue: number; contentId: string }
  | { kind: "set-field"; issue: number; field: string; value: FieldValue }
  | { kind: "move"; issue: number; after: number | null }
  | { kind: "add-label"; issue: number; label: string }
  | { kind: "remove-label"; issue: number; label: string }
  | { kind: "add-assignee"; issue: number; login: string }
  | { kind: "remove-assignee"; issue: number; login: string }
  | { kind: "react"; commentId: number; content: Reaction }
  /** Roundtable's own reaction taken back (a 😕 on a command that a retry then completed). */
  | { kind: "unreact"; commentId: number; content: Reaction }
  | { kind: "upsert-comment"; issue: number; marker: string; body: string }
  /**
   * A person's own comment (a room button's command), applied with the person's client, never
   * the app's: `login` is whose it is, `at` when they pressed (what a lost answer is looked up by).
   */
  | { kind: "comment-as-person"; issue: number; login: string; body: string; at: string }
  /** One of Roundtable's own comments deleted: a second state comment a fault left, merged. */
  | { kind: "delete-comment"; issue: number; commentId: number; why: string }
  | { kind: "close-issue"; issue: number }
  | {
      kind: "open-issue";
      marker: string;
      title: string;
      body: string;
      labels: string[];
      assignees: string[];
      /**
       * The issue type to open it with (an organisation's types). GitHub drops it without a word
       * for a token without push access: whoever needs it reads the issue back to check it took.
       */
      type?: string;
    }
  /**
   * An issue made a sub-issue of `parent` (`POST …/sub_issues`), never moved from another parent:
   * the plan checks that `child` has none (or this one) before it asks.
   */
  | { kind: "add-sub-issue"; parent: number; child: number }
  /** An iteration field (the board's Quarter) added to the project, with its iterations. */
  | { kind: "create-iteration-field"; field: string; iterations: QuarterIteration[] }
  /**
   * The Quarter field's iterations set to `iterations` (null: left as they are) and each item's
   * quarter written back by title: GitHub's update clears them all. `values` are kept on a branch
   * of Roundtable's own first, so a run that stops half-way loses none.
   */
  | {
      kind: "set-quarters";
      field: string;
      iterations: QuarterIteration[] | null;
      values: Array<{ item: string; title: string }>;
    }
  /** An organisation's issue type made (`POST /orgs/{org}/issue-types`): one of the kinds'. */
  | { kind: "create-issue-type"; name: string; description: string; color: IssueTypeColor }
  | { kind: "create-label"; name: string; color: string; description: string }
  /** A single-select field added to the project. */
  | { kind: "create-field"; field: string; options: FieldOption[] }
  /** A single-select field's options set: the existing ones, unchanged, then `added`. */
  | { kind: "set-field-options"; field: string; options: FieldOption[]; added: string[] }
  /**
   * A notice to the group's channel. Sent after the plan's GitHub changes, and a failure never
   * stops the plan: chat is told what GitHub already holds. `key` is the same for the same event.
   */
  | { kind: "notify"; channel: ChannelRef; key: string; notice: Notice }
  /**
   * A batch of ballots written into the ballot file on the ballots branch, in one commit, each in
   * place of its pseudonym's entry of the same round: sealed and signed with the app's keys (the
   * apply context's `ballotSigner`), or opened when the round is final. Batched by the caller (at
   * least `votes.batchSize` voters), so that a commit does not tell who voted.
   */
  | { kind: "write-ballots"; batch: BallotBatch }
  /**
   * The pages committed in one commit: to the default branch (`direct`), or to the pages branch
   * with its one pull request. `render` gives the files from the texts the branch holds; it is
   * called again when the branch moved, so it is pure. No page changed: no commit.
   */
  | { kind: "commit-pages"; message: string; mode: "direct" | "pull-request"; render: RenderFiles }
  /**
   * Invite a person to the repository as a collaborator (`read` → pull, `write` → push). The
   * handler checks first that they are none: GitHub's same call changes an existing one's role.
   */
  | { kind: "invite-collaborator"; login: string; permission: "read" | "triage" | "write" }
  /** Withdraw a repository invitation (the person left; or it expired and is sent again). */
  | { kind: "cancel-invitation"; id: number; login: string }
  /** Remove an outside collaborator the app added itself (meetings.invite.removeAfterDays). */
  | { kind: "remove-collaborator"; login: string }
  /**
   * A project status update (at most one a week: `marker` names the week, and an update that
   * carries it is never posted again).
   */
  | {
      kind: "post-status-update";
      marker: string;
      status: "COMPLETE" | "ON_TRACK" | "AT_RISK" | "OFF_TRACK";
      body: string;
      startDate: string;
      targetDate: string;
    };

/** A single-select option as GitHub takes it: colour is one of GitHub's eight names. */
export interface FieldOption {
  name: string;
  color: "GRAY" | "BLUE" | "GREEN" | "YELLOW" | "ORANGE" | "RED" | "PINK" | "PURPLE";
  description: string;
}

/** The colours GitHub gives an issue type. */
export type IssueTypeColor =
  | "gray"
  | "blue"
  | "green"
  | "yellow"
  | "orange"
  | "red"
  | "pink"
  | "purple";

/**
 * The reactions the bot puts on a command (working on it, done, refused), and a person's roman
 * vote cast from the room (👍 go on, 👎 move on) with their own client.
 */
export type Reaction = "eyes" | "+1" | "-1" | "confused";

/** A project field's value, by the name people see (option name, iteration title) or a number/text. */
export type FieldValue =
  | { option: string }
  | { iteration: string }
  | { number: number }
  | { text: string };

export type Plan = Effect[];

/** The files of a commit, rendered from what the branch holds now (`undefined`: a new file). */
export type RenderFiles = (
  existing: (path: string) => string | undefined,
) => Array<{ path: string; content: string }>;

/** The hidden marker that finds Roundtable's own comment or issue again: never a second copy. */
export const marker = (name: string) => `<!-- roundtable:${name} -->`;
