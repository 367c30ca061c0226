import { graphql } from "./generated/gql.js";

/** A project's id, its fields with their options, and one page of its items in position order. */
export const projectBoardQuery = graphql(`
  query ProjectBoard($owner: String!, $number: Int!, $after: String) {
    repositoryOwner(login: $owner) {
      ... on Organization {
        projectV2(number: $number) {
          ...Board
        }
      }
      ... on User {
        projectV2(number: $number) {
          ...Board
        }
      }
    }
  }

  fragment Board on ProjectV2 {
    id
    title
    url
    fields(first: 50) {
      nodes {
        ... on ProjectV2FieldCommon {
          id
          name
          dataType
        }
        ... on ProjectV2SingleSelectField {
          options {
            id
            name
            color
            description
          }
        }
        ... on ProjectV2IterationField {
          configuration {
            iterations {
              id
              title
            }
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
        isArchived
        content {
          ... on Issue {
            number
            repository {
              nameWithOwner
            }
          }
        }
      }
    }
  }
`);
