import type { GitHub } from "./client.js";
import { rest } from "./rest.js";

/** Whether a person may write to the repository (admin, maintain or write). */
export async function hasWriteAccess(
  github: GitHub,
  owner: string,
  repo: string,
  login: string,
): Promise<boolean> {
  try {
    const { data } = await rest<{ permission: string }>(
      github,
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission",
      {
        owner,
        repo,
        username: login,
      },
    );
    return ["admin", "maintain", "write"].includes(data.permission);
  } catch (error) {
    // Not a collaborator at all.
    if ((error as { status?: number }).status === 404) return false;
    throw error;
  }
}
