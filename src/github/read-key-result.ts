import type { Config } from "../config/index.js";
import { type IssueRecord, isKind } from "../core/index.js";
import type { GitHub } from "./client.js";
import { readComments } from "./read-comments.js";
import { rest } from "./rest.js";
import { fromListing, type ListedIssue } from "./to-issue-record.js";

export interface KeyResultRead {
  /** The key result as GitHub holds it now, with its comments (its check-ins record among them). */
  issue: IssueRecord;
  /** The first assignee of its parent, the objective: who owns it. */
  objectiveOwner: string | null;
}

/**
 * An issue re-read to act on a command given on it: the key result, its comments and its
 * objective's owner; null when the issue is not a key result (by type, else label).
 */
export async function readKeyResult(
  github: GitHub,
  { owner, repo, number, config }: { owner: string; repo: string; number: number; config: Config },
): Promise<KeyResultRead | null> {
  const { data } = await rest<ListedIssue>(
    github,
    "GET /repos/{owner}/{repo}/issues/{issue_number}",
    {
      owner,
      repo,
      issue_number: number,
    },
  );
  const record = fromListing(data);
  if (!isKind(record, "keyResult", config)) return null;
  const parent = await rest<ListedIssue>(
    github,
    "GET /repos/{owner}/{repo}/issues/{issue_number}/parent",
    { owner, repo, issue_number: number },
  ).catch((error: unknown) => {
    // No parent: GitHub answers 404.
    if ((error as { status?: number }).status === 404) return null;
    throw error;
  });
  const { comments } = await readComments(github, record.id ?? "");
  return {
    issue: { ...record, parent: parent?.data.number ?? null, comments },
    objectiveOwner: parent?.data.assignees?.find((a) => a)?.login ?? null,
  };
}
