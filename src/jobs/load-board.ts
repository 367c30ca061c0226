import type { Config } from "../config/index.js";
import { checkTopicFields, type ProjectView, type Snapshot } from "../core/index.js";
import {
  type GitHub,
  type LoadCost,
  type LoadProgress,
  loadSnapshot,
  readProject,
} from "../github/index.js";
import { ballotReader } from "./ballot-keys.js";

export interface BoardRead {
  snapshot: Snapshot;
  /** The project as read, when one is configured (its topic fields checked). */
  project: ProjectView | null;
  cost: LoadCost;
}

/**
 * The load step every board job shares: the snapshot, and the project when one is configured,
 * its fields checked before anything is planned. Reads only.
 */
export async function loadBoard(
  github: GitHub,
  options: {
    owner: string;
    repo: string;
    config: Config;
    now: string;
    onProgress?: (progress: LoadProgress) => void;
    /** Check the project's topic fields (default); off only while a dry run's setup is pending. */
    checkFields?: boolean;
    /** The project as read a moment ago in the same run (by the board's setup): not read again. */
    project?: ProjectView;
  },
): Promise<BoardRead> {
  const { owner, repo, config } = options;
  const { snapshot, cost } = await loadSnapshot(github, {
    owner,
    repo,
    config,
    now: options.now,
    onProgress: options.onProgress,
    ballotVerifier: ballotReader(config.votes),
  });
  let project: ProjectView | null = null;
  if (config.project) {
    if (options.project) {
      project = options.project;
    } else {
      const read = await readProject(github, config.project, `${owner}/${repo}`);
      cost.graphqlRequests += read.requests;
      project = read.view;
    }
    if (options.checkFields !== false) checkTopicFields(project, config);
  }
  return { snapshot, project, cost };
}
