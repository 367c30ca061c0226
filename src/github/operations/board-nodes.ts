import { graphql } from "./generated/gql.js";

/**
 * What GitHub's REST listing of issues lacks, for up to 100 of the board's issues by node id:
 * who gave each its first 100 👍 (oldest first), its parent (a key result's objective) and its
 * project fields. Read only for issues that are new or changed since the last read, so a board
 * that did not change costs no points. Project fields are read by name with `fieldValueByName`
 * rather than through the `fieldValues` connection, which would multiply the query's cost by
 * the number of fields.
 */
export const boardNodesQuery = graphql(`
  query BoardNodes(
    $ids: [ID!]!
    $withProject: Boolean!
    $statusField: String!
    $laneField: String!
    $quarterField: String!
  ) {
    rateLimit {
      cost
      remaining
    }
    nodes(ids: $ids) {
      ... on Issue {
        id
        number
        parent {
          number
        }
        reactions(content: THUMBS_UP, first: 100, orderBy: { field: CREATED_AT, direction: ASC }) {
          ...Upvotes
        }
        projectItems(first: 10) @include(if: $withProject) {
          nodes {
            id
            project {
              number
              owner {
                ... on Organization {
                  login
                }
                ... on User {
                  login
                }
              }
            }
            status: fieldValueByName(name: $statusField) {
              ...FieldValueName
            }
            lane: fieldValueByName(name: $laneField) {
              ...FieldValueName
            }
            quarter: fieldValueByName(name: $quarterField) {
              ...FieldValueName
            }
          }
        }
      }
    }
  }

  fragment FieldValueName on ProjectV2ItemFieldValue {
    ... on ProjectV2ItemFieldSingleSelectValue {
      name
    }
    ... on ProjectV2ItemFieldIterationValue {
      title
    }
  }
`);
