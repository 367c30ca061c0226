import type { GitHub } from "./client.js";
import type { TypedDocumentString } from "./operations/generated/graphql.js";

/**
 * One GraphQL request. Its result and variables are typed by the document, which
 * `npm run generate` derives from the operation and GitHub's schema.
 */
export function query<TResult, TVariables>(
  github: GitHub,
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  // Octokit takes a query as text: a String object would be read as its options.
  return github.graphql<TResult>(document.toString(), variables as Record<string, unknown>);
}
