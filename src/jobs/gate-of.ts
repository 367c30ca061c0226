import type { Secrets } from "../channels/index.js";
import type { ProjectView } from "../core/index.js";
import type { ApplyContext } from "../github/index.js";

/** What a run tells the write gate: where it writes, whether it only prints, where it logs. */
export interface GateSettings {
  owner: string;
  repo: string;
  dryRun?: boolean;
  log: (line: string) => void;
  secrets?: Secrets;
}

/** The write gate as a run sets it, for the project it read. */
export function gateOf(run: GateSettings, project: ProjectView | null): ApplyContext {
  return {
    owner: run.owner,
    repo: run.repo,
    project,
    dryRun: run.dryRun ?? false,
    log: run.log,
    ...(run.secrets ? { secrets: run.secrets } : {}),
  };
}
