import { graphql } from "./generated/gql.js";

/** A project's latest status updates, newest first: enough to tell whether this week has one. */
export const projectStatusUpdatesQuery = graphql(`
  query ProjectStatusUpdates($projectId: ID!) {
    node(id: $projectId) {
      ... on ProjectV2 {
        statusUpdates(first: 10, orderBy: { field: CREATED_AT, direction: DESC }) {
          nodes {
            id
            status
            body
            startDate
            createdAt
            creator {
              login
            }
          }
        }
      }
    }
  }
`);
