import { graphql } from "./generated/gql.js";

/**
 * One page of an issue's comments with who gave them 👍 and 👎 (the first 100 of each, more
 * than any meeting seats): read for retro and meeting issues only.
 */
export const issueCommentsQuery = graphql(`
  query IssueComments($id: ID!, $after: String) {
    rateLimit {
      cost
    }
    node(id: $id) {
      ... on Issue {
        comments(first: 100, after: $after) {
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            databaseId
            url
            body
            createdAt
            author {
              __typename
              login
            }
            up: reactions(content: THUMBS_UP, first: 100) {
              totalCount
              nodes {
                user {
                  login
                }
              }
            }
            down: reactions(content: THUMBS_DOWN, first: 100) {
              nodes {
                user {
                  login
                }
              }
            }
            reactionGroups {
              content
              viewerHasReacted
            }
          }
        }
      }
    }
  }
`);
