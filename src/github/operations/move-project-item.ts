/** Moves one item: after another, or to the top when afterId is null. One item per call. */
export const moveProjectItemMutation = /* GraphQL */ `
  mutation MoveProjectItem($projectId: ID!, $itemId: ID!, $afterId: ID) {
    updateProjectV2ItemPosition(input: { projectId: $projectId, itemId: $itemId, afterId: $afterId }) {
      clientMutationId
    }
  }
`;
