/** One page of an issue's comments with their 👍 counts: read for retro issues only. */
export const issueCommentsQuery = /* GraphQL */ `
  query IssueComments($id: ID!, $after: String) {
    rateLimit {
      cost
      remaining
      resetAt
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
            reactions(content: THUMBS_UP) {
              totalCount
            }
          }
        }
      }
    }
  }
`;
