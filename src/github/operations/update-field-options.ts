import { graphql } from "./generated/gql.js";

/**
 * Sets the options of a single-select field. GitHub replaces the list as a whole (its schema:
 * "provided values overwrite existing options"), so the caller sends the existing options back
 * with the new ones.
 */
export const updateFieldOptionsMutation = graphql(`
  mutation UpdateFieldOptions($fieldId: ID!, $options: [ProjectV2SingleSelectFieldOptionInput!]) {
    updateProjectV2Field(input: { fieldId: $fieldId, singleSelectOptions: $options }) {
      projectV2Field {
        ... on ProjectV2SingleSelectField {
          id
          options {
            id
            name
          }
        }
      }
    }
  }
`);
