import type { Octokit } from "@octokit/core";
import { composePaginateRest } from "@octokit/plugin-paginate-rest";
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

/**
 * The pages of a REST list, one request at a time, following GitHub's `Link: rel="next"` until
 * there is none; a caller may stop early. Asks 100 a page, the most GitHub gives.
 */
export function restPages<T>(
  github: GitHub,
  route: string,
  params: Record<string, unknown>,
): AsyncIterable<{ data: T[] }> {
  // The pager needs only `request` of the client, which every GitHub has.
  return composePaginateRest.iterator(github as Octokit, route, {
    ...params,
    per_page: 100,
  }) as AsyncIterable<{ data: T[] }>;
}
