import { graphql } from "./generated/gql.js";

/** Moves one item: after another, or to the top when afterId is null. One item per call. */
export const moveProjectItemMutation = graphql(`
  mutation MoveProjectItem($projectId: ID!, $itemId: ID!, $afterId: ID) {
    updateProjectV2ItemPosition(input: { projectId: $projectId, itemId: $itemId, afterId: $afterId }) {
      clientMutationId
    }
  }
`);
