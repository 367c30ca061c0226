import type { GitHub } from "./client.js";
import { readIssue } from "./read-issue.js";
import { rest } from "./rest.js";

/** A command's comment and its issue as GitHub holds them now, for a retry of the command. */
export async function readCommand(
  github: GitHub,
  owner: string,
  repo: string,
  issue: number,
  commentId: number,
): Promise<{
  issue: { number: number; body: string | null; labels: Array<{ name: string }> };
  comment: {
    id: number;
    body: string;
    created_at: string;
    html_url: string;
    user: { login: string } | null;
  };
}> {
  const { data: comment } = await rest<{
    id: number;
    body: string;
    created_at: string;
    html_url: string;
    user: { login: string } | null;
  }>(github, "GET /repos/{owner}/{repo}/issues/comments/{comment_id}", {
    owner,
    repo,
    comment_id: commentId,
  });
  return { issue: await readIssue(github, owner, repo, issue), comment };
}

/** An issue's labels as GitHub holds them now (what decides which commands it takes). */
export async function readIssueLabels(
  github: GitHub,
  owner: string,
  repo: string,
  issue: number,
): Promise<string[]> {
  const { data } = await rest<{ labels: Array<{ name: string } | string> }>(
    github,
    "GET /repos/{owner}/{repo}/issues/{issue_number}",
    { owner, repo, issue_number: issue },
  );
  return data.labels.map((l) => (typeof l === "string" ? l : l.name));
}
