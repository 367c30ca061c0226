/** Adds an issue to a project; GitHub returns the existing item if it is there already. */
export const addProjectItemMutation = /* GraphQL */ `
  mutation AddProjectItem($projectId: ID!, $contentId: ID!) {
    addProjectV2ItemById(input: { projectId: $projectId, contentId: $contentId }) {
      item {
        id
      }
    }
  }
`;
