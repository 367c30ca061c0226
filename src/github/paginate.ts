import type { GitHub } from "./client.js";
import type { TypedDocumentString } from "./operations/generated/graphql.js";
import { query } from "./query.js";

/** What every GraphQL connection Roundtable pages through has. */
export interface Connection {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** One answer of a paged query: the whole result, and the connection `pick` found in it. */
export interface Page<TResult, TConnection> {
  data: TResult;
  /** Null when the object holding the connection is gone (or the token cannot see it). */
  connection: TConnection | null;
}

/**
 * Walks one connection: asks `document` again with `after` set to the last page's `endCursor`
 * while `pageInfo.hasNextPage`, one request at a time, starting from `variables.after`. Each
 * answer is yielded whole, so a caller can read what sits beside the connection (the rate limit,
 * the project's fields). When `pick` finds no connection, that answer is the last.
 */
export async function* paginate<
  TResult,
  TVariables extends { after?: string | null },
  TConnection extends Connection,
>(
  github: GitHub,
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  pick: (data: TResult) => TConnection | null | undefined,
): AsyncGenerator<Page<TResult, TConnection>> {
  let after = variables.after ?? null;
  do {
    const data = await query(github, document, { ...variables, after });
    const connection = pick(data) ?? null;
    yield { data, connection };
    after = connection?.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  } while (after !== null);
}
