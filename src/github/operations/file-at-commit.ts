import { graphql } from "./generated/gql.js";

/** The text of one file at a commit (expression "<oid>:<path>"); null when there is none. */
export const fileAtCommitQuery = graphql(`
  query FileAtCommit($owner: String!, $name: String!, $expression: String!) {
    repository(owner: $owner, name: $name) {
      object(expression: $expression) {
        ... on Blob {
          text
        }
      }
    }
  }
`);
