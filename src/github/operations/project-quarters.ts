import { graphql } from "./generated/gql.js";

/**
 * A project's iteration field by name (its iterations, past ones included) and one page of its
 * items with the iteration each is in: what extending the quarters must write back.
 */
export const projectQuartersQuery = graphql(`
  query ProjectQuarters($projectId: ID!, $field: String!, $after: String) {
    node(id: $projectId) {
      ... on ProjectV2 {
        field(name: $field) {
          ... on ProjectV2IterationField {
            id
            name
            configuration {
              duration
              iterations {
                ...QuarterIteration
              }
              completedIterations {
                ...QuarterIteration
              }
            }
          }
        }
        items(first: 100, after: $after) {
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            id
            quarter: fieldValueByName(name: $field) {
              ... on ProjectV2ItemFieldIterationValue {
                iterationId
                title
              }
            }
          }
        }
      }
    }
  }

  fragment QuarterIteration on ProjectV2IterationFieldIteration {
    id
    title
    startDate
    duration
  }
`);
