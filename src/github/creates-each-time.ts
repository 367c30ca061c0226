/**
 * The requests that make something new each time they are sent, so that sending one again after
 * an answer that never came whole would make two: a comment, an issue, a pull request, a label, a
 * branch, an invitation, a project field, a commit. No layer sends them again blindly (the retry
 * in safe-retry.ts, the re-ask of a cut-off answer in answers-whole.ts); the effect that made
 * one looks for it first (create-once.ts, and the table in effects/exactly-once.ts).
 *
 * Hooks see the route's template (`/repos/{owner}/{repo}/issues/{issue_number}/comments`) or the
 * URL it became: a path segment is matched as either.
 */
const restCreations: Array<[method: string, path: RegExp]> = [
  ["POST", /\/repos\/[^/]+\/[^/]+\/issues\/[^/]+\/comments$/],
  ["POST", /\/repos\/[^/]+\/[^/]+\/issues$/],
  ["POST", /\/repos\/[^/]+\/[^/]+\/pulls$/],
  ["POST", /\/repos\/[^/]+\/[^/]+\/labels$/],
  ["POST", /\/repos\/[^/]+\/[^/]+\/git\/refs$/],
  // An invitation: sent again, it counts once more against GitHub's 50 a day.
  ["PUT", /\/repos\/[^/]+\/[^/]+\/collaborators\/[^/]+$/],
];

/**
 * GraphQL mutations that create: a commit (its `expectedHeadOid` refuses a second one, but the
 * refusal reads as a conflict), a project field, a project status update. `addProjectV2ItemById` is not one: GitHub
 * answers it with the item already there.
 */
const graphqlCreations =
  /\b(createCommitOnBranch|createProjectV2Field|createProjectV2StatusUpdate|createIssue|addSubIssue)\s*\(/;

/** Whether sending this request a second time could make a second thing. */
export function createsEachTime(options: {
  method: string;
  url: string;
  data?: unknown;
  query?: unknown;
}): boolean {
  const pathname = decodeURIComponent(new URL(options.url, "http://github.test").pathname);
  if (/\/graphql$/.test(pathname)) {
    const query =
      (options as { query?: unknown }).query ??
      (options.data as { query?: unknown } | undefined)?.query;
    return typeof query === "string" && graphqlCreations.test(query);
  }
  return restCreations.some(([method, path]) => method === options.method && path.test(pathname));
}
