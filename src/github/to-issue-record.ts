import type { Config } from "../config/index.js";
import type { IssueRecord, Reaction } from "../core/index.js";
import type { LoadCost } from "./load-cost.js";
import { nodesOf } from "./nodes-of.js";
import type { BoardIssuesQuery, UpvotesFragment } from "./operations/generated/graphql.js";

/** The node type of a connection, as a query asks for it. */
type NodeOf<T> = T extends { nodes?: ReadonlyArray<infer N> | null } ? NonNullable<N> : never;
/** One issue of a BoardIssues page. */
export type IssueNode = NodeOf<NonNullable<BoardIssuesQuery["repository"]>["issues"]>;
type ProjectItemNode = NodeOf<NonNullable<IssueNode["projectItems"]>>;
type FieldValueNode = ProjectItemNode["status"];

/** The record of one issue of the board, with its project item when it is on the configured project. */
export function toIssueRecord(node: IssueNode, config: Config, cost: LoadCost): IssueRecord {
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
    id: node.id,
    number: node.number,
    title: node.title,
    url: node.url,
    state: node.state === "OPEN" ? "open" : "closed",
    // A deleted account shows as null: GitHub calls it ghost.
    author: { login: node.author?.login ?? "ghost", bot: node.author?.__typename === "Bot" },
    createdAt: node.createdAt,
    closedAt: node.closedAt,
    body: node.body,
    labels: nodesOf(node.labels).map((l) => l.name),
    assignees: nodesOf(node.assignees).map((a) => a.login),
    milestone: node.milestone?.title ?? null,
    parent: node.parent?.number ?? null,
    // The board's sub-issues are found by their `parent` (okrsOf); the connection is not read.
    subIssues: [],
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
