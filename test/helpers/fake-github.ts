import { createHash } from "node:crypto";
import { defaultConfig } from "../../src/config/index.js";
import { roundtableLabels } from "../../src/core/index.js";
import { FakeHierarchy, type FakeIterationConfiguration } from "./fake-hierarchy.js";
import { FakeInvitations } from "./fake-invitations.js";
import { graphqlPoints } from "./graphql-points.js";

/**
 * A small, stateful stand-in for GitHub's API: it answers Roundtable's GraphQL operations by name
 * and the REST routes it uses, and applies mutations to its own state, so a second run sees what
 * the first one did. Tests mount it with nock (mountGitHub); the bench calls it as a transport.
 * It counts every request and the rate-limit points GitHub's published formula would charge.
 */

export interface FakeIssue {
  id: string;
  number: number;
  title: string;
  state: "OPEN" | "CLOSED";
  createdAt: string;
  /** When it last changed (title, body, labels, assignees, state, a comment); createdAt if never. */
  updatedAt?: string;
  closedAt: string | null;
  body: string;
  author: string;
  labels: string[];
  assignees: string[];
  /**
   * Comments as GraphQL reads them: people's (a retro's answers, /join), with their 👍 counts and
   * who gave 👍 and 👎; the bot's own comments are added here too when it posts them.
   */
  comments?: FakeComment[];
  /** 👍 in the order they were given; a null login is an app's reaction. */
  reactions: Array<{ login: string | null; createdAt: string }>;
  /** The issue's type by name (an organisation's issue types); none when absent or null. */
  type?: string | null;
  /** Its sub-issues' numbers, in order (their parent is this issue). */
  subIssues?: number[];
  /** The issues blocking it, by number. */
  blockedBy?: number[];
}

export interface FakeComment {
  id: number;
  author: string;
  body: string;
  votes: number;
  createdAt: string;
  bot?: boolean;
  up?: string[];
  down?: string[];
}

export interface FakeProject {
  id: string;
  number: number;
  owner: string;
  title: string;
  fields: Array<{
    id: string;
    name: string;
    dataType: string;
    options: Array<{ id: string; name: string; color?: string; description?: string }>;
    /** An iteration field's iterations (its items hold an iteration's title). */
    configuration?: FakeIterationConfiguration;
  }>;
  /** Items in position order, with their single-select values by field name. */
  items: Array<{ id: string; issue: number; values: Record<string, string> }>;
}

export type Call =
  | { type: "graphql"; operation: string; variables: Record<string, unknown> }
  | {
      type: "rest";
      method: string;
      path: string;
      body: unknown;
      /** Answered 304 Not Modified: GitHub does not count it against the rate limit. */
      notModified?: boolean;
    };

/** A canned failure: return a response to send instead of the normal answer, or undefined. */
export type Interceptor = (call: Call) => [number, unknown, Record<string, string>?] | undefined;

const page = 100;

export class FakeGitHub {
  constructor(
    readonly owner = "acme",
    readonly repo = "board",
  ) {
    this.invitations = new FakeInvitations(owner, repo);
  }
  issues: FakeIssue[] = [];
  project: FakeProject | null = null;
  collaborators: string[] = [];
  comments = new Map<number, Array<{ id: number; body: string }>>();
  openedIssues: Array<{ title: string; body: string; labels: string[] }> = [];
  labelChanges: Array<{ issue: number; add?: string; remove?: string }> = [];
  /** The repository's labels: an issue form adds only those that exist. */
  repoLabels: Array<{ name: string; color: string; description: string }> = [];
  pulls: Array<{ number: number; head: string; base: string; state: "open" }> = [];
  /** Reactions the bot put on comments, in order. */
  reactions: Array<{ commentId: number; content: string; deleted?: boolean }> = [];
  /**
   * Repository permission by login; the repository's owner is admin, as on a personal repository;
   * anyone else is not a collaborator.
   */
  permissions = new Map<string, string>();
  /** Teams' members by `org/team-slug`, for GET …/teams/{slug}/memberships/{username}. */
  teams = new Map<string, string[]>();
  /** Repository invitations: who was invited, who is an organisation member, GitHub's limits. */
  invitations: FakeInvitations;
  /** Issue types, sub-issues, dependencies, iteration fields and project status updates. */
  hierarchy: FakeHierarchy = new FakeHierarchy(this);
  /** Commits by oid: the files each one holds. */
  commits = new Map<string, Map<string, string>>([["c0", new Map()]]);
  branches = new Map<string, string>([["main", "c0"]]);
  calls: Call[] = [];
  /** Files of other repositories (a config's `_extends` base), by `owner/repo:path`. */
  elsewhere = new Map<string, string>();
  /** The time the fake stamps on comments the bot posts. */
  clock = "2026-11-21T00:00:00Z";
  points = 0;
  /** The points of the call being answered (its `rateLimit.cost`). */
  private lastCost = 0;
  interceptors: Interceptor[] = [];
  /** People's user tokens (the web sign-in), token → login. */
  userTokens = new Map<string, string>();
  /** User tokens revoked through DELETE /applications/{client_id}/token (sign-out). */
  revokedTokens: string[] = [];
  /** Who may read the repository with their own token; anyone else gets 404, as on GitHub. */
  readers = new Set<string>();
  /** Whether the repository is public (GET /repos/{owner}/{repo} says `private: false`). */
  public = false;
  /** Other repositories of the App's installation (`board-2`, …) its readers can read too. */
  alsoInstalledOn = 0;
  /** Called when a person (not the app) comments: a test delivers the webhook from here. */
  onUserComment?: (issue: number, comment: FakeComment) => void;
  /** The person whose token made the current request; null for the app. */
  private caller: string | null = null;
  private sequence = 1;

  /** GraphQL requests so far, optionally of one operation. */
  graphqlCalls(operation?: string): Array<Extract<Call, { type: "graphql" }>> {
    return this.calls.filter(
      (c): c is Extract<Call, { type: "graphql" }> =>
        c.type === "graphql" && (!operation || c.operation === operation),
    );
  }

  mutations(): Array<Extract<Call, { type: "graphql" }>> {
    return this.graphqlCalls().filter((c) =>
      [
        "AddProjectItem",
        "UpdateItemField",
        "MoveProjectItem",
        "CreateCommit",
        "CreateProjectField",
        "UpdateFieldOptions",
        "CreateIterationField",
        "UpdateIterationField",
        "CreateProjectStatusUpdate",
      ].includes(c.operation),
    );
  }

  /** The requests that count against a rate limit: all but those answered 304 Not Modified. */
  counted(): Call[] {
    return this.calls.filter((c) => !(c.type === "rest" && c.notModified));
  }

  /** REST requests answered 304 (free). */
  notModified(): number {
    return this.calls.filter((c) => c.type === "rest" && c.notModified).length;
  }

  files(branch = "main"): Map<string, string> {
    return this.commits.get(this.branches.get(branch) ?? "") ?? new Map();
  }

  /** Someone else commits to a branch: the next expectedHeadOid that names the old head is stale. */
  pushCommit(branch = "main", files: Record<string, string> = {}): string {
    const oid = `c${this.sequence++}`;
    const next = new Map(this.files(branch));
    for (const [path, text] of Object.entries(files)) next.set(path, text);
    this.commits.set(oid, next);
    this.branches.set(branch, oid);
    return oid;
  }

  /**
   * A person opens an issue from a form: as on GitHub, the form's labels that the repository
   * lacks are dropped without a word.
   */
  openFromForm(title: string, body: string, formLabels: string[], author = "someone"): FakeIssue {
    const number = Math.max(0, ...this.issues.map((i) => i.number)) + 1;
    const issue: FakeIssue = {
      id: `I_${number}`,
      number,
      title,
      state: "OPEN",
      createdAt: this.clock,
      closedAt: null,
      body,
      author,
      labels: formLabels.filter((l) =>
        this.repoLabels.some((r) => r.name.toLowerCase() === l.toLowerCase()),
      ),
      assignees: [],
      reactions: [],
    };
    this.issues.push(issue);
    return issue;
  }

  /** Answers one GraphQL request body. */
  graphql(body: {
    query: string;
    variables?: Record<string, unknown>;
  }): [number, unknown, Record<string, string>?] {
    const operation = /\b(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? "anonymous";
    const variables = body.variables ?? {};
    const call: Call = { type: "graphql", operation, variables };
    this.calls.push(call);
    for (const intercept of this.interceptors) {
      const reply = intercept(call);
      if (reply) return reply;
    }
    // Every call GitHub answers costs its points by the published formula, mutations included.
    this.lastCost = graphqlPoints(body.query, variables);
    this.points += this.lastCost;
    try {
      return [200, { data: this.answer(operation, variables) }];
    } catch (error) {
      return [
        200,
        { data: null, errors: [{ type: "UNPROCESSABLE", message: (error as Error).message }] },
      ];
    }
  }

  /** Answers one REST request. */
  rest(
    method: string,
    url: string,
    body: unknown,
    authorization?: string,
    ifNoneMatch?: string,
  ): [number, unknown, Record<string, string>?] {
    const { pathname, searchParams } = new URL(url, "https://api.github.com");
    this.caller =
      this.userTokens.get(authorization?.replace(/^(token|bearer)\s+/i, "") ?? "") ?? null;
    const call: Extract<Call, { type: "rest" }> = { type: "rest", method, path: pathname, body };
    this.calls.push(call);
    for (const intercept of this.interceptors) {
      const reply = intercept(call);
      if (reply) return reply;
    }
    // Like GitHub, a list of more than one page links to the next, last, first and previous ones
    // ("Using pagination in the REST API"; relative here, so it fits any base URL).
    let link: Record<string, string> | undefined;
    const pageOf = <T>(list: T[]) => {
      const size = Number(searchParams.get("per_page") ?? 30);
      const n = Number(searchParams.get("page") ?? 1);
      const last = Math.max(1, Math.ceil(list.length / size));
      const to = (page: number, rel: string) => {
        const params = new URLSearchParams(searchParams);
        params.set("page", String(page));
        return `<${pathname}?${params}>; rel="${rel}"`;
      };
      const rels = [
        ...(n < last ? [to(n + 1, "next"), to(last, "last")] : []),
        ...(n > 1 ? [to(1, "first"), to(n - 1, "prev")] : []),
      ];
      if (rels.length > 0) link = { link: rels.join(", ") };
      return list.slice((n - 1) * size, n * size);
    };
    const json = (body ?? {}) as Record<string, unknown>;
    for (const [verb, pattern, handle] of this.routes(pageOf, json, searchParams)) {
      const match = verb === method ? pattern.exec(pathname) : null;
      if (match) {
        const [status, reply] = handle(match.slice(1));
        if (method !== "GET" || status !== 200) return [status, reply, link];
        // As GitHub: a GET's answer has an ETag, of the body and of the token that asked (another
        // token, another ETag); asked again with it while nothing changed, the answer is 304.
        const etag = `W/"${createHash("sha1")
          .update(`${authorization ?? ""}\n${JSON.stringify(reply)}`)
          .digest("hex")}"`;
        if (ifNoneMatch === etag) {
          call.notModified = true;
          return [304, null, { etag }];
        }
        return [status, reply, { ...link, etag }];
      }
    }
    return [404, { message: `the fake has no ${method} ${pathname}` }];
  }

  /** The REST routes the fake answers: [method, path pattern, handler of the pattern's groups]. */
  private routes(
    pageOf: <T>(list: T[]) => T[],
    json: Record<string, unknown>,
    query: URLSearchParams,
  ): Array<[string, RegExp, (groups: string[]) => [number, unknown]]> {
    const repo = `^/repos/${this.owner}/${this.repo}`;
    const pullUrl = (n: number) => `https://github.com/${this.owner}/${this.repo}/pull/${n}`;
    const findComment = (id: number) =>
      this.issues.flatMap((i) => i.comments ?? []).find((c) => c.id === id);
    return [
      [
        "GET",
        /^\/user$/,
        () =>
          this.caller
            ? [200, { login: this.caller, type: "User" }]
            : [401, { message: "Requires authentication" }],
      ],
      [
        "GET",
        /^\/user\/installations$/,
        () =>
          this.caller
            ? [200, { total_count: 1, installations: [{ id: 2 }] }]
            : [401, { message: "Requires authentication" }],
      ],
      [
        "GET",
        /^\/user\/installations\/2\/repositories$/,
        () => {
          // The installation's repositories the person can read: this one and its neighbours.
          const names = [
            this.repo,
            ...Array.from({ length: this.alsoInstalledOn }, (_, i) => `board-${i + 2}`),
          ];
          const readable = this.caller && this.readers.has(this.caller) ? names : [];
          const repositories = readable.map((name) => ({ name, owner: { login: this.owner } }));
          return [200, { total_count: repositories.length, repositories: pageOf(repositories) }];
        },
      ],
      [
        "GET",
        // GitHub finds a repository however its name is cased, and answers with its own spelling.
        new RegExp(`${repo}$`, "i"),
        () =>
          this.caller && !this.readers.has(this.caller)
            ? [404, { message: "Not Found" }]
            : [200, { full_name: `${this.owner}/${this.repo}`, private: !this.public }],
      ],
      ["GET", new RegExp(`${repo}/installation$`), () => [200, { id: 2 }]],
      [
        "GET",
        /^\/orgs\/([^/]+)\/teams\/([^/]+)\/memberships\/([^/]+)$/,
        ([org, slug, login]) => {
          const members = this.teams.get(`${org}/${slug}`.toLowerCase()) ?? [];
          const name = decodeURIComponent(login ?? "").toLowerCase();
          return members.some((m) => m.toLowerCase() === name)
            ? [200, { state: "active", role: "member" }]
            : [404, { message: "Not Found" }];
        },
      ],
      [
        "DELETE",
        /^\/applications\/([^/]+)\/token$/,
        () => {
          const token = String(json.access_token ?? "");
          if (!this.userTokens.delete(token)) return [404, { message: "Not Found" }];
          this.revokedTokens.push(token);
          return [204, ""];
        },
      ],
      // The app itself (its slug names its bot account, roundtable[bot]), asked once a process.
      ["GET", /^\/app$/, () => [200, { id: 1, slug: "roundtable", name: "Roundtable" }]],
      [
        "POST",
        /^\/app\/installations\/(\d+)\/access_tokens$/,
        () => [
          201,
          { token: "installation-token", expires_at: "2099-01-01T00:00:00Z", permissions: {} },
        ],
      ],
      [
        "GET",
        new RegExp(`${repo}/issues/comments/(\\d+)/reactions$`),
        ([id]) => {
          const c = findComment(Number(id));
          if (!c) return [404, { message: "Not Found" }];
          const of = (content: string, logins: string[] = []) =>
            logins.map((login) => ({ content, user: { login } }));
          // The app's own reactions too, with their ids (to be deleted by id, as on GitHub).
          const own = this.reactions
            .map((r, i) => ({ ...r, id: i + 1 }))
            .filter((r) => r.commentId === Number(id) && !r.deleted)
            .map((r) => ({
              id: r.id,
              content: r.content,
              user: { login: "roundtable[bot]", type: "Bot" },
            }));
          return [200, pageOf([...of("+1", c.up), ...of("-1", c.down), ...own])];
        },
      ],
      [
        "GET",
        new RegExp(`${repo}/contents/(.+)$`),
        ([path]) => {
          const text = this.files().get(decodeURIComponent(path ?? ""));
          return text === undefined ? [404, { message: "Not Found" }] : [200, text];
        },
      ],
      [
        "GET",
        /^\/repos\/([^/]+)\/([^/]+)\/contents\/(.+)$/,
        ([o, r, path]) => {
          const text = this.elsewhere.get(`${o}/${r}:${decodeURIComponent(path ?? "")}`);
          return text === undefined ? [404, { message: "Not Found" }] : [200, text];
        },
      ],
      [
        "POST",
        new RegExp(`${repo}/issues/comments/(\\d+)/reactions$`),
        ([id]) => {
          const c = findComment(Number(id));
          if (this.caller && c) {
            // A person's reaction: theirs, once per kind, as GitHub keeps it.
            const kind = json.content === "+1" ? "up" : "down";
            c[kind] = [...new Set([...(c[kind] ?? []), this.caller])];
            return [201, { content: json.content, user: { login: this.caller } }];
          }
          // The app's reaction: as GitHub, one the same user already gave is answered 200, not added again.
          const given = this.reactions.some(
            (r) => r.commentId === Number(id) && r.content === String(json.content) && !r.deleted,
          );
          if (given) return [200, { content: json.content }];
          this.reactions.push({ commentId: Number(id), content: String(json.content) });
          return [201, { content: json.content }];
        },
      ],
      [
        "DELETE",
        new RegExp(`${repo}/issues/comments/(\\d+)/reactions/(\\d+)$`),
        ([id, reaction]) => {
          const r = this.reactions[Number(reaction) - 1];
          if (!r || r.deleted || r.commentId !== Number(id)) return [404, { message: "Not Found" }];
          r.deleted = true;
          return [204, ""];
        },
      ],
      [
        "GET",
        new RegExp(`${repo}/collaborators/([^/]+)$`),
        ([login]) =>
          this.permissions.has(decodeURIComponent(login ?? ""))
            ? [204, null]
            : [404, { message: "Not Found" }],
      ],
      [
        "PUT",
        new RegExp(`${repo}/collaborators/([^/]+)$`),
        ([login]) =>
          this.invitations.put(
            decodeURIComponent(login ?? ""),
            String(json.permission ?? "push"),
            this.clock,
            this.permissions,
          ),
      ],
      [
        "DELETE",
        new RegExp(`${repo}/collaborators/([^/]+)$`),
        ([login]) => {
          const name = decodeURIComponent(login ?? "");
          if (this.permissions.delete(name)) this.invitations.removed.push(name);
          return [204, null];
        },
      ],
      [
        "GET",
        new RegExp(`${repo}/invitations$`),
        () => [200, pageOf(this.invitations.list(this.clock))],
      ],
      [
        "DELETE",
        new RegExp(`${repo}/invitations/(\\d+)$`),
        ([id]) => this.invitations.delete(Number(id)),
      ],
      [
        "PATCH",
        /^\/user\/repository_invitations\/(\d+)$/,
        ([id]) =>
          this.caller
            ? this.invitations.accept(Number(id), this.caller, this.clock, this.permissions)
            : [401, { message: "Requires authentication" }],
      ],
      [
        "GET",
        new RegExp(`${repo}/collaborators/([^/]+)/permission$`),
        ([login]) => {
          const name = decodeURIComponent(login ?? "");
          const permission =
            this.permissions.get(name) ??
            (name.toLowerCase() === this.owner.toLowerCase() ? "admin" : undefined);
          // GitHub says the role by name too (role_name: maintain, triage…); `permission` maps
          // maintain to write and triage to read.
          const legacy: Record<string, string> = { maintain: "write", triage: "read" };
          return permission
            ? [200, { permission: legacy[permission] ?? permission, role_name: permission }]
            : [404, { message: "Not a collaborator" }];
        },
      ],
      [
        "POST",
        new RegExp(`${repo}/issues/(\\d+)/assignees$`),
        ([n]) => {
          const issue = this.issue(Number(n));
          for (const login of json.assignees as string[])
            if (!issue.assignees.includes(login)) issue.assignees.push(login);
          this.touch(issue);
          return [201, { number: issue.number }];
        },
      ],
      [
        "DELETE",
        new RegExp(`${repo}/issues/(\\d+)/assignees$`),
        ([n]) => {
          const issue = this.issue(Number(n));
          issue.assignees = issue.assignees.filter(
            (a) => !(json.assignees as string[]).includes(a),
          );
          this.touch(issue);
          return [200, { number: issue.number }];
        },
      ],
      [
        "PATCH",
        new RegExp(`${repo}/issues/(\\d+)$`),
        ([n]) => {
          const issue = this.issue(Number(n));
          const refused = this.hierarchy.setType(issue, json.type);
          if (refused) return refused;
          if (typeof json.body === "string") issue.body = json.body;
          if (json.state === "closed" && issue.state === "OPEN") {
            issue.state = "CLOSED";
            issue.closedAt = this.clock;
          }
          this.touch(issue);
          return [
            200,
            { number: issue.number, body: issue.body, ...this.hierarchy.restFields(issue) },
          ];
        },
      ],
      [
        "GET",
        new RegExp(`${repo}/labels$`),
        () => [200, pageOf(this.repoLabels.map((l) => ({ ...l, default: false })))],
      ],
      [
        "POST",
        new RegExp(`${repo}/labels$`),
        () => {
          const name = String(json.name);
          if (this.repoLabels.some((l) => l.name.toLowerCase() === name.toLowerCase()))
            return [
              422,
              {
                message: "Validation Failed",
                errors: [{ resource: "Label", code: "already_exists", field: "name" }],
              },
            ];
          const label = {
            name,
            color: String(json.color ?? "ededed"),
            description: String(json.description ?? ""),
          };
          this.repoLabels.push(label);
          return [201, label];
        },
      ],
      [
        "GET",
        new RegExp(`${repo}/collaborators$`),
        () => [200, pageOf(this.collaborators.map((login) => ({ login })))],
      ],
      [
        "GET",
        new RegExp(`${repo}/issues$`),
        () => {
          // As GitHub lists them: open ones unless `state` says otherwise, newest first unless
          // `sort`/`direction` say otherwise, each with its reaction counts.
          const state = query.get("state") ?? "open";
          const by = query.get("sort") === "updated" ? "updated" : "created";
          const up = query.get("direction") === "asc" ? 1 : -1;
          const time = (i: FakeIssue) =>
            by === "updated" ? (i.updatedAt ?? i.createdAt) : i.createdAt;
          // `labels`: only issues with every label named (comma-separated).
          const labels = (query.get("labels") ?? "").split(",").filter(Boolean);
          const listed = this.issues
            .filter((i) => state === "all" || i.state.toLowerCase() === state)
            .filter((i) => labels.every((name) => i.labels.includes(name)))
            .sort((a, b) => up * (time(a).localeCompare(time(b)) || a.number - b.number));
          return [200, pageOf(listed.map((i) => this.listedIssue(i)))];
        },
      ],
      [
        "GET",
        new RegExp(`${repo}/issues/(\\d+)$`),
        ([n]) => {
          const issue = this.issues.find((i) => i.number === Number(n));
          if (!issue) return [404, { message: "Not Found" }];
          return [200, this.listedIssue(issue)];
        },
      ],
      [
        "GET",
        new RegExp(`${repo}/issues/comments/(\\d+)$`),
        ([id]) => {
          const c = findComment(Number(id));
          if (!c) return [404, { message: "Not Found" }];
          const user = c.bot
            ? { login: `${c.author}[bot]`, type: "Bot" }
            : { login: c.author, type: "User" };
          const url = `https://github.com/${this.owner}/${this.repo}/issues/1#issuecomment-${c.id}`;
          return [200, { id: c.id, body: c.body, created_at: c.createdAt, html_url: url, user }];
        },
      ],
      [
        "GET",
        new RegExp(`${repo}/issues/(\\d+)/reactions$`),
        ([n]) => [
          200,
          pageOf(
            this.issue(Number(n)).reactions.map((r) => ({
              content: "+1",
              created_at: r.createdAt,
              user: r.login ? { login: r.login } : null,
            })),
          ),
        ],
      ],
      [
        "GET",
        new RegExp(`${repo}/issues/(\\d+)/comments$`),
        ([n]) => {
          // As GitHub lists them: everybody's comments, each with its author, oldest first.
          const issue = this.issues.find((i) => i.number === Number(n));
          // Roundtable's own are listed from `comments` below; another app's bot is `<name>[bot]`.
          const people = (issue?.comments ?? [])
            .filter((c) => !(c.bot && c.author === "roundtable"))
            .map((c) => ({
              id: c.id,
              body: c.body,
              created_at: c.createdAt,
              user: c.bot
                ? { login: `${c.author}[bot]`, type: "Bot" }
                : { login: c.author, type: "User" },
            }));
          const bots = (this.comments.get(Number(n)) ?? []).map((c) => ({
            ...c,
            user: { login: "roundtable[bot]", type: "Bot" },
          }));
          return [200, pageOf([...people, ...bots].sort((a, b) => a.id - b.id))];
        },
      ],
      [
        "POST",
        new RegExp(`${repo}/issues/(\\d+)/comments$`),
        ([n]) => {
          if (this.caller) {
            // A person's comment (a web button, as them): theirs, not the bot's.
            const issue = this.issue(Number(n));
            const mine: FakeComment = {
              id: this.sequence++ + 50_000,
              author: this.caller,
              body: String(json.body),
              votes: 0,
              createdAt: this.clock,
            };
            issue.comments = [...(issue.comments ?? []), mine];
            this.touch(issue);
            this.onUserComment?.(issue.number, mine);
            return [201, { id: mine.id, body: mine.body, user: { login: this.caller } }];
          }
          const comment = { id: this.sequence++, body: String(json.body) };
          this.comments.set(Number(n), [...(this.comments.get(Number(n)) ?? []), comment]);
          const issue = this.issues.find((i) => i.number === Number(n));
          if (issue) {
            this.touch(issue);
            issue.comments ??= [];
            issue.comments.push({
              id: comment.id,
              author: "roundtable",
              bot: true,
              body: comment.body,
              votes: 0,
              createdAt: this.clock,
            });
          }
          return [201, comment];
        },
      ],
      [
        "PATCH",
        new RegExp(`${repo}/issues/comments/(\\d+)$`),
        ([id]) => {
          const comment = [...this.comments.values()].flat().find((c) => c.id === Number(id));
          if (!comment) return [404, { message: "Not Found" }];
          comment.body = String(json.body);
          for (const issue of this.issues)
            for (const c of issue.comments ?? []) if (c.id === Number(id)) c.body = comment.body;
          return [200, comment];
        },
      ],
      [
        "DELETE",
        new RegExp(`${repo}/issues/comments/(\\d+)$`),
        ([id]) => {
          const held = [...this.comments.values()].flat().some((c) => c.id === Number(id));
          const onIssue = this.issues.some((i) => i.comments?.some((c) => c.id === Number(id)));
          if (!held && !onIssue) return [404, { message: "Not Found" }];
          for (const [n, list] of this.comments)
            this.comments.set(
              n,
              list.filter((c) => c.id !== Number(id)),
            );
          for (const issue of this.issues)
            if (issue.comments) issue.comments = issue.comments.filter((c) => c.id !== Number(id));
          return [204, ""];
        },
      ],
      [
        "POST",
        new RegExp(`${repo}/issues/(\\d+)/labels$`),
        ([n]) => {
          const issue = this.issue(Number(n));
          for (const label of json.labels as string[]) {
            if (!issue.labels.includes(label)) issue.labels.push(label);
            this.labelChanges.push({ issue: issue.number, add: label });
          }
          this.touch(issue);
          return [200, issue.labels.map((name) => ({ name }))];
        },
      ],
      [
        "DELETE",
        new RegExp(`${repo}/issues/(\\d+)/labels/(.+)$`),
        ([n, label]) => {
          const issue = this.issue(Number(n));
          const name = decodeURIComponent(label ?? "");
          if (!issue.labels.includes(name)) return [404, { message: "Label does not exist" }];
          issue.labels = issue.labels.filter((l) => l !== name);
          this.labelChanges.push({ issue: issue.number, remove: name });
          this.touch(issue);
          return [200, []];
        },
      ],
      [
        "POST",
        new RegExp(`${repo}/issues$`),
        () => {
          this.openedIssues.push({
            title: String(json.title),
            body: String(json.body),
            labels: (json.labels as string[]) ?? [],
          });
          const number = 1000 + this.openedIssues.length;
          const opened: FakeIssue = {
            id: `I_${number}`,
            number,
            title: String(json.title),
            state: "OPEN",
            createdAt: "2026-11-20T09:00:00Z",
            closedAt: null,
            body: String(json.body),
            author: "roundtable[bot]",
            labels: (json.labels as string[]) ?? [],
            assignees: (json.assignees as string[]) ?? [],
            reactions: [],
          };
          const refused = this.hierarchy.setType(opened, json.type);
          if (refused) {
            this.openedIssues.pop();
            return refused;
          }
          this.issues.push(opened);
          return [
            201,
            { id: this.databaseId(opened), number, ...this.hierarchy.restFields(opened) },
          ];
        },
      ],
      [
        "POST",
        new RegExp(`${repo}/git/refs$`),
        () => {
          const branch = String(json.ref).replace(/^refs\/heads\//, "");
          if (this.branches.has(branch)) return [422, { message: "Reference already exists" }];
          this.branches.set(branch, String(json.sha));
          return [201, { ref: json.ref }];
        },
      ],
      [
        "GET",
        new RegExp(`${repo}/pulls$`),
        () => {
          const head = query.get("head")?.split(":")[1];
          return [
            200,
            this.pulls
              .filter((p) => p.head === head)
              .map((p) => ({ number: p.number, html_url: pullUrl(p.number) })),
          ];
        },
      ],
      [
        "POST",
        new RegExp(`${repo}/pulls$`),
        () => {
          const pull = {
            number: 500 + this.pulls.length,
            head: String(json.head),
            base: String(json.base),
            state: "open" as const,
          };
          this.pulls.push(pull);
          return [201, { number: pull.number, html_url: pullUrl(pull.number) }];
        },
      ],
      ...this.hierarchy.routes(json, pageOf),
    ];
  }

  /** An issue as GitHub's REST API gives it (the fields of its OpenAPI `issue` schema Roundtable reads, and more). */
  listedIssue(i: FakeIssue) {
    const url = `https://api.github.com/repos/${this.owner}/${this.repo}/issues/${i.number}`;
    const bot = i.author.endsWith("[bot]");
    return {
      id: this.databaseId(i),
      node_id: i.id,
      url,
      html_url: `https://github.com/${this.owner}/${this.repo}/issues/${i.number}`,
      number: i.number,
      state: i.state.toLowerCase(),
      state_reason: null,
      title: i.title,
      body: i.body,
      user: { login: i.author, type: bot ? "Bot" : "User" },
      labels: i.labels.map((name) => ({ name, color: "ededed", default: false })),
      assignee: i.assignees[0] ? { login: i.assignees[0] } : null,
      assignees: i.assignees.map((login) => ({ login })),
      milestone: null,
      locked: false,
      comments: (i.comments ?? []).length,
      created_at: i.createdAt,
      updated_at: i.updatedAt ?? i.createdAt,
      closed_at: i.closedAt,
      author_association: "MEMBER",
      reactions: {
        url: `${url}/reactions`,
        total_count: i.reactions.length,
        "+1": i.reactions.length,
        "-1": 0,
        laugh: 0,
        hooray: 0,
        confused: 0,
        heart: 0,
        rocket: 0,
        eyes: 0,
      },
      ...this.hierarchy.restFields(i),
    };
  }

  /** An issue's REST (database) id, which the sub-issue and dependency endpoints take. */
  databaseId(i: FakeIssue): number {
    return i.number * 1000;
  }

  /** An issue changed now: GitHub moves its `updated_at`. */
  touch(issue: FakeIssue | undefined): void {
    if (issue) issue.updatedAt = this.clock;
  }

  private issue(number: number): FakeIssue {
    const issue = this.issues.find((i) => i.number === number);
    if (!issue) throw new Error(`no issue #${number}`);
    return issue;
  }

  /** The `rateLimit` a query asks for: what this call cost (see graphqlPoints) and what is left. */
  private charge() {
    const cost = this.lastCost;
    return { cost, remaining: 5000 - this.points, resetAt: "2026-11-20T10:00:00Z" };
  }

  private answer(operation: string, v: Record<string, unknown>): unknown {
    switch (operation) {
      case "BoardNodes": {
        const ids = (v.ids as string[]) ?? [];
        return {
          rateLimit: this.charge(),
          nodes: ids.map((id) => {
            const issue = this.issues.find((i) => i.id === id);
            return issue ? this.issueNode(issue, v) : null;
          }),
        };
      }
      case "MoreUpvotes": {
        const answer: Record<string, unknown> = { rateLimit: this.charge() };
        for (let k = 0; `id${k}` in v; k++) {
          const issue = this.issues.find((i) => i.id === v[`id${k}`]);
          answer[`f${k}`] = issue
            ? { reactions: this.reactionPage(issue, Number(v[`after${k}`])) }
            : null;
        }
        return answer;
      }
      case "ProjectBoard": {
        const p = this.project;
        if (!p || p.number !== v.number || p.owner !== v.owner)
          return { repositoryOwner: { projectV2: null } };
        const start = v.after ? Number(v.after) : 0;
        const items = p.items.slice(start, start + page);
        return {
          rateLimit: this.charge(),
          repositoryOwner: {
            projectV2: {
              id: p.id,
              title: p.title,
              url: `https://github.com/orgs/${p.owner}/projects/${p.number}`,
              fields: {
                nodes: p.fields.map((f) => ({
                  id: f.id,
                  name: f.name,
                  dataType: f.dataType,
                  options: f.options.map((o) => ({
                    color: "GRAY",
                    description: "",
                    ...o,
                  })),
                  ...(f.configuration
                    ? {
                        configuration: {
                          iterations: f.configuration.iterations.map(({ id, title }) => ({
                            id,
                            title,
                          })),
                        },
                      }
                    : {}),
                })),
              },
              items: {
                pageInfo: {
                  hasNextPage: start + page < p.items.length,
                  endCursor: String(start + items.length),
                },
                nodes: items.map((item) => ({
                  id: item.id,
                  isArchived: false,
                  content: {
                    number: item.issue,
                    repository: { nameWithOwner: `${this.owner}/${this.repo}` },
                  },
                })),
              },
            },
          },
        };
      }
      case "ProjectItemContent": {
        const issue = this.issues.find((i) => i.id === v.id);
        return {
          node: issue
            ? {
                number: issue.number,
                repository: { name: this.repo, owner: { login: this.owner } },
              }
            : null,
        };
      }
      case "IssueComments": {
        const issue = this.issues.find((i) => i.id === v.id);
        const nodes = (issue?.comments ?? []).map((c) => ({
          databaseId: c.id,
          url: `https://github.com/${this.owner}/${this.repo}/issues/${issue?.number}#issuecomment-${c.id}`,
          body: c.body,
          createdAt: c.createdAt,
          author: { __typename: c.bot ? "Bot" : "User", login: c.author },
          up: {
            totalCount: c.up?.length ?? c.votes,
            nodes: (c.up ?? []).map((login) => ({ user: { login } })),
          },
          down: { nodes: (c.down ?? []).map((login) => ({ user: { login } })) },
          // What the app (the viewer of an installation token) reacted to this comment with.
          reactionGroups: ["EYES", "THUMBS_UP", "CONFUSED"].map((content) => ({
            content,
            viewerHasReacted: this.reactions.some(
              (r) =>
                r.commentId === c.id &&
                !r.deleted &&
                r.content === { EYES: "eyes", THUMBS_UP: "+1", CONFUSED: "confused" }[content],
            ),
          })),
        }));
        return {
          rateLimit: this.charge(),
          node: issue
            ? { comments: { pageInfo: { hasNextPage: false, endCursor: null }, nodes } }
            : null,
        };
      }
      case "AddProjectItem": {
        const p = this.requireProject(v.projectId);
        const issue = this.issues.find((i) => i.id === v.contentId);
        if (!issue) throw new Error("Could not resolve to a node with the global id");
        let item = p.items.find((i) => i.issue === issue.number);
        if (!item) {
          item = { id: `PVTI_added_${this.sequence++}`, issue: issue.number, values: {} };
          p.items.push(item);
        }
        return { addProjectV2ItemById: { item: { id: item.id } } };
      }
      case "UpdateItemField": {
        const p = this.requireProject(v.projectId);
        const item = p.items.find((i) => i.id === v.itemId);
        const field = p.fields.find((f) => f.id === v.fieldId);
        const value = v.value as {
          singleSelectOptionId?: string;
          iterationId?: string;
          text?: string;
        };
        const option = field?.options.find((o) => o.id === value.singleSelectOptionId);
        const iteration = field?.configuration?.iterations.find((i) => i.id === value.iterationId);
        const shown =
          field?.dataType === "TEXT"
            ? value.text
            : field?.dataType === "ITERATION"
              ? iteration?.title
              : option?.name;
        if (!item || !field || shown === undefined)
          throw new Error("Could not update the field value");
        item.values[field.name] = shown;
        return { updateProjectV2ItemFieldValue: { projectV2Item: { id: item.id } } };
      }
      case "CreateProjectField": {
        const p = this.requireProject(v.projectId);
        const name = String(v.name);
        if (p.fields.some((f) => f.name.toLowerCase() === name.toLowerCase()))
          throw new Error(`Name has already been taken`);
        const field = {
          id: `F_${this.sequence++}`,
          name,
          dataType: "SINGLE_SELECT",
          options: this.newOptions(v.options),
        };
        p.fields.push(field);
        return { createProjectV2Field: { projectV2Field: { id: field.id, name } } };
      }
      case "UpdateFieldOptions": {
        const field = this.project?.fields.find((f) => f.id === v.fieldId);
        if (!field) throw new Error("Could not resolve to a node with the global id");
        // GitHub's schema: the options given overwrite the field's options.
        field.options = this.newOptions(v.options);
        return {
          updateProjectV2Field: {
            projectV2Field: {
              id: field.id,
              options: field.options.map(({ id, name }) => ({ id, name })),
            },
          },
        };
      }
      case "MoveProjectItem": {
        const p = this.requireProject(v.projectId);
        const from = p.items.findIndex((i) => i.id === v.itemId);
        if (from < 0) throw new Error("Could not resolve the item");
        const [item] = p.items.splice(from, 1);
        const at = v.afterId ? p.items.findIndex((i) => i.id === v.afterId) + 1 : 0;
        if (item) p.items.splice(at, 0, item);
        return { updateProjectV2ItemPosition: { clientMutationId: null } };
      }
      case "BranchHead": {
        const branch = String(v.qualifiedName).replace(/^refs\/heads\//, "");
        const oid = this.branches.get(branch);
        return {
          repository: {
            defaultBranchRef: { name: "main", target: { oid: this.branches.get("main") } },
            ref: oid ? { name: branch, target: { oid } } : null,
          },
        };
      }
      case "FileAtCommit": {
        const [rev = "", ...rest] = String(v.expression).split(":");
        // Like git, the revision may be an oid, a branch name, or HEAD (the default branch).
        const oid = this.commits.has(rev) ? rev : this.branches.get(rev === "HEAD" ? "main" : rev);
        const text = this.commits.get(oid ?? "")?.get(rest.join(":"));
        return { repository: { object: text === undefined ? null : { text, isBinary: false } } };
      }
      case "CreateCommit": {
        const { branchName } = v.branch as { branchName: string };
        const head = this.branches.get(branchName);
        if (head !== v.expectedHeadOid) {
          throw new Error(
            `Expected branch to point to "${String(v.expectedHeadOid)}" but it did not. Pull and try again.`,
          );
        }
        const changes = v.fileChanges as { additions: Array<{ path: string; contents: string }> };
        const files = Object.fromEntries(
          changes.additions.map((a) => [
            a.path,
            Buffer.from(a.contents, "base64").toString("utf8"),
          ]),
        );
        const oid = this.pushCommit(branchName, files);
        return {
          createCommitOnBranch: {
            commit: { oid, url: `https://github.com/${this.owner}/${this.repo}/commit/${oid}` },
          },
        };
      }
      default: {
        const answer = this.hierarchy.answer(operation, v);
        if (answer === undefined)
          throw new Error(`the fake does not know the operation ${operation}`);
        return answer;
      }
    }
  }

  private newOptions(options: unknown) {
    return ((options as Array<{ name: string; color: string; description: string }>) ?? []).map(
      (o) => ({
        id: `O_${this.sequence++}`,
        name: o.name,
        color: o.color,
        description: o.description,
      }),
    );
  }

  private requireProject(id: unknown): FakeProject {
    if (!this.project || this.project.id !== id)
      throw new Error("Could not resolve to a ProjectV2");
    return this.project;
  }

  private reactionPage(issue: FakeIssue, start: number) {
    const nodes = issue.reactions.slice(start, start + page);
    return {
      totalCount: issue.reactions.length,
      pageInfo: {
        hasNextPage: start + page < issue.reactions.length,
        endCursor: String(start + nodes.length),
      },
      nodes: nodes.map((r) => ({
        createdAt: r.createdAt,
        user: r.login ? { login: r.login } : null,
      })),
    };
  }

  private issueNode(i: FakeIssue, v: Record<string, unknown>) {
    const item = this.project?.items.find((it) => it.issue === i.number);
    const value = (field: unknown) => {
      const shown = item?.values[String(field)];
      if (shown === undefined) return null;
      // An iteration's value is read by its title; a single-select option's by its name.
      const iteration = this.project?.fields.find((f) => f.name === field)?.configuration;
      return iteration ? { title: shown } : { name: shown };
    };
    return {
      id: i.id,
      number: i.number,
      title: i.title,
      url: `https://github.com/${this.owner}/${this.repo}/issues/${i.number}`,
      state: i.state,
      createdAt: i.createdAt,
      closedAt: i.closedAt,
      body: i.body,
      // An app's issue: GraphQL names its author the Bot, without the REST login's "[bot]".
      author: i.author.endsWith("[bot]")
        ? { __typename: "Bot", login: i.author.slice(0, -5) }
        : { __typename: "User", login: i.author },
      labels: { nodes: i.labels.map((name) => ({ name })) },
      assignees: { nodes: i.assignees.map((login) => ({ login })) },
      milestone: null,
      ...this.hierarchy.nodeFields(i),
      reactions: this.reactionPage(i, 0),
      ...(v.withProject
        ? {
            projectItems: {
              nodes:
                item && this.project
                  ? [
                      {
                        id: item.id,
                        project: {
                          number: this.project.number,
                          owner: { login: this.project.owner },
                        },
                        status: value(v.statusField),
                        lane: value(v.laneField),
                        quarter: value(v.quarterField),
                      },
                    ]
                  : [],
            },
          }
        : {}),
    };
  }
}

/** A board of `count` open topics, topic n created on day n, each with `votes(n)` 👍 from distinct people. */
export function fakeBoard(count: number, votes: (n: number) => number = () => 0): FakeGitHub {
  const fake = new FakeGitHub();
  // A board in use: its labels were made when it was set up.
  fake.repoLabels = roundtableLabels(defaultConfig());
  const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 3_600_000).toISOString();
  fake.issues = Array.from({ length: count }, (_, i) => {
    const number = i + 1;
    return {
      id: `I_${number}`,
      number,
      title: `Topic ${number}`,
      state: "OPEN",
      createdAt: day(number),
      closedAt: null,
      body: "",
      author: "author",
      labels: ["topic"],
      assignees: [`sponsor-${number}`],
      reactions: Array.from({ length: votes(number) }, (_, k) => ({
        login: `voter-${number}-${k}`,
        createdAt: day(number + 1),
      })),
    };
  });
  return fake;
}

/** A project with the Status field and its four options, holding `issues` in that order. */
export function fakeProject(issues: number[], status = "To discuss"): FakeProject {
  return {
    id: "PVT_1",
    number: 7,
    owner: "acme",
    title: "Leadership board",
    fields: [
      {
        id: "F_status",
        name: "Status",
        dataType: "SINGLE_SELECT",
        options: ["To discuss", "Discussing", "Discussed", "Parked"].map((name, i) => ({
          id: `O_${i}`,
          name,
        })),
      },
    ],
    items: issues.map((issue) => ({ id: `PVTI_${issue}`, issue, values: { Status: status } })),
  };
}

/** The fake as a fetch function: a simulated transport with no network at all. */
export function fakeFetch(fake: FakeGitHub): typeof fetch {
  return async (input, init) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const method = (init?.method ?? "GET").toUpperCase();
    const body = typeof init?.body === "string" && init.body ? JSON.parse(init.body) : undefined;
    const asked = new Headers(init?.headers);
    const [status, json, headers] = new URL(url).pathname.endsWith("/graphql")
      ? fake.graphql(body)
      : fake.rest(
          method,
          url,
          body,
          asked.get("authorization") ?? undefined,
          asked.get("if-none-match") ?? undefined,
        );
    return new Response(status === 304 ? null : JSON.stringify(json), {
      status,
      headers: { "content-type": "application/json", ...headers },
    });
  };
}

/** A new project as GitHub makes it: the Status field with Todo, In Progress and Done, and no more. */
export function newProject(issues: number[] = []): FakeProject {
  return {
    ...fakeProject(issues, "Todo"),
    fields: [
      {
        id: "F_status",
        name: "Status",
        dataType: "SINGLE_SELECT",
        options: [
          {
            id: "O_todo",
            name: "Todo",
            color: "GREEN",
            description: "This item hasn't been started",
          },
          {
            id: "O_progress",
            name: "In Progress",
            color: "YELLOW",
            description: "This is actively being worked on",
          },
          { id: "O_done", name: "Done", color: "PURPLE", description: "This has been completed" },
        ],
      },
    ],
  };
}
