import type { GitHub } from "./client.js";

/**
 * One REST call by its route, such as "POST /repos/{owner}/{repo}/issues/{issue_number}/labels".
 * Octokit's typed overloads cannot follow a route held in a variable; every route Roundtable uses
 * is checked against GitHub's OpenAPI description in a test.
 */
export async function rest<T = unknown>(
  github: GitHub,
  route: string,
  params: Record<string, unknown>,
): Promise<{ data: T; status: number }> {
  const request = github.request as unknown as (
    route: string,
    params: Record<string, unknown>,
  ) => Promise<{ data: T; status: number }>;
  return request(route, params);
}
