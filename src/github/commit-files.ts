import { RoundtableError } from "../errors/index.js";
import type { GitHub } from "./client.js";
import { mayHaveFailedInTransit } from "./create-once.js";
import { ensurePullRequest, pendingPullRequest } from "./ensure-pull-request.js";
import { createCommitMutation } from "./operations/index.js";
import { query } from "./query.js";
import { type Head, readHead } from "./read-head.js";
import { readText } from "./read-text.js";
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
  /**
   * `direct` commits to the default branch; `pull-request` to one branch, with one open PR;
   * `branch` to `branch` alone (created from the default branch when missing), with no PR.
   */
  mode: "direct" | "pull-request" | "branch";
  /** The branch of `branch` mode. */
  branch?: string;
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
    const head = await readHead(
      github,
      owner,
      repo,
      options.mode === "direct" ? "direct" : "pull-request",
      options.branch ?? pagesBranch,
    );
    const existing = await readTexts(github, options, head, paths);
    const files = options.render((path) => existing.get(path));
    const changed = files.filter((f) => f.content !== existing.get(f.path));
    if (changed.length === 0) return nothingChanged(github, options, head, files);
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
      // A commit is never sent again blindly: when its outcome is unknown (a 5xx, a cut-off
      // answer, no answer in time), the branch is read again, and a commit that landed shows as
      // nothing left to change.
      const unknown = !isStaleHead(error) && mayHaveFailedInTransit(error);
      if (!isStaleHead(error) && !unknown) throw error;
      if (unknown && attempt >= attempts) throw error;
      log(
        unknown
          ? `the commit to ${head.branch} may or may not have landed (${(error as Error).message}): reading the branch again (attempt ${attempt} of ${attempts})`
          : `${head.branch} moved while the pages were written (attempt ${attempt} of ${attempts}): reading it again`,
      );
    }
  }
  throw new CommitConflictError(
    `the branch kept moving while Roundtable wrote its pages (${attempts} attempts); nothing was written: run again`,
  );
}

/** The texts the run's paths hold now: on the branch, or on the default branch it starts from. */
async function readTexts(
  github: GitHub,
  { owner, repo }: CommitOptions,
  head: Head,
  paths: string[],
): Promise<Map<string, string | undefined>> {
  const readFrom = head.exists ? head.oid : head.defaultOid;
  const existing = new Map<string, string | undefined>();
  for (const path of paths)
    existing.set(path, await readText(github, owner, repo, `${readFrom}:${path}`));
  return existing;
}

/**
 * No page changed. Our commit may have landed unanswered in an earlier run: in pull-request mode
 * its pull request is opened if still missing.
 */
async function nothingChanged(
  github: GitHub,
  options: CommitOptions,
  head: Head,
  files: Array<{ path: string; content: string }>,
): Promise<CommitResult> {
  options.log("pages: nothing changed, no commit");
  const { owner, repo } = options;
  const pullRequest =
    options.mode === "pull-request" && head.exists && !options.dryRun
      ? await pendingPullRequest(github, owner, repo, head, options.message, files)
      : null;
  return { commit: null, changed: [], pullRequest };
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
  const data = await query(github, createCommitMutation, {
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
  const commit = data.createCommitOnBranch?.commit;
  if (!commit) throw new RoundtableError(`GitHub made no commit on ${head.branch}: run again`);
  return commit;
}

/** GitHub refuses a commit whose expectedHeadOid is no longer the head with a message naming it. */
function isStaleHead(error: unknown): boolean {
  const message = String((error as Error)?.message ?? "");
  return /expectedHeadOid|expected branch to point to/i.test(message);
}
