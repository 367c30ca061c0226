import { createHash } from "node:crypto";
import type { Config } from "../config/index.js";
import {
  type BallotVerifier,
  type CommentRecord,
  type IssueRecord,
  isKind,
  type Snapshot,
} from "../core/index.js";
import { RoundtableError } from "../errors/index.js";
import type { GitHub } from "./client.js";
import { type ConditionalPage, conditionalPages } from "./conditional-pages.js";
import { type KeptPage, type KeptRead, keptReadKey, usableRead } from "./kept-read.js";
import { chargeRequest, type LoadCost, noLoadCost } from "./load-cost.js";
import { type FollowUp, readMoreUpvotes } from "./more-upvotes.js";
import { boardNodesQuery } from "./operations/index.js";
import { query } from "./query.js";
import { readBallots } from "./read-ballots.js";
import { readBlockedBy } from "./read-blocked-by.js";
import { readComments } from "./read-comments.js";
import { TeamMembersError } from "./team-members-error.js";
import { fromListing, type IssueNode, type ListedIssue, withDetails } from "./to-issue-record.js";

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
  /**
   * Checks the app's signature on the ballot file (`votes.source: ballots`), and opens sealed
   * entries when it is the app's keys: from BALLOT_SECRET (the app) or `votes.ballotKey`.
   */
  ballotVerifier?: BallotVerifier;
}

/** The repository could not be read. */
export class LoadError extends RoundtableError {
  override name = "LoadError";
}

/**
 * Reads the board from GitHub, asking only what changed since the last read when one is kept
 * (`github.reads`):
 *
 * 1. GitHub's REST listing of the repository's issues, 100 a page, oldest first, each page asked
 *    with its last ETag: a page that did not change answers 304, free. The listing holds an
 *    issue's title, body, labels, assignees, state and its 👍 count, so a 👍 changes its page.
 * 2. For the board's issues that are new or changed (every one, when nothing is kept): who gave
 *    the 👍, the parent and the project fields, 100 issues a GraphQL request (BoardNodes), then
 *    the 👍 past the first 100, for many issues a request (MoreUpvotes).
 * 3. The comments of meeting and retro issues: of open ones every time (a 👍 on a comment changes
 *    no listing), of closed ones when they changed.
 * 4. The people who may vote, when `votes.eligible` names them, conditionally too.
 *
 * GraphQL has no conditional requests, which is why the listing is REST's. An issue's record is
 * kept with the fingerprint of its listing entry; one whose entry is unchanged is not asked again.
 */
export async function loadSnapshot(
  github: GitHub,
  options: LoadOptions,
): Promise<{ snapshot: Snapshot; cost: LoadCost }> {
  const { owner, repo, config } = options;
  const repository = `${owner}/${repo}`;
  const cost = noLoadCost();
  const store = github.reads;
  const key = keptReadKey(repository, config);
  const kept = store ? usableRead(await store.get(repository), key, options.now) : undefined;
  cost.kept = kept !== undefined;

  // Reads that do not need each other's answers are asked side by side (the client caps how many
  // requests run at once): who may vote and the ballots beside the board.
  const [board, eligible, cast] = await Promise.allSettled([
    readBoard(github, options, kept, cost),
    readVoters(github, options, kept, cost),
    readBallots(github, options, cost),
  ]);
  // Every read settled: the board's failure is told first (a missing repository is said by the
  // listing, more clearly than by the collaborators' 404), then who may vote, then the ballots.
  const listed = settled(board);
  const voters = settled(eligible);
  const ballots = settled(cast);
  const snapshot: Snapshot = {
    repository,
    takenAt: options.now,
    issues: listed.entries.map((e) => e.record),
    ...(voters.collaborators ? { collaborators: voters.collaborators } : {}),
    ...(voters.teams ? { teams: voters.teams } : {}),
    ...ballots,
  };
  if (store) await store.set(repository, readToKeep(listed, voters, key, options.now));
  return { snapshot, cost };
}

/**
 * The board's issues: the listing, then, once it says which issues changed, their details beside
 * the meetings' comments and the roadmap's blockers.
 */
async function readBoard(
  github: GitHub,
  options: LoadOptions,
  kept: KeptRead | undefined,
  cost: LoadCost,
): Promise<Listed> {
  const listed = await readListing(github, options, kept, cost);
  const [, comments] = await Promise.all([
    readDetails(github, listed, options.config, cost),
    readCommentsOf(github, listed, options.config, cost),
    readBlockersOf(github, options, listed, cost),
  ]);
  for (const [entry, read] of comments) entry.record = { ...entry.record, comments: read };
  return listed;
}

/** What is kept of this read for the next: the pages' ETags, each record with its fingerprint. */
function readToKeep(listed: Listed, voters: Voters, key: string, now: string): KeptRead {
  return {
    version: 1,
    key,
    takenAt: now,
    pages: listed.pages,
    issues: Object.fromEntries(
      listed.entries.map((e) => [
        e.record.number,
        { fingerprint: e.fingerprint, record: e.record },
      ]),
    ),
    ...(voters.kept ? { voters: voters.kept } : {}),
    changed: [],
  };
}

/** A settled read's value, or its failure thrown. */
function settled<T>(read: PromiseSettledResult<T>): T {
  if (read.status === "rejected") throw read.reason;
  return read.value;
}

/** A board issue as listed: its record, and whether it must be asked about (new or changed). */
interface Entry {
  record: IssueRecord;
  fingerprint: string;
  stale: boolean;
  /** How many issues block it, as the listing counts them (for an entry read from it). */
  blockers?: number;
}

interface Listed {
  entries: Entry[];
  pages: KeptPage[];
}

/**
 * The board's issues from the REST listing: every issue carrying one of Roundtable's labels (the
 * listing's `labels` filter asks for all the labels named, so it cannot ask for any of them), pull
 * requests left out. An unchanged page's issues are the kept ones; on a page that changed, an
 * issue whose entry is the same as before keeps its record too.
 */
async function readListing(
  github: GitHub,
  options: LoadOptions,
  kept: KeptRead | undefined,
  cost: LoadCost,
): Promise<Listed> {
  const { owner, repo } = options;
  const listing = conditionalPages<ListedIssue>(
    github,
    "GET /repos/{owner}/{repo}/issues",
    { owner, repo, state: "all", sort: "created", direction: "asc" },
    kept?.pages,
  );
  const read: Reading = {
    kept,
    changed: new Set(kept?.changed ?? []),
    onBoard: onBoard(options.config),
    seen: new Set(),
    entries: [],
    pages: [],
  };
  try {
    for await (const page of listing) {
      if (page.data === null) {
        cost.notModified += 1;
        keepPage(read, page);
      } else {
        cost.restRequests += 1;
        readPage(read, page, page.data);
      }
      options.onProgress?.({
        pages: read.pages.length,
        issues: read.entries.length,
        total: read.entries.length,
        points: cost.points,
      });
    }
  } catch (error) {
    if ((error as { status?: number }).status === 404)
      throw new LoadError(`${owner}/${repo}: no such repository, or the token cannot read it`, {
        cause: error,
      });
    throw error;
  }
  return { entries: read.entries, pages: read.pages };
}

/** The listing as read so far, and what it is read against. */
interface Reading extends Listed {
  kept: KeptRead | undefined;
  /** Issues the last read was told changed (a webhook): asked again even when their entry is the same. */
  changed: Set<number>;
  onBoard: (issue: ListedIssue) => boolean;
  /** Issues already listed: one that moved to a later page while it was read is taken once. */
  seen: Set<number>;
}

/** A page that answered 304: its issues are the kept ones, asked again only if told they changed. */
function keepPage(read: Reading, page: ConditionalPage<ListedIssue>): void {
  const before = read.kept?.pages[page.page - 1];
  for (const number of before?.numbers ?? []) {
    const was = read.kept?.issues[String(number)];
    if (!was || read.seen.has(number)) continue;
    read.seen.add(number);
    read.entries.push({ ...was, stale: read.changed.has(number) });
  }
  read.pages.push({ etag: page.etag, numbers: before?.numbers ?? [], full: page.full });
}

/** A page that changed: its board issues, each keeping its record when its entry is the same. */
function readPage(read: Reading, page: ConditionalPage<ListedIssue>, issues: ListedIssue[]): void {
  const numbers: number[] = [];
  for (const issue of issues) {
    if (issue.pull_request || read.seen.has(issue.number) || !read.onBoard(issue)) continue;
    read.seen.add(issue.number);
    numbers.push(issue.number);
    const fingerprint = fingerprintOf(issue);
    const was = read.kept?.issues[String(issue.number)];
    if (was && was.fingerprint === fingerprint && !read.changed.has(issue.number))
      read.entries.push({ ...was, stale: false });
    else
      read.entries.push({
        record: fromListing(issue),
        fingerprint,
        stale: true,
        blockers: issue.issue_dependencies_summary?.blocked_by ?? 0,
      });
  }
  read.pages.push({ etag: page.etag, numbers, full: page.full });
}

/** Whether a listed issue is the board's: it carries one of the board's labels, or is typed as one of the kinds. */
function onBoard(config: Config): (issue: ListedIssue) => boolean {
  const boardLabels = boardLabelsOf(config);
  const boardTypes = new Set(
    Object.values(config.kinds).flatMap((t) => (t === null ? [] : [t.toLowerCase()])),
  );
  return (issue) =>
    Boolean(issue.type?.name && boardTypes.has(issue.type.name.toLowerCase())) ||
    labelsOf(issue).some((l) => boardLabels.has(l.toLowerCase()));
}

/**
 * Who gave the 👍, the parent and the project fields of the new and changed issues, 100 a
 * request, the requests side by side; then the 👍 past the first 100, batched.
 */
async function readDetails(
  github: GitHub,
  listed: Listed,
  config: Config,
  cost: LoadCost,
): Promise<void> {
  const stale = listed.entries.filter((e) => e.stale);
  cost.readIssues = stale.length;
  const { project } = config;
  const batches: Entry[][] = [];
  for (let start = 0; start < stale.length; start += 100)
    batches.push(stale.slice(start, start + 100));
  const answers = await Promise.all(
    batches.map((batch) =>
      query(github, boardNodesQuery, {
        ids: batch.map((e) => e.record.id as string),
        withProject: project !== null,
        statusField: project?.fields.status ?? "Status",
        laneField: project?.fields.lane ?? "Lane",
        quarterField: project?.fields.quarter ?? "Quarter",
      }),
    ),
  );
  const followUps: FollowUp[] = [];
  batches.forEach((batch, b) => {
    const data = answers[b] as (typeof answers)[number];
    chargeRequest(cost, data.rateLimit);
    batch.forEach((entry, i) => {
      const node = data.nodes?.[i];
      if (!isIssue(node)) {
        // Gone between the listing and now (deleted, transferred): its 👍 unknown, it is kept
        // without them and asked again next time.
        entry.record = { ...entry.record, reactions: [] };
        entry.fingerprint = "";
        return;
      }
      entry.record = withDetails(entry.record, node, config, cost);
      const { hasNextPage, endCursor } = node.reactions.pageInfo;
      if (hasNextPage && endCursor)
        followUps.push({ id: node.id, after: endCursor, reactions: entry.record.reactions });
    });
  });
  await readMoreUpvotes(github, followUps, cost);
}

/**
 * Retro and meeting issues need their comments (answers, action items, /join and /leave, roman
 * votes): of open ones every time, since a 👍 on a comment shows in no listing, of closed ones
 * when they changed.
 */
async function readCommentsOf(
  github: GitHub,
  listed: Listed,
  config: Config,
  cost: LoadCost,
): Promise<Map<Entry, CommentRecord[]>> {
  const withComments = [config.labels.retro, config.labels.meeting].map((l) => l.toLowerCase());
  const asked = listed.entries.filter(({ record, stale }) => {
    // A key result's comments hold its check-ins.
    const wanted =
      record.labels.some((l) => withComments.includes(l.toLowerCase())) ||
      isKind(record, "keyResult", config);
    if (!record.id || !wanted) return false;
    return stale || record.state !== "closed" || !record.comments;
  });
  const reads = await Promise.all(
    asked.map((entry) => readComments(github, entry.record.id ?? "")),
  );
  const comments = new Map<Entry, CommentRecord[]>();
  asked.forEach((entry, i) => {
    const read = reads[i] as Awaited<ReturnType<typeof readComments>>;
    comments.set(entry, read.comments);
    cost.graphqlRequests += read.requests;
    cost.points += read.points;
  });
  return comments;
}

/**
 * Roadmap items' blockers (GitHub's issue dependencies), for the roadmap page: only of items whose
 * listing counts any (`issue_dependencies_summary.blocked_by`), and again only when they changed.
 */
async function readBlockersOf(
  github: GitHub,
  { owner, repo, config }: LoadOptions,
  listed: Listed,
  cost: LoadCost,
): Promise<void> {
  // A kept record keeps the blockers read with it: the fingerprint moves when their count does.
  const asked = listed.entries.filter(
    ({ record, stale, blockers }) =>
      stale && (blockers ?? 0) > 0 && isKind(record, "roadmap", config),
  );
  for (const entry of asked) {
    const read = await readBlockedBy(github, { owner, repo, issue: entry.record.number });
    entry.record = { ...entry.record, blockedBy: read.numbers };
    cost.restRequests += read.requests;
  }
}

interface Voters {
  collaborators?: string[];
  teams?: Record<string, string[]>;
  kept?: KeptRead["voters"];
}

/** The collaborators, or the team's members, when `votes.eligible` says only they vote. */
async function readVoters(
  github: GitHub,
  { owner, repo, config }: LoadOptions,
  kept: KeptRead | undefined,
  cost: LoadCost,
): Promise<Voters> {
  const eligible = config.votes.eligible;
  const list = async (route: string, params: Record<string, string>) => {
    const before = kept?.voters?.route === route ? kept.voters.pages : [];
    const pages: NonNullable<KeptRead["voters"]>["pages"] = [];
    for await (const page of conditionalPages<{ login: string }>(github, route, params, before)) {
      if (page.data === null) cost.notModified += 1;
      else cost.restRequests += 1;
      const logins = page.data?.map((u) => u.login) ?? before[page.page - 1]?.logins ?? [];
      pages.push({ etag: page.etag, logins, full: page.full });
    }
    return { logins: pages.flatMap((p) => p.logins), kept: { route, pages } };
  };
  if (eligible === "collaborators") {
    const read = await list("GET /repos/{owner}/{repo}/collaborators", { owner, repo });
    return { collaborators: read.logins, kept: read.kept };
  }
  if (typeof eligible === "object" && !Array.isArray(eligible)) {
    const read = await list("GET /orgs/{org}/teams/{team_slug}/members", {
      org: owner,
      team_slug: eligible.team,
    }).catch((error: unknown) => {
      const status = (error as { status?: unknown })?.status;
      if (status === 403 || status === 404)
        throw new TeamMembersError(eligible.team, status, error);
      throw error;
    });
    return { teams: { [eligible.team]: read.logins }, kept: read.kept };
  }
  return {};
}

function isIssue(node: unknown): node is IssueNode {
  return typeof node === "object" && node !== null && "reactions" in node;
}

/** The labels that make an issue part of the board, lower-cased. */
function boardLabelsOf(config: Config): Set<string> {
  const { labels } = config;
  return new Set(
    [
      labels.topic,
      labels.roadmap,
      labels.objective,
      labels.keyResult,
      labels.meeting,
      labels.retro,
      labels.actionItem,
    ].map((l) => l.toLowerCase()),
  );
}

function labelsOf(issue: ListedIssue): string[] {
  return issue.labels.map((l) => (typeof l === "string" ? l : (l.name ?? "")));
}

/**
 * What changes when anything the board shows of an issue changes: its update time (title, body,
 * labels, assignees, state, a comment), and its 👍 count, which a reaction changes without
 * touching the update time. A 👍 taken back while another is given keeps the count; the day's
 * full read catches that.
 */
function fingerprintOf(issue: ListedIssue): string {
  const parts = [
    issue.updated_at,
    issue.state,
    issue.reactions?.["+1"] ?? 0,
    issue.comments ?? 0,
    labelsOf(issue).join("\n"),
    (issue.assignees ?? []).map((a) => a?.login).join("\n"),
    issue.milestone?.title ?? "",
    // A type, and a sub-issue closed (which moves the parent's summary, not its update time).
    issue.type?.name ?? "",
    issue.sub_issues_summary?.completed ?? 0,
    issue.sub_issues_summary?.total ?? 0,
    // A blocker added or removed, which moves no update time either.
    issue.issue_dependencies_summary?.blocked_by ?? 0,
  ];
  return createHash("sha1").update(JSON.stringify(parts)).digest("base64").slice(0, 16);
}
