import type { CommentRecord } from "../core/index.js";
import type { GitHub } from "./client.js";
import { issueCommentsQuery } from "./operations/index.js";

interface IssueCommentsData {
  rateLimit: { cost: number; remaining: number } | null;
  node: {
    comments: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: Array<{
        databaseId: number;
        url: string;
        body: string;
        createdAt: string;
        author: { __typename: string; login: string } | null;
        up: { totalCount: number; nodes: Array<{ user: { login: string } | null }> };
        down: { nodes: Array<{ user: { login: string } | null }> };
      }>;
    };
  } | null;
}

const logins = (nodes: Array<{ user: { login: string } | null }>) =>
  nodes.flatMap((n) => (n.user ? [n.user.login] : []));

/** Every comment of an issue (by node id), oldest first, with its 👍 and 👎, 100 a request. */
export async function readComments(
  github: GitHub,
  issueId: string,
): Promise<{ comments: CommentRecord[]; requests: number; points: number }> {
  const comments: CommentRecord[] = [];
  let requests = 0;
  let points = 0;
  let cursor: string | null = null;
  do {
    const data: IssueCommentsData = await github.graphql<IssueCommentsData>(issueCommentsQuery, {
      id: issueId,
      after: cursor,
    });
    requests += 1;
    points += data.rateLimit?.cost ?? 0;
    const page = data.node?.comments;
    if (!page) break;
    comments.push(
      ...page.nodes.map((c) => ({
        id: c.databaseId,
        url: c.url,
        author: { login: c.author?.login ?? "ghost", bot: c.author?.__typename === "Bot" },
        createdAt: c.createdAt,
        body: c.body,
        votes: c.up.totalCount,
        up: logins(c.up.nodes),
        down: logins(c.down.nodes),
      })),
    );
    cursor = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (cursor !== null);
  return { comments, requests, points };
}
