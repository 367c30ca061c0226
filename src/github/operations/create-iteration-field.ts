import { graphql } from "./generated/gql.js";

/**
 * Adds an iteration field (the board's Quarter) to a project, with its iterations given: GitHub
 * would otherwise make three of its own, two weeks each.
 */
export const createIterationFieldMutation = graphql(`
  mutation CreateIterationField(
    $projectId: ID!
    $name: String!
    $configuration: ProjectV2IterationFieldConfigurationInput!
  ) {
    createProjectV2Field(
      input: {
        projectId: $projectId
        dataType: ITERATION
        name: $name
        iterationConfiguration: $configuration
      }
    ) {
      projectV2Field {
        ... on ProjectV2IterationField {
          id
          name
        }
      }
    }
  }
`);
