import { graphql } from "./generated/gql.js";

/**
 * Writes many files in one signed commit. GitHub refuses it when the branch has moved past
 * expectedHeadOid, which is how two writers never clobber each other.
 */
export const createCommitMutation = graphql(`
  mutation CreateCommit(
    $branch: CommittableBranch!
    $expectedHeadOid: GitObjectID!
    $message: CommitMessage!
    $fileChanges: FileChanges!
  ) {
    createCommitOnBranch(
      input: {
        branch: $branch
        expectedHeadOid: $expectedHeadOid
        message: $message
        fileChanges: $fileChanges
      }
    ) {
      commit {
        oid
        url
      }
    }
  }
`);
