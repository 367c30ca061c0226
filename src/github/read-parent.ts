import type { GitHub } from "./client.js";
import { rest } from "./rest.js";

/** The number of an issue's parent (it is a sub-issue), or null: GitHub answers 404 for none. */
export async function readParent(
  github: GitHub,
  { owner, repo, issue }: { owner: string; repo: string; issue: number },
): Promise<number | null> {
  try {
    const { data } = await rest<{ number: number }>(
      github,
      "GET /repos/{owner}/{repo}/issues/{issue_number}/parent",
      { owner, repo, issue_number: issue },
    );
    return data.number;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return null;
    throw error;
  }
}
