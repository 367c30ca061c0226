import { graphql } from "./generated/gql.js";

/** The 👍 of one issue after the first 100: asked only for issues that have more. */
export const issueReactionsQuery = graphql(`
  query IssueReactions($id: ID!, $after: String) {
    rateLimit {
      cost
      remaining
    }
    node(id: $id) {
      ... on Issue {
        reactions(
          content: THUMBS_UP
          first: 100
          after: $after
          orderBy: { field: CREATED_AT, direction: ASC }
        ) {
          ...Upvotes
        }
      }
    }
  }
`);
