import { graphql } from "./generated/gql.js";

/**
 * A page of an issue's 👍, oldest first, as the board and its follow-up pages both read them: one
 * shape, so the follow-up pages cannot read them differently.
 */
export const upvotesFragment = graphql(`
  fragment Upvotes on ReactionConnection {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      createdAt
      user {
        login
      }
    }
  }
`);
