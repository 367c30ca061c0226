import type { GitHub } from "./client.js";
import { rest } from "./rest.js";

/**
 * The issue types of an organisation, by name; null where the owner has none to give: a personal
 * account (GitHub answers 404), or a token that may not read them (403).
 */
export async function readIssueTypes(github: GitHub, owner: string): Promise<string[] | null> {
  try {
    const { data } = await rest<Array<{ name: string }>>(github, "GET /orgs/{org}/issue-types", {
      org: owner,
    });
    return data.map((t) => t.name);
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 404 || status === 403) return null;
    throw error;
  }
}
