import { graphql } from "./generated/gql.js";

/**
 * Replaces an iteration field's iterations. GitHub gives every iteration a new id and clears every
 * item's value of the field, so whoever calls it reads the items' values first and writes them back
 * after (extendQuarters).
 */
export const updateIterationFieldMutation = graphql(`
  mutation UpdateIterationField(
    $fieldId: ID!
    $configuration: ProjectV2IterationFieldConfigurationInput!
  ) {
    updateProjectV2Field(input: { fieldId: $fieldId, iterationConfiguration: $configuration }) {
      projectV2Field {
        ... on ProjectV2IterationField {
          id
          configuration {
            iterations {
              id
              title
              startDate
            }
          }
        }
      }
    }
  }
`);
