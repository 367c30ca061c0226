import type { GitHub } from "./client.js";
import { rest } from "./rest.js";

/** An issue's body and labels as GitHub holds them now, for a retry of its event. */
export async function readIssue(
  github: GitHub,
  owner: string,
  repo: string,
  issue: number,
): Promise<{ number: number; body: string | null; labels: Array<{ name: string }> }> {
  const { data } = await rest<{
    number: number;
    body: string | null;
    labels: Array<{ name: string } | string>;
  }>(github, "GET /repos/{owner}/{repo}/issues/{issue_number}", {
    owner,
    repo,
    issue_number: issue,
  });
  return {
    number: data.number,
    body: data.body,
    labels: data.labels.map((l) => (typeof l === "string" ? { name: l } : l)),
  };
}
