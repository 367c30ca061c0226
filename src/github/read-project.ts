import type { ProjectField, ProjectItem, ProjectView } from "../core/index.js";
import { RoundtableError } from "../errors/index.js";
import type { GitHub } from "./client.js";
import { projectBoardQuery } from "./operations/index.js";

interface FieldNode {
  id?: string;
  name?: string;
  dataType?: string;
  options?: Array<{ id: string; name: string; color?: string; description?: string }>;
  configuration?: { iterations: Array<{ id: string; title: string }> };
}

interface BoardNode {
  id: string;
  title: string;
  url: string;
  fields: { nodes: FieldNode[] };
  items: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      id: string;
      isArchived: boolean;
      content: { number?: number; repository?: { nameWithOwner: string } } | null;
    }>;
  };
}

interface ProjectBoardData {
  repositoryOwner: { projectV2?: BoardNode | null } | null;
}

/** The project cannot be read. */
export class ProjectNotFoundError extends RoundtableError {
  override name = "ProjectNotFoundError";
}

/**
 * Reads a project: its id, its fields with their options (iterations count as options, by title),
 * and its items in position order, 100 a page. Items that are not issues of `repository`
 * (drafts, pull requests, other repositories' issues) keep their place with no issue number.
 */
export async function readProject(
  github: GitHub,
  project: { owner: string; number: number },
  repository: string,
): Promise<{ view: ProjectView; requests: number }> {
  let after: string | null = null;
  let view: ProjectView | undefined;
  let requests = 0;
  do {
    const data: ProjectBoardData = await github.graphql<ProjectBoardData>(projectBoardQuery, {
      owner: project.owner,
      number: project.number,
      after,
    });
    requests += 1;
    const board = data.repositoryOwner?.projectV2;
    if (!board) {
      throw new ProjectNotFoundError(
        `project ${project.number} of ${project.owner} was not found, or the token cannot read it: check project.owner and project.number in .github/roundtable.yml, and use a token that may read Projects (GITHUB_TOKEN cannot: use a GitHub App installation token with the organisation Projects permission, or a personal access token)`,
      );
    }
    view ??= {
      id: board.id,
      title: board.title,
      url: board.url,
      fields: board.fields.nodes.flatMap(toField),
      items: [],
    };
    view.items.push(
      ...board.items.nodes
        .filter((node) => !node.isArchived)
        .map(
          (node): ProjectItem => ({
            id: node.id,
            issue:
              node.content?.number !== undefined &&
              node.content.repository?.nameWithOwner.toLowerCase() === repository.toLowerCase()
                ? node.content.number
                : null,
          }),
        ),
    );
    after = board.items.pageInfo.hasNextPage ? board.items.pageInfo.endCursor : null;
  } while (after !== null);
  return { view, requests };
}

function toField(node: FieldNode): ProjectField[] {
  if (!node.id || !node.name) return [];
  const options =
    node.options ?? node.configuration?.iterations.map((i) => ({ id: i.id, name: i.title })) ?? [];
  return [{ id: node.id, name: node.name, dataType: node.dataType ?? "", options }];
}
