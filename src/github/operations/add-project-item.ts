import { graphql } from "./generated/gql.js";

/** Adds an issue to a project; GitHub returns the existing item if it is there already. */
export const addProjectItemMutation = graphql(`
  mutation AddProjectItem($projectId: ID!, $contentId: ID!) {
    addProjectV2ItemById(input: { projectId: $projectId, contentId: $contentId }) {
      item {
        id
      }
    }
  }
`);
