import { RoundtableError } from "../errors/index.js";
import type { GitHub } from "./client.js";
import { branchHeadQuery, createCommitMutation, fileAtCommitQuery } from "./operations/index.js";
import { rest } from "./rest.js";

export interface FileContent {
  path: string;
  content: string;
}

/**
 * Renders the files from what the branch holds now. Called again after a conflict, so it must be
 * pure: the same existing texts give the same files.
 */
export type RenderFiles = (existing: (path: string) => string | undefined) => FileContent[];

export interface CommitOptions {
  owner: string;
  repo: string;
  message: string;
  render: RenderFiles;
  /** `direct` commits to the default branch; `pull-request` to one branch, with one open PR. */
  mode: "direct" | "pull-request";
  dryRun: boolean;
  log: (line: string) => void;
  /** How many times to re-read and retry when the branch moved under us. */
  attempts?: number;
}

export interface CommitResult {
  /** The new commit, or null when nothing changed (or in a dry run). */
  commit: { oid: string; url: string } | null;
  /** The paths whose text changed. */
  changed: string[];
  pullRequest: { number: number; url: string } | null;
}

/** The branch moved on every attempt. */
export class CommitConflictError extends RoundtableError {
  override name = "CommitConflictError";
}

/** The branch of pull-request mode: one branch, one PR, updated run after run. */
export const pagesBranch = "roundtable/pages";

interface Head {
  branch: string;
  oid: string;
  defaultBranch: string;
  defaultOid: string;
  exists: boolean;
}

/**
 * Writes every page of a run in one `createCommitOnBranch` commit. It reads the current texts
 * first and makes no commit when nothing changed. When the branch moved meanwhile (a stale
 * `expectedHeadOid`), it reads and renders again and retries, a bounded number of times; it never
 * forces.
 */
export async function commitFiles(github: GitHub, options: CommitOptions): Promise<CommitResult> {
  const { owner, repo, log } = options;
  const attempts = options.attempts ?? 3;
  // A render with no existing texts tells which paths the run writes.
  const paths = options.render(() => undefined).map((f) => f.path);
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const head = await readHead(github, owner, repo, options.mode);
    const readFrom = head.exists ? head.oid : head.defaultOid;
    const existing = new Map<string, string | undefined>();
    for (const path of paths)
      existing.set(path, await readFile(github, owner, repo, `${readFrom}:${path}`));
    const files = options.render((path) => existing.get(path));
    const changed = files.filter((f) => f.content !== existing.get(f.path));
    if (changed.length === 0) {
      log("pages: nothing changed, no commit");
      return { commit: null, changed: [], pullRequest: null };
    }
    if (options.dryRun) {
      for (const f of changed) log(`would write ${f.path}`);
      return { commit: null, changed: changed.map((f) => f.path), pullRequest: null };
    }
    if (!head.exists) await createBranch(github, owner, repo, head);
    try {
      const commit = await createCommit(github, owner, repo, head, options.message, changed);
      log(
        `committed ${changed.map((f) => f.path).join(", ")} to ${head.branch} (${commit.oid.slice(0, 7)})`,
      );
      const pullRequest =
        options.mode === "pull-request"
          ? await ensurePullRequest(github, owner, repo, head, options.message)
          : null;
      return { commit, changed: changed.map((f) => f.path), pullRequest };
    } catch (error) {
      if (!isStaleHead(error)) throw error;
      log(
        `${head.branch} moved while the pages were written (attempt ${attempt} of ${attempts}): reading it again`,
      );
    }
  }
  throw new CommitConflictError(
    `the branch kept moving while Roundtable wrote its pages (${attempts} attempts); nothing was written: run again`,
  );
}

interface BranchHeadData {
  repository: {
    defaultBranchRef: { name: string; target: { oid: string } } | null;
    ref: { name: string; target: { oid: string } } | null;
  } | null;
}

async function readHead(
  github: GitHub,
  owner: string,
  repo: string,
  mode: CommitOptions["mode"],
): Promise<Head> {
  const data = await github.graphql<BranchHeadData>(branchHeadQuery, {
    owner,
    name: repo,
    qualifiedName: `refs/heads/${pagesBranch}`,
  });
  const main = data.repository?.defaultBranchRef;
  if (!main)
    throw new Error(
      `${owner}/${repo} has no default branch to write pages to: push a first commit`,
    );
  if (mode === "direct") {
    return {
      branch: main.name,
      oid: main.target.oid,
      defaultBranch: main.name,
      defaultOid: main.target.oid,
      exists: true,
    };
  }
  const branch = data.repository?.ref;
  return {
    branch: pagesBranch,
    oid: branch?.target.oid ?? main.target.oid,
    defaultBranch: main.name,
    defaultOid: main.target.oid,
    exists: branch !== null && branch !== undefined,
  };
}

async function readFile(
  github: GitHub,
  owner: string,
  repo: string,
  expression: string,
): Promise<string | undefined> {
  const data = await github.graphql<{
    repository: { object: { text: string | null } | null } | null;
  }>(fileAtCommitQuery, {
    owner,
    name: repo,
    expression,
  });
  return data.repository?.object?.text ?? undefined;
}

async function createBranch(
  github: GitHub,
  owner: string,
  repo: string,
  head: Head,
): Promise<void> {
  await rest(github, "POST /repos/{owner}/{repo}/git/refs", {
    owner,
    repo,
    ref: `refs/heads/${head.branch}`,
    sha: head.defaultOid,
  });
}

async function createCommit(
  github: GitHub,
  owner: string,
  repo: string,
  head: Head,
  message: string,
  files: Array<{ path: string; content: string }>,
): Promise<{ oid: string; url: string }> {
  const data = await github.graphql<{
    createCommitOnBranch: { commit: { oid: string; url: string } };
  }>(createCommitMutation, {
    branch: { repositoryNameWithOwner: `${owner}/${repo}`, branchName: head.branch },
    expectedHeadOid: head.oid,
    message: { headline: message },
    fileChanges: {
      additions: files.map((f) => ({
        path: f.path,
        contents: Buffer.from(f.content, "utf8").toString("base64"),
      })),
    },
  });
  return data.createCommitOnBranch.commit;
}

/** GitHub refuses a commit whose expectedHeadOid is no longer the head with a message naming it. */
function isStaleHead(error: unknown): boolean {
  const message = String((error as Error)?.message ?? "");
  return /expectedHeadOid|expected branch to point to/i.test(message);
}

async function ensurePullRequest(
  github: GitHub,
  owner: string,
  repo: string,
  head: Head,
  message: string,
): Promise<{ number: number; url: string }> {
  const { data: open } = await rest<Array<{ number: number; html_url: string }>>(
    github,
    "GET /repos/{owner}/{repo}/pulls",
    {
      owner,
      repo,
      head: `${owner}:${head.branch}`,
      state: "open",
    },
  );
  const existing = open[0];
  if (existing) return { number: existing.number, url: existing.html_url };
  const { data } = await rest<{ number: number; html_url: string }>(
    github,
    "POST /repos/{owner}/{repo}/pulls",
    {
      owner,
      repo,
      head: head.branch,
      base: head.defaultBranch,
      title: message,
      body: "Roundtable refreshed its pages. Merge to publish them; the next run updates this pull request.",
    },
  );
  return { number: data.number, url: data.html_url };
}
