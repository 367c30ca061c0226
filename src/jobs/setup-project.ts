import { PlanError, type ProjectView, planProjectSetup, planQuarterField } from "../core/index.js";
import { readProject, readQuarters } from "../github/index.js";
import type { UseCase } from "./use-case.js";

export interface SetupProjectResult {
  /** The project as read before the setup: a run that reads it after a change reads it again. */
  project: ProjectView;
  /** GraphQL requests spent reading the project. */
  requests: number;
}

interface SetupProjectLoaded {
  project: ProjectView;
  quarters: Awaited<ReturnType<typeof readQuarters>>;
  requests: number;
}

/**
 * The project-setup job: the board given the fields and options Roundtable uses. Run by
 * `runUseCase`; sync runs it first, in its load, with project.setup.
 *
 * 1. Load the project (fields, options, items), and its Quarter: iterations, each item's quarter,
 *    and the quarters a stopped run kept on Roundtable's branch.
 * 2. Plan what it lacks: Status options, the Lane field, the Quarter iteration field with the
 *    quarters to the end of the next fiscal year (extended, each item's quarter written back).
 * 3. The runner applies it through the write gate (or prints it, in a dry run).
 */
export const setupProject: UseCase<
  {
    /** The project as read moments ago, to save reading it again. */
    project?: ProjectView;
  },
  SetupProjectLoaded,
  SetupProjectResult
> = {
  async load({ github, owner, repo, config }, input) {
    if (!config.project) {
      throw new PlanError(
        "no project is configured: name one in .github/roundtable.yml under project (owner and number), or pass --config",
      );
    }
    let requests = 0;
    let project = input.project;
    if (!project) {
      const read = await readProject(github, config.project, `${owner}/${repo}`);
      requests += read.requests;
      project = read.view;
    }
    const quarters = await readQuarters(github, {
      owner,
      repo,
      projectId: project.id,
      field: config.project.fields.quarter,
    });
    return { project, quarters, requests: requests + quarters.requests };
  },
  plan({ project, quarters, requests }, _input, { config, now }) {
    const effects = [
      ...planProjectSetup(project, config),
      ...planQuarterField(quarters.read, quarters.kept, config, now),
    ];
    return { effects, project, result: { project, requests } };
  },
};
