import { graphql } from "./generated/gql.js";

/** The head commit of a branch (the default branch when none is named). */
export const branchHeadQuery = graphql(`
  query BranchHead($owner: String!, $name: String!, $qualifiedName: String!) {
    repository(owner: $owner, name: $name) {
      defaultBranchRef {
        name
        target {
          oid
        }
      }
      ref(qualifiedName: $qualifiedName) {
        target {
          oid
        }
      }
    }
  }
`);
