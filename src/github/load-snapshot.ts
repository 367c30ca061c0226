import type { Config } from "../config/index.js";
import type { IssueRecord, Mac, Snapshot } from "../core/index.js";
import { RoundtableError } from "../errors/index.js";
import type { GitHub } from "./client.js";
import { chargeRequest, type LoadCost, noLoadCost } from "./load-cost.js";
import { nodesOf } from "./nodes-of.js";
import { boardIssuesQuery, issueReactionsQuery } from "./operations/index.js";
import { paginate } from "./paginate.js";
import { readBallots } from "./read-ballots.js";
import { readComments } from "./read-comments.js";
import { restPages } from "./rest.js";
import { TeamMembersError } from "./team-members-error.js";
import { toIssueRecord, toReactions } from "./to-issue-record.js";

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
  /** Checks the MAC of each ballot entry (`votes.source: ballots`); from BALLOT_SECRET. */
  ballotMac?: Mac;
}

/** The repository could not be read. */
export class LoadError extends RoundtableError {
  override name = "LoadError";
}

/**
 * Reads the board from GitHub: every issue carrying one of Roundtable's labels, 100 a page with
 * their first 100 👍 (⌈N/100⌉ requests), then follow-up pages of 👍 for the few issues with
 * more. Collaborators or team members are read only when `votes.eligible` needs them.
 *
 * 1. The board's issues, 100 a page, each with its first 100 👍.
 * 2. Follow-up pages of 👍, for the issues with more.
 * 3. The comments of retro and meeting issues.
 * 4. The people who may vote, when `votes.eligible` names them.
 */
export async function loadSnapshot(
  github: GitHub,
  options: LoadOptions,
): Promise<{ snapshot: Snapshot; cost: LoadCost }> {
  const { owner, repo } = options;
  const cost = noLoadCost();
  const { issues, followUps } = await readIssues(github, options, cost);
  await readMoreUpvotes(github, followUps, cost);
  await readCommentsOf(github, issues, options.config, cost);
  const voters = await readVoters(github, options, cost);
  const snapshot: Snapshot = {
    repository: `${owner}/${repo}`,
    takenAt: options.now,
    issues,
    ...voters,
    ...(await readBallots(github, options, cost)),
  };
  return { snapshot, cost };
}

/** An issue with more than 100 👍, and where its next page starts. */
interface FollowUp {
  record: IssueRecord;
  id: string;
  after: string;
}

async function readIssues(
  github: GitHub,
  options: LoadOptions,
  cost: LoadCost,
): Promise<{ issues: IssueRecord[]; followUps: FollowUp[] }> {
  const { owner, repo, config } = options;
  const issues: IssueRecord[] = [];
  const followUps: FollowUp[] = [];
  const pages = paginate(github, boardIssuesQuery, boardVariables(owner, repo, config), (data) =>
    data.repository ? data.repository.issues : null,
  );
  for await (const { data, connection: page } of pages) {
    chargeRequest(cost, data.rateLimit);
    if (!page) {
      throw new LoadError(`${owner}/${repo}: no such repository, or the token cannot read it`);
    }
    for (const node of nodesOf(page)) {
      const record = toIssueRecord(node, config, cost);
      issues.push(record);
      const { hasNextPage, endCursor } = node.reactions.pageInfo;
      if (hasNextPage && endCursor) followUps.push({ record, id: node.id, after: endCursor });
    }
    options.onProgress?.({
      pages: cost.graphqlRequests,
      issues: issues.length,
      total: page.totalCount,
      points: cost.points,
    });
  }
  return { issues, followUps };
}

/** An issue with more than 100 👍 needs its own follow-up pages: only those issues pay for them. */
async function readMoreUpvotes(
  github: GitHub,
  followUps: FollowUp[],
  cost: LoadCost,
): Promise<void> {
  cost.followUpIssues = followUps.length;
  for (const { record, id, after } of followUps) {
    const pages = paginate(github, issueReactionsQuery, { id, after }, (data) =>
      data.node && "reactions" in data.node ? data.node.reactions : null,
    );
    for await (const { data, connection } of pages) {
      chargeRequest(cost, data.rateLimit);
      if (connection) record.reactions.push(...toReactions(connection, cost));
    }
  }
}

/**
 * Retro and meeting issues need their comments (answers, action items, /join and /leave): only
 * those are read.
 */
async function readCommentsOf(
  github: GitHub,
  issues: IssueRecord[],
  config: Config,
  cost: LoadCost,
): Promise<void> {
  const withComments = [config.labels.retro, config.labels.meeting].map((l) => l.toLowerCase());
  for (const record of issues) {
    if (!record.id || !record.labels.some((l) => withComments.includes(l.toLowerCase()))) continue;
    const read = await readComments(github, record.id);
    record.comments = read.comments;
    cost.graphqlRequests += read.requests;
    cost.points += read.points;
  }
}

/** The collaborators, or the team's members, when `votes.eligible` says only they vote. */
async function readVoters(
  github: GitHub,
  { owner, repo, config }: LoadOptions,
  cost: LoadCost,
): Promise<Pick<Snapshot, "collaborators" | "teams">> {
  const eligible = config.votes.eligible;
  if (eligible === "collaborators") {
    return {
      collaborators: await listLogins(
        github,
        "GET /repos/{owner}/{repo}/collaborators",
        { owner, repo },
        cost,
      ),
    };
  }
  if (typeof eligible === "object" && !Array.isArray(eligible)) {
    return {
      teams: {
        [eligible.team]: await listLogins(
          github,
          "GET /orgs/{org}/teams/{team_slug}/members",
          { org: owner, team_slug: eligible.team },
          cost,
        ).catch((error: unknown) => {
          const status = (error as { status?: unknown })?.status;
          if (status === 403 || status === 404)
            throw new TeamMembersError(eligible.team, status, error);
          throw error;
        }),
      },
    };
  }
  return {};
}

/** The board's issues are those with one of Roundtable's labels; project fields by their names. */
function boardVariables(owner: string, repo: string, config: Config) {
  const { labels, project } = config;
  return {
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
}

async function listLogins(
  github: GitHub,
  route: string,
  params: Record<string, string>,
  cost: LoadCost,
): Promise<string[]> {
  const logins: string[] = [];
  for await (const { data: users } of restPages<{ login: string }>(github, route, params)) {
    cost.restRequests += 1;
    logins.push(...users.map((u) => u.login));
  }
  return logins;
}
