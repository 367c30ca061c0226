import type { Config } from "../config/index.js";
import type { IssueRecord, Reaction, Snapshot } from "../core/index.js";
import { RoundtableError } from "../errors/index.js";
import type { GitHub } from "./client.js";
import { boardIssuesQuery, issueReactionsQuery } from "./operations/index.js";
import { readComments } from "./read-comments.js";
import { rest } from "./rest.js";

export interface LoadCost {
  /** GraphQL requests made (issue pages and follow-up reactor pages). */
  graphqlRequests: number;
  /** REST requests made (collaborators or team members, when votes need them). */
  restRequests: number;
  /** Rate-limit points GitHub charged, from `rateLimit { cost }`. */
  points: number;
  /** Points left in the hour after the last request. */
  remaining: number | null;
  /** Issues with more than 100 👍, which needed follow-up pages. */
  followUpIssues: number;
  /** 👍 with no user behind them (apps and bots, which GraphQL reports as null): never votes. */
  skippedReactions: number;
}

/** The cost of a load that asked GitHub nothing. */
export function noLoadCost(): LoadCost {
  return {
    graphqlRequests: 0,
    restRequests: 0,
    points: 0,
    remaining: null,
    followUpIssues: 0,
    skippedReactions: 0,
  };
}

export interface LoadProgress {
  pages: number;
  issues: number;
  total: number;
  points: number;
}

export interface LoadOptions {
  owner: string;
  repo: string;
  config: Config;
  /** The moment the snapshot is taken (ISO 8601), passed in so the loader reads no clock. */
  now: string;
  onProgress?: (progress: LoadProgress) => void;
}

interface RateLimit {
  cost: number;
  remaining: number;
}

interface ReactionConnection {
  totalCount?: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Array<{ createdAt: string; user: { login: string } | null }>;
}

interface FieldValue {
  name?: string;
  title?: string;
}

interface IssueNode {
  id: string;
  number: number;
  title: string;
  url: string;
  state: "OPEN" | "CLOSED";
  createdAt: string;
  closedAt: string | null;
  body: string;
  author: { __typename: string; login: string } | null;
  labels: { nodes: Array<{ name: string }> };
  assignees: { nodes: Array<{ login: string }> };
  milestone: { title: string } | null;
  parent: { number: number } | null;
  subIssues: { nodes: Array<{ number: number }> };
  reactions: ReactionConnection;
  projectItems?: {
    nodes: Array<{
      id: string;
      project: { number: number; owner: { login?: string } };
      status: FieldValue | null;
      lane: FieldValue | null;
      quarter: FieldValue | null;
    }>;
  };
}

interface BoardIssuesData {
  rateLimit: RateLimit | null;
  repository: {
    issues: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: IssueNode[];
    };
  } | null;
}

interface IssueReactionsData {
  rateLimit: RateLimit | null;
  node: { reactions: ReactionConnection } | null;
}

/** The repository could not be read. */
export class LoadError extends RoundtableError {
  override name = "LoadError";
}

/**
 * Reads the board from GitHub: every issue carrying one of Roundtable's labels, 100 a page with
 * their first 100 👍 (⌈N/100⌉ requests), then follow-up pages of 👍 for the few issues with
 * more. Collaborators or team members are read only when `votes.eligible` needs them.
 */
export async function loadSnapshot(
  github: GitHub,
  options: LoadOptions,
): Promise<{ snapshot: Snapshot; cost: LoadCost }> {
  const { owner, repo, config } = options;
  const cost = noLoadCost();
  const charge = (rate: RateLimit | null) => {
    cost.graphqlRequests += 1;
    if (rate) {
      cost.points += rate.cost;
      cost.remaining = rate.remaining;
    }
  };
  const { labels, project } = config;
  const variables = {
    owner,
    name: repo,
    labels: [
      labels.topic,
      labels.roadmap,
      labels.objective,
      labels.keyResult,
      labels.meeting,
      labels.retro,
      labels.actionItem,
    ],
    withProject: project !== null,
    statusField: project?.fields.status ?? "Status",
    laneField: project?.fields.lane ?? "Lane",
    quarterField: project?.fields.quarter ?? "Quarter",
  };

  const issues: IssueRecord[] = [];
  const followUps: Array<{ record: IssueRecord; id: string; after: string | null }> = [];
  let after: string | null = null;
  do {
    const data: BoardIssuesData = await github.graphql<BoardIssuesData>(boardIssuesQuery, {
      ...variables,
      after,
    });
    charge(data.rateLimit);
    if (!data.repository) {
      throw new LoadError(`${owner}/${repo}: no such repository, or the token cannot read it`);
    }
    const page = data.repository.issues;
    for (const node of page.nodes) {
      const record = toRecord(node, config, cost);
      issues.push(record);
      if (node.reactions.pageInfo.hasNextPage) {
        followUps.push({ record, id: node.id, after: node.reactions.pageInfo.endCursor });
      }
    }
    options.onProgress?.({
      pages: cost.graphqlRequests,
      issues: issues.length,
      total: page.totalCount,
      points: cost.points,
    });
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after !== null);

  // An issue with more than 100 👍 needs its own follow-up pages: only those issues pay for them.
  cost.followUpIssues = followUps.length;
  for (const followUp of followUps) {
    let cursor: string | null = followUp.after;
    while (cursor !== null) {
      const data: IssueReactionsData = await github.graphql<IssueReactionsData>(
        issueReactionsQuery,
        { id: followUp.id, after: cursor },
      );
      charge(data.rateLimit);
      const reactions = data.node?.reactions;
      if (!reactions) break;
      followUp.record.reactions.push(...toReactions(reactions, cost));
      cursor = reactions.pageInfo.hasNextPage ? reactions.pageInfo.endCursor : null;
    }
  }

  // Retro and meeting issues need their comments (answers, action items, /join and /leave): only
  // those are read.
  const withComments = [config.labels.retro, config.labels.meeting].map((l) => l.toLowerCase());
  for (const record of issues) {
    if (!record.id || !record.labels.some((l) => withComments.includes(l.toLowerCase()))) continue;
    const read = await readComments(github, record.id);
    record.comments = read.comments;
    cost.graphqlRequests += read.requests;
    cost.points += read.points;
  }

  const snapshot: Snapshot = { repository: `${owner}/${repo}`, takenAt: options.now, issues };
  const eligible = config.votes.eligible;
  if (eligible === "collaborators") {
    snapshot.collaborators = await listLogins(
      github,
      "GET /repos/{owner}/{repo}/collaborators",
      { owner, repo },
      cost,
    );
  } else if (typeof eligible === "object" && !Array.isArray(eligible)) {
    snapshot.teams = {
      [eligible.team]: await listLogins(
        github,
        "GET /orgs/{org}/teams/{team_slug}/members",
        { org: owner, team_slug: eligible.team },
        cost,
      ),
    };
  }
  return { snapshot, cost };
}

function toRecord(node: IssueNode, config: Config, cost: LoadCost): IssueRecord {
  const item = config.project
    ? node.projectItems?.nodes.find(
        (i) =>
          i.project.number === config.project?.number &&
          i.project.owner.login?.toLowerCase() === config.project.owner.toLowerCase(),
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
      const shown = value?.name ?? value?.title;
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
    labels: node.labels.nodes.map((l) => l.name),
    assignees: node.assignees.nodes.map((a) => a.login),
    milestone: node.milestone?.title ?? null,
    parent: node.parent?.number ?? null,
    subIssues: node.subIssues.nodes.map((s) => s.number),
    reactions: toReactions(node.reactions, cost),
    board: item ? { itemId: item.id, fields } : null,
  };
}

/** `Reaction.user` is a User, and null when no user is behind the 👍 (an app or a bot). */
function toReactions(connection: ReactionConnection, cost: LoadCost): Reaction[] {
  const reactions: Reaction[] = [];
  for (const node of connection.nodes) {
    if (node.user === null) {
      cost.skippedReactions += 1;
      continue;
    }
    reactions.push({ login: node.user.login, bot: false, createdAt: node.createdAt });
  }
  return reactions;
}

async function listLogins(
  github: GitHub,
  route: string,
  params: Record<string, string>,
  cost: LoadCost,
): Promise<string[]> {
  const logins: string[] = [];
  for (let page = 1; ; page++) {
    const { data: users } = await rest<Array<{ login: string }>>(github, route, {
      ...params,
      per_page: 100,
      page,
    });
    cost.restRequests += 1;
    logins.push(...users.map((u) => u.login));
    if (users.length < 100) return logins;
  }
}
