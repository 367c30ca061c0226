import { graphql } from "./generated/gql.js";

/** Sets one field of a project item: an option, an iteration, a number or a text. */
export const updateItemFieldMutation = graphql(`
  mutation UpdateItemField(
    $projectId: ID!
    $itemId: ID!
    $fieldId: ID!
    $value: ProjectV2FieldValue!
  ) {
    updateProjectV2ItemFieldValue(
      input: { projectId: $projectId, itemId: $itemId, fieldId: $fieldId, value: $value }
    ) {
      projectV2Item {
        id
      }
    }
  }
`);
