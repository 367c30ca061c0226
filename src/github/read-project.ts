import type { ProjectField, ProjectView } from "../core/index.js";
import { RoundtableError } from "../errors/index.js";
import type { GitHub } from "./client.js";
import { nodesOf } from "./nodes-of.js";
import type { BoardFragment, ProjectBoardQuery } from "./operations/generated/graphql.js";
import { projectBoardQuery } from "./operations/index.js";
import { paginate } from "./paginate.js";

type FieldNode = NonNullable<NonNullable<BoardFragment["fields"]["nodes"]>[number]>;

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
  let view: ProjectView | undefined;
  let requests = 0;
  const pages = paginate(
    github,
    projectBoardQuery,
    { owner: project.owner, number: project.number },
    (data) => boardOf(data)?.items,
  );
  for await (const { data } of pages) {
    requests += 1;
    const board = boardOf(data);
    if (!board) {
      throw new ProjectNotFoundError(
        `project ${project.number} of ${project.owner} was not found, or the token cannot read it: check project.owner and project.number in .github/roundtable.yml, and use a token that may read Projects (GITHUB_TOKEN cannot: use a GitHub App installation token with the organisation Projects permission, or a personal access token)`,
      );
    }
    view ??= {
      id: board.id,
      title: board.title,
      url: board.url,
      fields: nodesOf(board.fields).flatMap(toField),
      items: [],
    };
    for (const node of nodesOf(board.items)) {
      if (node.isArchived) continue;
      const content = node.content && "number" in node.content ? node.content : null;
      view.items.push({
        id: node.id,
        issue:
          content?.repository.nameWithOwner.toLowerCase() === repository.toLowerCase()
            ? content.number
            : null,
      });
    }
  }
  // paginate asks at least once, and a missing project throws: the view is there.
  return { view: view as ProjectView, requests };
}

/** The project, whether an organisation or a user owns it. */
function boardOf(data: ProjectBoardQuery): BoardFragment | null {
  const owner = data.repositoryOwner;
  return owner && "projectV2" in owner ? owner.projectV2 : null;
}

function toField(node: FieldNode): ProjectField[] {
  if (!("id" in node)) return [];
  const options =
    "options" in node
      ? node.options.map((o) => ({
          id: o.id,
          name: o.name,
          color: o.color,
          description: o.description,
        }))
      : "configuration" in node
        ? node.configuration.iterations.map((i) => ({ id: i.id, name: i.title }))
        : [];
  return [{ id: node.id, name: node.name, dataType: node.dataType, options }];
}
