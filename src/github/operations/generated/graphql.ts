/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A message to include with a new commit */
export type CommitMessage = {
  /** The body of the message. */
  body?: string | null | undefined;
  /** The headline of the message. */
  headline: string;
};

/**
 * A git ref for a commit to be appended to.
 *
 * The ref must be a branch, i.e. its fully qualified name must start
 * with `refs/heads/` (although the input is not required to be fully
 * qualified).
 *
 * The Ref may be specified by its global node ID or by the
 * `repositoryNameWithOwner` and `branchName`.
 *
 * ### Examples
 *
 * Specify a branch using a global node ID:
 *
 *     { "id": "MDM6UmVmMTpyZWZzL2hlYWRzL21haW4=" }
 *
 * Specify a branch using `repositoryNameWithOwner` and `branchName`:
 *
 *     {
 *       "repositoryNameWithOwner": "github/graphql-client",
 *       "branchName": "main"
 *     }
 */
export type CommittableBranch = {
  /** The unqualified name of the branch to append the commit to. */
  branchName?: string | null | undefined;
  /** The Node ID of the Ref to be updated. */
  id?: string | number | null | undefined;
  /** The nameWithOwner of the repository to commit to. */
  repositoryNameWithOwner?: string | null | undefined;
};

/**
 * A command to add a file at the given path with the given contents as part of a
 * commit.  Any existing file at that that path will be replaced.
 */
export type FileAddition = {
  /** The base64 encoded contents of the file */
  contents: string;
  /** The path in the repository where the file will be located */
  path: string;
};

/**
 * A description of a set of changes to a file tree to be made as part of
 * a git commit, modeled as zero or more file `additions` and zero or more
 * file `deletions`.
 *
 * Both fields are optional; omitting both will produce a commit with no
 * file changes.
 *
 * `deletions` and `additions` describe changes to files identified
 * by their path in the git tree using unix-style path separators, i.e.
 * `/`.  The root of a git tree is an empty string, so paths are not
 * slash-prefixed.
 *
 * `path` values must be unique across all `additions` and `deletions`
 * provided.  Any duplication will result in a validation error.
 *
 * ### Encoding
 *
 * File contents must be provided in full for each `FileAddition`.
 *
 * The `contents` of a `FileAddition` must be encoded using RFC 4648
 * compliant base64, i.e. correct padding is required and no characters
 * outside the standard alphabet may be used.  Invalid base64
 * encoding will be rejected with a validation error.
 *
 * The encoded contents may be binary.
 *
 * For text files, no assumptions are made about the character encoding of
 * the file contents (after base64 decoding).  No charset transcoding or
 * line-ending normalization will be performed; it is the client's
 * responsibility to manage the character encoding of files they provide.
 * However, for maximum compatibility we recommend using UTF-8 encoding
 * and ensuring that all files in a repository use a consistent
 * line-ending convention (`\n` or `\r\n`), and that all files end
 * with a newline.
 *
 * ### Modeling file changes
 *
 * Each of the the five types of conceptual changes that can be made in a
 * git commit can be described using the `FileChanges` type as follows:
 *
 * 1. New file addition: create file `hello world\n` at path `docs/README.txt`:
 *
 *        {
 *          "additions" [
 *            {
 *              "path": "docs/README.txt",
 *              "contents": base64encode("hello world\n")
 *            }
 *          ]
 *        }
 *
 * 2. Existing file modification: change existing `docs/README.txt` to have new
 *    content `new content here\n`:
 *
 *        {
 *          "additions" [
 *            {
 *              "path": "docs/README.txt",
 *              "contents": base64encode("new content here\n")
 *            }
 *          ]
 *        }
 *
 * 3. Existing file deletion: remove existing file `docs/README.txt`.
 *    Note that the path is required to exist -- specifying a
 *    path that does not exist on the given branch will abort the
 *    commit and return an error.
 *
 *        {
 *          "deletions" [
 *            {
 *              "path": "docs/README.txt"
 *            }
 *          ]
 *        }
 *
 *
 * 4. File rename with no changes: rename `docs/README.txt` with
 *    previous content `hello world\n` to the same content at
 *    `newdocs/README.txt`:
 *
 *        {
 *          "deletions" [
 *            {
 *              "path": "docs/README.txt",
 *            }
 *          ],
 *          "additions" [
 *            {
 *              "path": "newdocs/README.txt",
 *              "contents": base64encode("hello world\n")
 *            }
 *          ]
 *        }
 *
 *
 * 5. File rename with changes: rename `docs/README.txt` with
 *    previous content `hello world\n` to a file at path
 *    `newdocs/README.txt` with content `new contents\n`:
 *
 *        {
 *          "deletions" [
 *            {
 *              "path": "docs/README.txt",
 *            }
 *          ],
 *          "additions" [
 *            {
 *              "path": "newdocs/README.txt",
 *              "contents": base64encode("new contents\n")
 *            }
 *          ]
 *        }
 */
export type FileChanges = {
  /** File to add or change. */
  additions?: Array<FileAddition> | null | undefined;
  /** Files to delete. */
  deletions?: Array<FileDeletion> | null | undefined;
};

/** A command to delete the file at the given path as part of a commit. */
export type FileDeletion = {
  /** The path to delete */
  path: string;
};

/** The type of a project field. */
export type ProjectV2FieldType =
  /** Assignees */
  | 'ASSIGNEES'
  /** Closed */
  | 'CLOSED'
  /** Created */
  | 'CREATED'
  /** Date */
  | 'DATE'
  /** Issue type */
  | 'ISSUE_TYPE'
  /** Iteration */
  | 'ITERATION'
  /** Labels */
  | 'LABELS'
  /** Linked Pull Requests */
  | 'LINKED_PULL_REQUESTS'
  /** Milestone */
  | 'MILESTONE'
  /** Number */
  | 'NUMBER'
  /** Parent issue */
  | 'PARENT_ISSUE'
  /** Repository */
  | 'REPOSITORY'
  /** Reviewers */
  | 'REVIEWERS'
  /** Single Select */
  | 'SINGLE_SELECT'
  /** Sub-issues progress */
  | 'SUB_ISSUES_PROGRESS'
  /** Text */
  | 'TEXT'
  /** Title */
  | 'TITLE'
  /** Tracked by */
  | 'TRACKED_BY'
  /** Tracks */
  | 'TRACKS'
  /** Updated */
  | 'UPDATED';

/** The values that can be used to update a field of an item inside a Project. Only 1 value can be updated at a time. */
export type ProjectV2FieldValue = {
  /** The ISO 8601 date to set on the field. */
  date?: string | null | undefined;
  /** The id of the iteration to set on the field. */
  iterationId?: string | null | undefined;
  /** The number to set on the field. */
  number?: number | null | undefined;
  /** The id of the single select option to set on the field. */
  singleSelectOptionId?: string | null | undefined;
  /** The text to set on the field. */
  text?: string | null | undefined;
};

/** Represents an iteration */
export type ProjectV2Iteration = {
  /** The duration of the iteration, in days. */
  duration: number;
  /** The start date for the iteration. */
  startDate: string;
  /** The title for the iteration. */
  title: string;
};

/** Represents an iteration field configuration. */
export type ProjectV2IterationFieldConfigurationInput = {
  /** The duration of each iteration, in days. */
  duration: number;
  /** Zero or more iterations for the field. */
  iterations: Array<ProjectV2Iteration>;
  /** The start date for the first iteration. */
  startDate: string;
};

/** The display color of a single-select field option. */
export type ProjectV2SingleSelectFieldOptionColor =
  /** BLUE */
  | 'BLUE'
  /** GRAY */
  | 'GRAY'
  /** GREEN */
  | 'GREEN'
  /** ORANGE */
  | 'ORANGE'
  /** PINK */
  | 'PINK'
  /** PURPLE */
  | 'PURPLE'
  /** RED */
  | 'RED'
  /** YELLOW */
  | 'YELLOW';

/** Represents a single select field option */
export type ProjectV2SingleSelectFieldOptionInput = {
  /** The display color of the option */
  color: ProjectV2SingleSelectFieldOptionColor;
  /** The description text of the option */
  description: string;
  /**
   * The ID of an existing single select option. Include this to preserve the
   * option's identity during updates, preventing item field values from being cleared.
   */
  id?: string | null | undefined;
  /** The name of the option */
  name: string;
};

/** The possible statuses of a project v2. */
export type ProjectV2StatusUpdateStatus =
  /** A project v2 that is at risk and encountering some challenges. */
  | 'AT_RISK'
  /** A project v2 that is complete. */
  | 'COMPLETE'
  /** A project v2 that is inactive. */
  | 'INACTIVE'
  /** A project v2 that is off track and needs attention. */
  | 'OFF_TRACK'
  /** A project v2 that is on track with no risks. */
  | 'ON_TRACK';

/** Emojis that can be attached to Issues, Pull Requests and Comments. */
export type ReactionContent =
  /** Represents the `:confused:` emoji. */
  | 'CONFUSED'
  /** Represents the `:eyes:` emoji. */
  | 'EYES'
  /** Represents the `:heart:` emoji. */
  | 'HEART'
  /** Represents the `:hooray:` emoji. */
  | 'HOORAY'
  /** Represents the `:laugh:` emoji. */
  | 'LAUGH'
  /** Represents the `:rocket:` emoji. */
  | 'ROCKET'
  /** Represents the `:-1:` emoji. */
  | 'THUMBS_DOWN'
  /** Represents the `:+1:` emoji. */
  | 'THUMBS_UP';

export type AddProjectItemMutationVariables = Exact<{
  projectId: string | number;
  contentId: string | number;
}>;


export type AddProjectItemMutation = { addProjectV2ItemById: { item: { id: string } | null } | null };

export type BoardNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  withProject: boolean;
  statusField: string;
  laneField: string;
  quarterField: string;
}>;


export type BoardNodesQuery = { rateLimit: { cost: number, remaining: number } | null, nodes: Array<
    | { id: string, number: number, parent: { number: number } | null, reactions: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ createdAt: string, user: { login: string } | null } | null> | null }, projectItems?: { nodes: Array<{ id: string, project: { number: number, owner:
              | { login: string }
              | { login: string }
              | Record<PropertyKey, never>
             }, status:
            | { title: string }
            | { name: string | null }
            | Record<PropertyKey, never>
           | null, lane:
            | { title: string }
            | { name: string | null }
            | Record<PropertyKey, never>
           | null, quarter:
            | { title: string }
            | { name: string | null }
            | Record<PropertyKey, never>
           | null } | null> | null } | null }
    | Record<PropertyKey, never>
   | null> };

type FieldValueName_ProjectV2ItemFieldIterationValue_Fragment = { title: string };

type FieldValueName_ProjectV2ItemFieldSingleSelectValue_Fragment = { name: string | null };

export type FieldValueNameFragment =
  | FieldValueName_ProjectV2ItemFieldIterationValue_Fragment
  | FieldValueName_ProjectV2ItemFieldSingleSelectValue_Fragment
;

export type BranchHeadQueryVariables = Exact<{
  owner: string;
  name: string;
  qualifiedName: string;
}>;


export type BranchHeadQuery = { repository: { defaultBranchRef: { name: string, target:
        | { oid: string }
        | { oid: string }
        | { oid: string }
        | { oid: string }
       | null } | null, ref: { target:
        | { oid: string }
        | { oid: string }
        | { oid: string }
        | { oid: string }
       | null } | null } | null };

export type CreateCommitMutationVariables = Exact<{
  branch: CommittableBranch;
  expectedHeadOid: string;
  message: CommitMessage;
  fileChanges: FileChanges;
}>;


export type CreateCommitMutation = { createCommitOnBranch: { commit: { oid: string, url: string } | null } | null };

export type CreateIterationFieldMutationVariables = Exact<{
  projectId: string | number;
  name: string;
  configuration: ProjectV2IterationFieldConfigurationInput;
}>;


export type CreateIterationFieldMutation = { createProjectV2Field: { projectV2Field:
      | { id: string, name: string }
      | Record<PropertyKey, never>
     | null } | null };

export type CreateProjectFieldMutationVariables = Exact<{
  projectId: string | number;
  name: string;
  options?: Array<ProjectV2SingleSelectFieldOptionInput> | ProjectV2SingleSelectFieldOptionInput | null | undefined;
}>;


export type CreateProjectFieldMutation = { createProjectV2Field: { projectV2Field:
      | { id: string, name: string }
      | Record<PropertyKey, never>
     | null } | null };

export type CreateProjectStatusUpdateMutationVariables = Exact<{
  projectId: string | number;
  status: ProjectV2StatusUpdateStatus;
  body: string;
  startDate?: string | null | undefined;
  targetDate?: string | null | undefined;
}>;


export type CreateProjectStatusUpdateMutation = { createProjectV2StatusUpdate: { statusUpdate: { id: string, createdAt: string } | null } | null };

export type FileAtCommitQueryVariables = Exact<{
  owner: string;
  name: string;
  expression: string;
}>;


export type FileAtCommitQuery = { repository: { object:
      | { text: string | null }
      | Record<PropertyKey, never>
     | null } | null };

export type IssueCommentsQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type IssueCommentsQuery = { rateLimit: { cost: number } | null, node:
    | { comments: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ databaseId: number | null, url: string, body: string, createdAt: string, author:
            | { __typename: 'Bot', login: string }
            | { __typename: 'EnterpriseUserAccount', login: string }
            | { __typename: 'Mannequin', login: string }
            | { __typename: 'Organization', login: string }
            | { __typename: 'User', login: string }
           | null, up: { totalCount: number, nodes: Array<{ user: { login: string } | null } | null> | null }, down: { nodes: Array<{ user: { login: string } | null } | null> | null }, reactionGroups: Array<{ content: ReactionContent, viewerHasReacted: boolean }> | null } | null> | null } }
    | Record<PropertyKey, never>
   | null };

export type MoveProjectItemMutationVariables = Exact<{
  projectId: string | number;
  itemId: string | number;
  afterId?: string | number | null | undefined;
}>;


export type MoveProjectItemMutation = { updateProjectV2ItemPosition: { clientMutationId: string | null } | null };

export type ProjectBoardQueryVariables = Exact<{
  owner: string;
  number: number;
  after?: string | null | undefined;
}>;


export type ProjectBoardQuery = { repositoryOwner:
    | { projectV2: { id: string, title: string, url: string, fields: { nodes: Array<
            | { id: string, name: string, dataType: ProjectV2FieldType }
            | { id: string, name: string, dataType: ProjectV2FieldType, configuration: { iterations: Array<{ id: string, title: string }> } }
            | { id: string, name: string, dataType: ProjectV2FieldType, options: Array<{ id: string, name: string, color: ProjectV2SingleSelectFieldOptionColor, description: string }> }
           | null> | null }, items: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, isArchived: boolean, content:
              | { number: number, repository: { nameWithOwner: string } }
              | Record<PropertyKey, never>
             | null } | null> | null } } | null }
    | { projectV2: { id: string, title: string, url: string, fields: { nodes: Array<
            | { id: string, name: string, dataType: ProjectV2FieldType }
            | { id: string, name: string, dataType: ProjectV2FieldType, configuration: { iterations: Array<{ id: string, title: string }> } }
            | { id: string, name: string, dataType: ProjectV2FieldType, options: Array<{ id: string, name: string, color: ProjectV2SingleSelectFieldOptionColor, description: string }> }
           | null> | null }, items: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, isArchived: boolean, content:
              | { number: number, repository: { nameWithOwner: string } }
              | Record<PropertyKey, never>
             | null } | null> | null } } | null }
   | null };

export type BoardFragment = { id: string, title: string, url: string, fields: { nodes: Array<
      | { id: string, name: string, dataType: ProjectV2FieldType }
      | { id: string, name: string, dataType: ProjectV2FieldType, configuration: { iterations: Array<{ id: string, title: string }> } }
      | { id: string, name: string, dataType: ProjectV2FieldType, options: Array<{ id: string, name: string, color: ProjectV2SingleSelectFieldOptionColor, description: string }> }
     | null> | null }, items: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, isArchived: boolean, content:
        | { number: number, repository: { nameWithOwner: string } }
        | Record<PropertyKey, never>
       | null } | null> | null } };

export type ProjectItemContentQueryVariables = Exact<{
  id: string | number;
}>;


export type ProjectItemContentQuery = { node:
    | { number: number, repository: { name: string, owner:
          | { login: string }
          | { login: string }
         } }
    | Record<PropertyKey, never>
   | null };

export type ProjectQuartersQueryVariables = Exact<{
  projectId: string | number;
  field: string;
  after?: string | null | undefined;
}>;


export type ProjectQuartersQuery = { node:
    | { field:
        | { id: string, name: string, configuration: { duration: number, iterations: Array<{ id: string, title: string, startDate: string, duration: number }>, completedIterations: Array<{ id: string, title: string, startDate: string, duration: number }> } }
        | Record<PropertyKey, never>
       | null, items: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, quarter:
            | { iterationId: string, title: string }
            | Record<PropertyKey, never>
           | null } | null> | null } }
    | Record<PropertyKey, never>
   | null };

export type QuarterIterationFragment = { id: string, title: string, startDate: string, duration: number };

export type ProjectStatusUpdatesQueryVariables = Exact<{
  projectId: string | number;
}>;


export type ProjectStatusUpdatesQuery = { node:
    | { statusUpdates: { nodes: Array<{ id: string, status: ProjectV2StatusUpdateStatus | null, body: string | null, startDate: string | null, createdAt: string, creator:
            | { login: string }
            | { login: string }
            | { login: string }
            | { login: string }
            | { login: string }
           | null } | null> | null } }
    | Record<PropertyKey, never>
   | null };

export type UpdateFieldOptionsMutationVariables = Exact<{
  fieldId: string | number;
  options?: Array<ProjectV2SingleSelectFieldOptionInput> | ProjectV2SingleSelectFieldOptionInput | null | undefined;
}>;


export type UpdateFieldOptionsMutation = { updateProjectV2Field: { projectV2Field:
      | { id: string, options: Array<{ id: string, name: string }> }
      | Record<PropertyKey, never>
     | null } | null };

export type UpdateItemFieldMutationVariables = Exact<{
  projectId: string | number;
  itemId: string | number;
  fieldId: string | number;
  value: ProjectV2FieldValue;
}>;


export type UpdateItemFieldMutation = { updateProjectV2ItemFieldValue: { projectV2Item: { id: string } | null } | null };

export type UpdateIterationFieldMutationVariables = Exact<{
  fieldId: string | number;
  configuration: ProjectV2IterationFieldConfigurationInput;
}>;


export type UpdateIterationFieldMutation = { updateProjectV2Field: { projectV2Field:
      | { id: string, configuration: { iterations: Array<{ id: string, title: string, startDate: string }> } }
      | Record<PropertyKey, never>
     | null } | null };

export type UpvotesFragment = { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ createdAt: string, user: { login: string } | null } | null> | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const FieldValueNameFragmentDoc = new TypedDocumentString(`
    fragment FieldValueName on ProjectV2ItemFieldValue {
  ... on ProjectV2ItemFieldSingleSelectValue {
    name
  }
  ... on ProjectV2ItemFieldIterationValue {
    title
  }
}
    `, {"fragmentName":"FieldValueName"}) as unknown as TypedDocumentString<FieldValueNameFragment, unknown>;
export const BoardFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"Board"}) as unknown as TypedDocumentString<BoardFragment, unknown>;
export const QuarterIterationFragmentDoc = new TypedDocumentString(`
    fragment QuarterIteration on ProjectV2IterationFieldIteration {
  id
  title
  startDate
  duration
}
    `, {"fragmentName":"QuarterIteration"}) as unknown as TypedDocumentString<QuarterIterationFragment, unknown>;
export const UpvotesFragmentDoc = new TypedDocumentString(`
    fragment Upvotes on ReactionConnection {
  pageInfo {
    hasNextPage
    endCursor
  }
  nodes {
    createdAt
    user {
      login
    }
  }
}
    `, {"fragmentName":"Upvotes"}) as unknown as TypedDocumentString<UpvotesFragment, unknown>;
export const AddProjectItemDocument = new TypedDocumentString(`
    mutation AddProjectItem($projectId: ID!, $contentId: ID!) {
  addProjectV2ItemById(input: {projectId: $projectId, contentId: $contentId}) {
    item {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AddProjectItemMutation, AddProjectItemMutationVariables>;
export const BoardNodesDocument = new TypedDocumentString(`
    query BoardNodes($ids: [ID!]!, $withProject: Boolean!, $statusField: String!, $laneField: String!, $quarterField: String!) {
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
      reactions(
        content: THUMBS_UP
        first: 100
        orderBy: {field: CREATED_AT, direction: ASC}
      ) {
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
fragment Upvotes on ReactionConnection {
  pageInfo {
    hasNextPage
    endCursor
  }
  nodes {
    createdAt
    user {
      login
    }
  }
}`) as unknown as TypedDocumentString<BoardNodesQuery, BoardNodesQueryVariables>;
export const BranchHeadDocument = new TypedDocumentString(`
    query BranchHead($owner: String!, $name: String!, $qualifiedName: String!) {
  repository(owner: $owner, name: $name) {
    defaultBranchRef {
      name
      target {
        oid
      }
    }
    ref(qualifiedName: $qualifiedName) {
      target {
        oid
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BranchHeadQuery, BranchHeadQueryVariables>;
export const CreateCommitDocument = new TypedDocumentString(`
    mutation CreateCommit($branch: CommittableBranch!, $expectedHeadOid: GitObjectID!, $message: CommitMessage!, $fileChanges: FileChanges!) {
  createCommitOnBranch(
    input: {branch: $branch, expectedHeadOid: $expectedHeadOid, message: $message, fileChanges: $fileChanges}
  ) {
    commit {
      oid
      url
    }
  }
}
    `) as unknown as TypedDocumentString<CreateCommitMutation, CreateCommitMutationVariables>;
export const CreateIterationFieldDocument = new TypedDocumentString(`
    mutation CreateIterationField($projectId: ID!, $name: String!, $configuration: ProjectV2IterationFieldConfigurationInput!) {
  createProjectV2Field(
    input: {projectId: $projectId, dataType: ITERATION, name: $name, iterationConfiguration: $configuration}
  ) {
    projectV2Field {
      ... on ProjectV2IterationField {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CreateIterationFieldMutation, CreateIterationFieldMutationVariables>;
export const CreateProjectFieldDocument = new TypedDocumentString(`
    mutation CreateProjectField($projectId: ID!, $name: String!, $options: [ProjectV2SingleSelectFieldOptionInput!]) {
  createProjectV2Field(
    input: {projectId: $projectId, dataType: SINGLE_SELECT, name: $name, singleSelectOptions: $options}
  ) {
    projectV2Field {
      ... on ProjectV2SingleSelectField {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CreateProjectFieldMutation, CreateProjectFieldMutationVariables>;
export const CreateProjectStatusUpdateDocument = new TypedDocumentString(`
    mutation CreateProjectStatusUpdate($projectId: ID!, $status: ProjectV2StatusUpdateStatus!, $body: String!, $startDate: Date, $targetDate: Date) {
  createProjectV2StatusUpdate(
    input: {projectId: $projectId, status: $status, body: $body, startDate: $startDate, targetDate: $targetDate}
  ) {
    statusUpdate {
      id
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<CreateProjectStatusUpdateMutation, CreateProjectStatusUpdateMutationVariables>;
export const FileAtCommitDocument = new TypedDocumentString(`
    query FileAtCommit($owner: String!, $name: String!, $expression: String!) {
  repository(owner: $owner, name: $name) {
    object(expression: $expression) {
      ... on Blob {
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FileAtCommitQuery, FileAtCommitQueryVariables>;
export const IssueCommentsDocument = new TypedDocumentString(`
    query IssueComments($id: ID!, $after: String) {
  rateLimit {
    cost
  }
  node(id: $id) {
    ... on Issue {
      comments(first: 100, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          databaseId
          url
          body
          createdAt
          author {
            __typename
            login
          }
          up: reactions(content: THUMBS_UP, first: 100) {
            totalCount
            nodes {
              user {
                login
              }
            }
          }
          down: reactions(content: THUMBS_DOWN, first: 100) {
            nodes {
              user {
                login
              }
            }
          }
          reactionGroups {
            content
            viewerHasReacted
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IssueCommentsQuery, IssueCommentsQueryVariables>;
export const MoveProjectItemDocument = new TypedDocumentString(`
    mutation MoveProjectItem($projectId: ID!, $itemId: ID!, $afterId: ID) {
  updateProjectV2ItemPosition(
    input: {projectId: $projectId, itemId: $itemId, afterId: $afterId}
  ) {
    clientMutationId
  }
}
    `) as unknown as TypedDocumentString<MoveProjectItemMutation, MoveProjectItemMutationVariables>;
export const ProjectBoardDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<ProjectBoardQuery, ProjectBoardQueryVariables>;
export const ProjectItemContentDocument = new TypedDocumentString(`
    query ProjectItemContent($id: ID!) {
  node(id: $id) {
    ... on Issue {
      number
      repository {
        name
        owner {
          login
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectItemContentQuery, ProjectItemContentQueryVariables>;
export const ProjectQuartersDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<ProjectQuartersQuery, ProjectQuartersQueryVariables>;
export const ProjectStatusUpdatesDocument = new TypedDocumentString(`
    query ProjectStatusUpdates($projectId: ID!) {
  node(id: $projectId) {
    ... on ProjectV2 {
      statusUpdates(first: 10, orderBy: {field: CREATED_AT, direction: DESC}) {
        nodes {
          id
          status
          body
          startDate
          createdAt
          creator {
            login
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProjectStatusUpdatesQuery, ProjectStatusUpdatesQueryVariables>;
export const UpdateFieldOptionsDocument = new TypedDocumentString(`
    mutation UpdateFieldOptions($fieldId: ID!, $options: [ProjectV2SingleSelectFieldOptionInput!]) {
  updateProjectV2Field(input: {fieldId: $fieldId, singleSelectOptions: $options}) {
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
    `) as unknown as TypedDocumentString<UpdateFieldOptionsMutation, UpdateFieldOptionsMutationVariables>;
export const UpdateItemFieldDocument = new TypedDocumentString(`
    mutation UpdateItemField($projectId: ID!, $itemId: ID!, $fieldId: ID!, $value: ProjectV2FieldValue!) {
  updateProjectV2ItemFieldValue(
    input: {projectId: $projectId, itemId: $itemId, fieldId: $fieldId, value: $value}
  ) {
    projectV2Item {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateItemFieldMutation, UpdateItemFieldMutationVariables>;
export const UpdateIterationFieldDocument = new TypedDocumentString(`
    mutation UpdateIterationField($fieldId: ID!, $configuration: ProjectV2IterationFieldConfigurationInput!) {
  updateProjectV2Field(
    input: {fieldId: $fieldId, iterationConfiguration: $configuration}
  ) {
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
    `) as unknown as TypedDocumentString<UpdateIterationFieldMutation, UpdateIterationFieldMutationVariables>;