import { graphql } from "./generated/gql.js";

/**
 * One page of 100 of the board's issues, with their first 100 👍 (oldest first). Project fields
 * are read by name with `fieldValueByName` rather than through the `fieldValues` connection, which
 * would multiply the query's cost by the number of fields. Sub-issues are not read as a connection
 * (a fifth of the page's points): each key result on the board names its `parent`.
 */
export const boardIssuesQuery = graphql(`
  query BoardIssues(
    $owner: String!
    $name: String!
    $labels: [String!]
    $after: String
    $withProject: Boolean!
    $statusField: String!
    $laneField: String!
    $quarterField: String!
  ) {
    rateLimit {
      cost
      remaining
    }
    repository(owner: $owner, name: $name) {
      issues(
        first: 100
        after: $after
        labels: $labels
        orderBy: { field: CREATED_AT, direction: ASC }
      ) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          number
          title
          url
          state
          createdAt
          closedAt
          body
          author {
            __typename
            login
          }
          labels(first: 30) {
            nodes {
              name
            }
          }
          assignees(first: 10) {
            nodes {
              login
            }
          }
          milestone {
            title
          }
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
