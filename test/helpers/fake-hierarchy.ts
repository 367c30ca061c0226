import type { FakeGitHub, FakeIssue, FakeProject } from "./fake-github.js";

/**
 * GitHub's hierarchy in the fake: organisation issue types, sub-issues with their summary, issue
 * dependencies, iteration fields and project status updates, each as GitHub's REST API (routes of
 * its OpenAPI description) and GraphQL schema (the newer copy under test/fixtures/github-schema)
 * give them. Kept apart from FakeGitHub, which mounts these routes and answers.
 */

export interface FakeIssueType {
  id: number;
  node_id: string;
  name: string;
  description: string | null;
  color: string | null;
}

export interface FakeIteration {
  id: string;
  title: string;
  startDate: string;
  duration: number;
}

/** An iteration field's configuration; the field's items hold the iteration's title. */
export interface FakeIterationConfiguration {
  startDate: string;
  duration: number;
  iterations: FakeIteration[];
}

export interface FakeStatusUpdate {
  id: string;
  status: string;
  body: string;
  startDate: string | null;
  targetDate: string | null;
  createdAt: string;
  creator: string;
}

type Route = [string, RegExp, (groups: string[]) => [number, unknown]];

/** GitHub keeps at most 100 sub-issues under one parent. */
const maxSubIssues = 100;

export class FakeHierarchy {
  constructor(private readonly gh: FakeGitHub) {}

  /** The owner's issue types; null when the owner is a personal account, which has none. */
  issueTypes: FakeIssueType[] | null = [];
  /** Whether the token may create issue types (the App's "Issue Types" organisation permission). */
  mayWriteIssueTypes = true;
  /**
   * Whether a `type` sent on an issue is dropped without a word, as GitHub drops it for a token
   * without push access.
   */
  typesDropped = false;
  statusUpdates: FakeStatusUpdate[] = [];
  private sequence = 1;

  /** The parent of an issue, if it is someone's sub-issue. */
  parentOf(issue: FakeIssue): FakeIssue | undefined {
    return this.gh.issues.find((i) => i.subIssues?.includes(issue.number));
  }

  /** GitHub's sub-issue summary: closed sub-issues over all, as a whole percentage. */
  summaryOf(issue: FakeIssue): { total: number; completed: number; percent_completed: number } {
    const subs = (issue.subIssues ?? []).map((n) => this.byNumber(n));
    const total = subs.length;
    const completed = subs.filter((s) => s?.state === "CLOSED").length;
    return {
      total,
      completed,
      percent_completed: total === 0 ? 0 : Math.round((completed / total) * 100),
    };
  }

  /** A REST issue's hierarchy fields (its `type`, `sub_issues_summary`, parent and dependencies). */
  restFields(issue: FakeIssue) {
    const parent = this.parentOf(issue);
    const base = `https://api.github.com/repos/${this.gh.owner}/${this.gh.repo}/issues`;
    return {
      type: this.typeOf(issue) ?? null,
      sub_issues_summary: this.summaryOf(issue),
      parent_issue_url: parent ? `${base}/${parent.number}` : null,
      issue_dependencies_summary: {
        blocked_by: (issue.blockedBy ?? []).length,
        blocking: this.gh.issues.filter((i) => i.blockedBy?.includes(issue.number)).length,
        total_blocked_by: (issue.blockedBy ?? []).length,
        total_blocking: this.gh.issues.filter((i) => i.blockedBy?.includes(issue.number)).length,
      },
    };
  }

  /** A GraphQL Issue's hierarchy fields, whichever a query asks for. */
  nodeFields(issue: FakeIssue) {
    const parent = this.parentOf(issue);
    const summary = this.summaryOf(issue);
    const type = this.typeOf(issue);
    return {
      parent: parent ? { number: parent.number } : null,
      subIssues: { nodes: (issue.subIssues ?? []).map((number) => ({ number })) },
      subIssuesSummary: {
        total: summary.total,
        completed: summary.completed,
        percentCompleted: summary.percent_completed,
      },
      issueType: type ? { id: type.node_id, name: type.name } : null,
      blockedBy: { nodes: (issue.blockedBy ?? []).map((number) => ({ number })) },
    };
  }

  /** Sets the type an issue is created or edited with, as GitHub would (or drops it). */
  setType(issue: FakeIssue, type: unknown): [number, unknown] | undefined {
    if (type === undefined || this.typesDropped) return undefined;
    if (type === null) {
      issue.type = null;
      return undefined;
    }
    const known = this.issueTypes?.find((t) => t.name.toLowerCase() === String(type).toLowerCase());
    if (!known)
      return [422, { message: "Validation Failed", errors: [{ field: "type", code: "invalid" }] }];
    issue.type = known.name;
    return undefined;
  }

  routes(json: Record<string, unknown>, pageOf: <T>(list: T[]) => T[]): Route[] {
    const repo = `^/repos/${this.gh.owner}/${this.gh.repo}/issues/(\\d+)`;
    const org = `^/orgs/${this.gh.owner}/issue-types`;
    const noTypes: [number, unknown] = [404, { message: "Not Found" }];
    const listed = (i: FakeIssue) => this.gh.listedIssue(i);
    return [
      ["GET", new RegExp(`${org}$`), () => (this.issueTypes ? [200, this.issueTypes] : noTypes)],
      [
        "POST",
        new RegExp(`${org}$`),
        () => {
          if (!this.issueTypes) return noTypes;
          if (!this.mayWriteIssueTypes)
            return [403, { message: "Resource not accessible by integration" }];
          const name = String(json.name);
          if (this.issueTypes.some((t) => t.name.toLowerCase() === name.toLowerCase()))
            return [422, { message: "Validation Failed", errors: [{ code: "already_exists" }] }];
          if (this.issueTypes.length >= 25)
            return [422, { message: "Validation Failed: an organization has at most 25 types" }];
          const id = this.sequence++;
          const type: FakeIssueType = {
            id,
            node_id: `IT_${id}`,
            name,
            description: typeof json.description === "string" ? json.description : null,
            color: typeof json.color === "string" ? json.color : null,
          };
          this.issueTypes.push(type);
          return [200, type];
        },
      ],
      [
        "GET",
        new RegExp(`${repo}/sub_issues$`),
        ([n]) => {
          const issue = this.byNumber(Number(n));
          if (!issue) return [404, { message: "Not Found" }];
          const subs = (issue.subIssues ?? []).flatMap((k) => {
            const sub = this.byNumber(k);
            return sub ? [listed(sub)] : [];
          });
          return [200, pageOf(subs)];
        },
      ],
      [
        "POST",
        new RegExp(`${repo}/sub_issues$`),
        ([n]) => {
          const parent = this.byNumber(Number(n));
          const sub = this.byDatabaseId(json.sub_issue_id);
          if (!parent || !sub) return [404, { message: "Not Found" }];
          const was = this.parentOf(sub);
          if (was === parent || parent === sub)
            return [422, { message: "Validation Failed: duplicate sub-issues" }];
          if (was && json.replace_parent !== true)
            return [422, { message: "Validation Failed: the sub-issue already has a parent" }];
          if ((parent.subIssues ?? []).length >= maxSubIssues)
            return [422, { message: "Validation Failed: at most 100 sub-issues" }];
          if (was) was.subIssues = (was.subIssues ?? []).filter((k) => k !== sub.number);
          parent.subIssues = [...(parent.subIssues ?? []), sub.number];
          this.gh.touch(parent);
          return [201, listed(parent)];
        },
      ],
      [
        "DELETE",
        new RegExp(`${repo}/sub_issue$`),
        ([n]) => {
          const parent = this.byNumber(Number(n));
          const sub = this.byDatabaseId(json.sub_issue_id);
          if (!parent || !sub || !parent.subIssues?.includes(sub.number))
            return [404, { message: "Not Found" }];
          parent.subIssues = parent.subIssues.filter((k) => k !== sub.number);
          this.gh.touch(parent);
          return [200, listed(sub)];
        },
      ],
      [
        "GET",
        new RegExp(`${repo}/parent$`),
        ([n]) => {
          const issue = this.byNumber(Number(n));
          const parent = issue && this.parentOf(issue);
          return parent ? [200, listed(parent)] : [404, { message: "Not Found" }];
        },
      ],
      [
        "GET",
        new RegExp(`${repo}/dependencies/blocked_by$`),
        ([n]) => {
          const issue = this.byNumber(Number(n));
          if (!issue) return [404, { message: "Not Found" }];
          const blockers = (issue.blockedBy ?? []).flatMap((k) => {
            const b = this.byNumber(k);
            return b ? [listed(b)] : [];
          });
          return [200, pageOf(blockers)];
        },
      ],
      [
        "POST",
        new RegExp(`${repo}/dependencies/blocked_by$`),
        ([n]) => {
          const issue = this.byNumber(Number(n));
          const blocker = this.byDatabaseId(json.issue_id);
          if (!issue || !blocker) return [404, { message: "Not Found" }];
          if (blocker === issue || issue.blockedBy?.includes(blocker.number))
            return [422, { message: "Validation Failed" }];
          issue.blockedBy = [...(issue.blockedBy ?? []), blocker.number];
          this.gh.touch(issue);
          return [201, listed(blocker)];
        },
      ],
      [
        "DELETE",
        new RegExp(`${repo}/dependencies/blocked_by/(\\d+)$`),
        ([n, id]) => {
          const issue = this.byNumber(Number(n));
          const blocker = this.byDatabaseId(Number(id));
          if (!issue || !blocker || !issue.blockedBy?.includes(blocker.number))
            return [404, { message: "Not Found" }];
          issue.blockedBy = issue.blockedBy.filter((k) => k !== blocker.number);
          this.gh.touch(issue);
          return [200, listed(blocker)];
        },
      ],
    ];
  }

  /** Answers the GraphQL operations of the hierarchy; undefined for any other. */
  answer(operation: string, v: Record<string, unknown>): unknown {
    switch (operation) {
      case "IssueHierarchy": {
        const ids = (v.ids as string[]) ?? [];
        return {
          nodes: ids.map((id) => {
            const issue = this.gh.issues.find((i) => i.id === id);
            return issue ? { number: issue.number, ...this.nodeFields(issue) } : null;
          }),
        };
      }
      case "CreateIterationField": {
        const p = this.project(v.projectId);
        const name = String(v.name);
        if (p.fields.some((f) => f.name.toLowerCase() === name.toLowerCase()))
          throw new Error("Name has already been taken");
        const field = {
          id: `F_${this.sequence++}`,
          name,
          dataType: "ITERATION",
          options: [],
          configuration: this.configuration(v.configuration),
        };
        p.fields.push(field);
        return { createProjectV2Field: { projectV2Field: { id: field.id, name } } };
      }
      case "UpdateIterationField": {
        const p = this.gh.project;
        const field = p?.fields.find((f) => f.id === v.fieldId);
        if (!p || !field?.configuration)
          throw new Error("Could not resolve to a node with the global id");
        // As GitHub does: every iteration is made anew (new ids, whatever ids were sent), and every
        // item's value of the field is cleared.
        field.configuration = this.configuration(v.configuration);
        for (const item of p.items) delete item.values[field.name];
        return {
          updateProjectV2Field: {
            projectV2Field: {
              id: field.id,
              configuration: {
                iterations: field.configuration.iterations.map(({ id, title, startDate }) => ({
                  id,
                  title,
                  startDate,
                })),
              },
            },
          },
        };
      }
      case "ProjectQuarters": {
        const p = this.project(v.projectId);
        const field = p.fields.find((f) => f.name.toLowerCase() === String(v.field).toLowerCase());
        const start = v.after ? Number(v.after) : 0;
        const items = p.items.slice(start, start + 100);
        const today = this.gh.clock.slice(0, 10);
        const ended = (i: FakeIteration) => addDays(i.startDate, i.duration) <= today;
        const config = field?.configuration;
        return {
          node: {
            field: config
              ? {
                  id: field.id,
                  name: field.name,
                  configuration: {
                    duration: config.duration,
                    iterations: config.iterations.filter((i) => !ended(i)),
                    completedIterations: config.iterations.filter(ended),
                  },
                }
              : field
                ? {}
                : null,
            items: {
              pageInfo: {
                hasNextPage: start + 100 < p.items.length,
                endCursor: String(start + items.length),
              },
              nodes: items.map((item) => {
                const title = field ? item.values[field.name] : undefined;
                const iteration = config?.iterations.find((i) => i.title === title);
                return {
                  id: item.id,
                  quarter: iteration ? { iterationId: iteration.id, title: iteration.title } : null,
                };
              }),
            },
          },
        };
      }
      case "CreateProjectStatusUpdate": {
        this.project(v.projectId);
        const update: FakeStatusUpdate = {
          id: `PVTSU_${this.sequence++}`,
          status: String(v.status),
          body: String(v.body ?? ""),
          startDate: (v.startDate as string | undefined) ?? null,
          targetDate: (v.targetDate as string | undefined) ?? null,
          createdAt: this.gh.clock,
          creator: "roundtable",
        };
        this.statusUpdates.push(update);
        return {
          createProjectV2StatusUpdate: {
            statusUpdate: { id: update.id, createdAt: update.createdAt },
          },
        };
      }
      case "ProjectStatusUpdates": {
        this.project(v.projectId);
        const nodes = [...this.statusUpdates]
          .reverse()
          .slice(0, 10)
          .map(({ creator, ...u }) => ({ ...u, creator: { login: creator } }));
        return { node: { statusUpdates: { nodes } } };
      }
      default:
        return undefined;
    }
  }

  private typeOf(issue: FakeIssue): FakeIssueType | undefined {
    if (!issue.type) return undefined;
    return (
      this.issueTypes?.find((t) => t.name === issue.type) ?? {
        id: 0,
        node_id: "IT_0",
        name: issue.type,
        description: null,
        color: null,
      }
    );
  }

  private configuration(input: unknown): FakeIterationConfiguration {
    const c = input as {
      startDate: string;
      duration: number;
      iterations: Array<{ title: string; startDate: string; duration: number }>;
    };
    return {
      startDate: c.startDate,
      duration: c.duration,
      iterations: c.iterations.map((i) => ({
        id: `IT_${this.sequence++}`,
        title: i.title,
        startDate: i.startDate,
        duration: i.duration,
      })),
    };
  }

  private project(id: unknown): FakeProject {
    if (!this.gh.project || this.gh.project.id !== id)
      throw new Error("Could not resolve to a ProjectV2");
    return this.gh.project;
  }

  private byNumber(n: number): FakeIssue | undefined {
    return this.gh.issues.find((i) => i.number === n);
  }

  /** The REST sub-issue and dependency endpoints name an issue by its database id. */
  private byDatabaseId(id: unknown): FakeIssue | undefined {
    return this.gh.issues.find((i) => this.gh.databaseId(i) === Number(id));
  }
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
