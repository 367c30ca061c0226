import { graphql } from "./generated/gql.js";

/** The issue behind a project item, and its repository (projects_v2_item payloads name neither). */
export const projectItemContentQuery = graphql(`
  query ProjectItemContent($id: ID!) {
    node(id: $id) {
      ... on Issue {
        number
        repository {
          name
          owner {
            login
          }
        }
      }
    }
  }
`);
