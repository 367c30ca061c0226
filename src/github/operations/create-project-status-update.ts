import { graphql } from "./generated/gql.js";

/** Posts a status update on a project: the week's summary of the quarter's objectives. */
export const createProjectStatusUpdateMutation = graphql(`
  mutation CreateProjectStatusUpdate(
    $projectId: ID!
    $status: ProjectV2StatusUpdateStatus!
    $body: String!
    $startDate: Date
    $targetDate: Date
  ) {
    createProjectV2StatusUpdate(
      input: {
        projectId: $projectId
        status: $status
        body: $body
        startDate: $startDate
        targetDate: $targetDate
      }
    ) {
      statusUpdate {
        id
        createdAt
      }
    }
  }
`);
