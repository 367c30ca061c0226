/** The head commit of a branch (the default branch when none is named). */
export const branchHeadQuery = /* GraphQL */ `
  query BranchHead($owner: String!, $name: String!, $qualifiedName: String!) {
    repository(owner: $owner, name: $name) {
      defaultBranchRef {
        name
        target {
          oid
        }
      }
      ref(qualifiedName: $qualifiedName) {
        name
        target {
          oid
        }
      }
    }
  }
`;
