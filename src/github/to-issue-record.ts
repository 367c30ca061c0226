import type { Config } from "../config/index.js";
import type { IssueRecord, Reaction } from "../core/index.js";
import type { LoadCost } from "./load-cost.js";
import { nodesOf } from "./nodes-of.js";
import type { BoardNodesQuery, UpvotesFragment } from "./operations/generated/graphql.js";

/**
 * One entry of GitHub's REST listing of issues (`GET /repos/{owner}/{repo}/issues`), as much of
 * it as the board reads; the route and these fields are checked against GitHub's OpenAPI
 * description in a test.
 */
export interface ListedIssue {
  node_id: string;
  number: number;
  title: string;
  html_url: string;
  state: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  body?: string | null;
  user: { login: string; type?: string } | null;
  labels: Array<string | { name?: string }>;
  assignees?: Array<{ login: string } | null> | null;
  milestone: { title: string } | null;
  comments: number;
  reactions?: { "+1": number };
  pull_request?: unknown;
  /** The issue's type (organisations' issue types); absent where GitHub has none to give. */
  type?: { name: string } | null;
  sub_issues_summary?: { total: number; completed: number; percent_completed: number };
  /** How many issues block it and it blocks (GitHub's issue dependencies). */
  issue_dependencies_summary?: { blocked_by: number; blocking: number };
}

/** The node type of a list, as a query asks for it. */
type NodeOf<T> = T extends { nodes?: ReadonlyArray<infer N> | null } ? NonNullable<N> : never;
type ListNode<T> = T extends ReadonlyArray<infer N> ? NonNullable<N> : never;
/** One issue of a BoardNodes answer. */
export type IssueNode = Extract<ListNode<BoardNodesQuery["nodes"]>, { reactions: unknown }>;
type ProjectItemNode = NodeOf<NonNullable<IssueNode["projectItems"]>>;
type FieldValueNode = ProjectItemNode["status"];

/**
 * An issue's record from its listing entry: all but who gave the 👍, the parent and the project
 * fields, which `withDetails` adds. A bot's login is given without `[bot]`, as GraphQL names it.
 */
export function fromListing(issue: ListedIssue): IssueRecord {
  const bot = issue.user?.type === "Bot";
  return {
    id: issue.node_id,
    number: issue.number,
    title: issue.title,
    url: issue.html_url,
    state: issue.state === "open" ? "open" : "closed",
    // A deleted account shows as null, or as GitHub's ghost.
    author: {
      login: (issue.user?.login ?? "ghost").replace(bot ? /\[bot\]$/ : /$^/, ""),
      bot,
    },
    createdAt: issue.created_at,
    closedAt: issue.closed_at,
    body: issue.body ?? "",
    labels: issue.labels.map((l) => (typeof l === "string" ? l : (l.name ?? ""))),
    assignees: (issue.assignees ?? []).flatMap((a) => (a ? [a.login] : [])),
    milestone: issue.milestone?.title ?? null,
    parent: null,
    // The board's sub-issues are found by their `parent` (okrsOf); the connection is not read.
    subIssues: [],
    ...(issue.type?.name ? { type: issue.type.name } : {}),
    ...(issue.sub_issues_summary
      ? {
          subIssuesSummary: {
            total: issue.sub_issues_summary.total,
            completed: issue.sub_issues_summary.completed,
            percentCompleted: issue.sub_issues_summary.percent_completed,
          },
        }
      : {}),
    reactions: [],
    board: null,
  };
}

/** The record with what only GraphQL tells: who gave the 👍, the parent, the project item. */
export function withDetails(
  record: IssueRecord,
  node: IssueNode,
  config: Config,
  cost: LoadCost,
): IssueRecord {
  const item = config.project
    ? nodesOf(node.projectItems).find(
        (i) =>
          i.project.number === config.project?.number &&
          "login" in i.project.owner &&
          i.project.owner.login.toLowerCase() === config.project.owner.toLowerCase(),
      )
    : undefined;
  const fields: Record<string, string> = {};
  if (item && config.project) {
    const names = config.project.fields;
    for (const [key, value] of [
      [names.status, item.status],
      [names.lane, item.lane],
      [names.quarter, item.quarter],
    ] as const) {
      const shown = shownValue(value);
      if (shown !== undefined) fields[key] = shown;
    }
  }
  return {
    ...record,
    parent: node.parent?.number ?? null,
    reactions: toReactions(node.reactions, cost),
    board: item ? { itemId: item.id, fields } : null,
  };
}

/** `Reaction.user` is a User, and null when no user is behind the 👍 (an app or a bot). */
export function toReactions(connection: UpvotesFragment, cost: LoadCost): Reaction[] {
  const reactions: Reaction[] = [];
  for (const node of nodesOf(connection)) {
    if (node.user === null) {
      cost.skippedReactions += 1;
      continue;
    }
    reactions.push({ login: node.user.login, bot: false, createdAt: node.createdAt });
  }
  return reactions;
}

/** A single-select value shows its option's name, an iteration its title. */
function shownValue(value: FieldValueNode): string | undefined {
  if (!value) return undefined;
  if ("name" in value) return value.name ?? undefined;
  if ("title" in value) return value.title;
  return undefined;
}
