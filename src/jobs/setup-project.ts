import {
  type Effect,
  PlanError,
  type ProjectView,
  planProjectSetup,
  planQuarterField,
} from "../core/index.js";
import { applyPlan, readProject, readQuarters } from "../github/index.js";
import { gateOf, type RunContext } from "./run-context.js";

export interface SetupProjectResult {
  plan: Effect[];
  applied: Effect[];
  /** The project as it stands after the setup (read again when anything changed). */
  project: ProjectView;
  /** GraphQL requests spent reading the project. */
  requests: number;
}

/**
 * The project-setup job: the board given the fields and options Roundtable uses.
 *
 * 1. Read the project (fields, options, items), and its Quarter: iterations, each item's quarter,
 *    and the quarters a stopped run kept on Roundtable's branch.
 * 2. Plan what it lacks: Status options, the Lane field, the Quarter iteration field with the
 *    quarters to the end of the next fiscal year (extended, each item's quarter written back).
 * 3. Apply through the write gate (or print, in a dry run), then read the project again.
 */
export async function setupProject(
  run: RunContext,
  input: {
    /** The project as read moments ago (by sync), to save reading it again. */
    project?: ProjectView;
  } = {},
): Promise<SetupProjectResult> {
  const { github, owner, repo, config } = run;
  if (!config.project) {
    throw new PlanError(
      "no project is configured: name one in .github/roundtable.yml under project (owner and number), or pass --config",
    );
  }
  const repository = `${owner}/${repo}`;
  let requests = 0;
  let project = input.project;
  if (!project) {
    const read = await readProject(github, config.project, repository);
    requests += read.requests;
    project = read.view;
  }
  const quarters = await readQuarters(github, {
    owner,
    repo,
    projectId: project.id,
    field: config.project.fields.quarter,
  });
  requests += quarters.requests;
  const plan = [
    ...planProjectSetup(project, config),
    ...planQuarterField(quarters.read, quarters.kept, config, run.now),
  ];
  const applied = await applyPlan(github, plan, gateOf(run, project));
  if (applied.length > 0) {
    const read = await readProject(github, config.project, repository);
    requests += read.requests;
    project = read.view;
  }
  return { plan, applied, project, requests };
}
