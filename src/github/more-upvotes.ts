import type { Reaction } from "../core/index.js";
import type { GitHub } from "./client.js";
import { chargeRequest, type LoadCost } from "./load-cost.js";
import type { UpvotesFragment } from "./operations/generated/graphql.js";
import { upvotesFragment } from "./operations/upvotes.js";
import { toReactions } from "./to-issue-record.js";

/** An issue with more 👍 than its first page held, and where its next page starts. */
export interface FollowUp {
  id: string;
  after: string;
  reactions: Reaction[];
}

/** Issues asked in one request: each alias is one connection of 100, so 100 cost 1 point. */
export const followUpsPerRequest = 100;

/**
 * One request for the next page of 👍 of several issues at once, each under its own alias
 * (`f0: node(id: $id0) { … reactions(after: $after0) }`), so that 200 issues with more than
 * 100 👍 take 2 requests, not 200. The document is built for the number of issues asked; a test
 * validates it against GitHub's schema like every other operation.
 */
export function moreUpvotesDocument(count: number): string {
  const variables = Array.from({ length: count }, (_, i) => `$id${i}: ID!, $after${i}: String!`);
  const fields = Array.from(
    { length: count },
    (_, i) => `  f${i}: node(id: $id${i}) {
    ... on Issue {
      reactions(content: THUMBS_UP, first: 100, after: $after${i}, orderBy: { field: CREATED_AT, direction: ASC }) {
        ...Upvotes
      }
    }
  }`,
  );
  return `query MoreUpvotes(${variables.join(", ")}) {
  rateLimit {
    cost
    remaining
  }
${fields.join("\n")}
}
${upvotesFragment.toString().replace(/^\s+/, "")}`;
}

/** Reads every follow-up page of 👍, batched, until no issue has more; adds them to `reactions`. */
export async function readMoreUpvotes(
  github: GitHub,
  followUps: FollowUp[],
  cost: LoadCost,
): Promise<void> {
  cost.followUpIssues += followUps.length;
  let pending = followUps;
  while (pending.length > 0) {
    const batch = pending.slice(0, followUpsPerRequest);
    pending = pending.slice(followUpsPerRequest);
    const variables: Record<string, string> = {};
    batch.forEach(({ id, after }, i) => {
      variables[`id${i}`] = id;
      variables[`after${i}`] = after;
    });
    type Answer = { rateLimit: { cost: number; remaining: number } | null } & Record<
      string,
      { reactions?: UpvotesFragment } | null
    >;
    const data = await github.graphql<Answer>(moreUpvotesDocument(batch.length), variables);
    chargeRequest(cost, data.rateLimit);
    batch.forEach((followUp, i) => {
      const connection = data[`f${i}`]?.reactions;
      if (!connection) return;
      followUp.reactions.push(...toReactions(connection, cost));
      const { hasNextPage, endCursor } = connection.pageInfo;
      if (hasNextPage && endCursor) pending.push({ ...followUp, after: endCursor });
    });
  }
}
