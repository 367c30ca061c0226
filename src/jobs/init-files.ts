import { readFileSync } from "node:fs";
import { join } from "node:path";
import { configPath } from "../config/index.js";
import { topicFormYaml } from "../core/board/topic-form.js";
import { meetingFormYaml } from "../core/meetings/meeting-form.js";
import { keyResultFormYaml, objectiveFormYaml } from "../core/okrs/okr-forms.js";
import { roadmapFormYaml } from "../core/roadmap/roadmap-form.js";

/**
 * One of the templates shipped in the package's templates/ folder. `packageFolder` is
 * Roundtable's folder, found by the entry point: it is another path from the sources, the build
 * and the CLI's bundle.
 */
export function initTemplate(packageFolder: string, name: string): string {
  return readFileSync(join(packageFolder, "templates", name), "utf8");
}

/**
 * The scheduled workflow; with `pullRequest`, publishing through a pull request, with the
 * permission that takes (a pull request cannot be opened or updated without it).
 */
export function initWorkflow(packageFolder: string, pullRequest: boolean): string {
  const text = initTemplate(packageFolder, "workflows/roundtable.yml");
  if (!pullRequest) return text;
  return text
    .replace("      issues: write\n", "      issues: write\n      pull-requests: write\n")
    .replace(/^( +)jobs: (.*)\n/m, "$1jobs: $2\n$1commit-mode: pull-request\n");
}

/**
 * `roundtable init` in a checkout: the files that set a repository up for Roundtable, by path —
 * the issue forms (as core defines them), the example config and the scheduled workflow.
 */
export function initFiles(
  packageFolder: string,
  options: { pullRequest: boolean },
): Array<[path: string, content: string]> {
  return [
    [".github/ISSUE_TEMPLATE/topic.yml", topicFormYaml],
    [".github/ISSUE_TEMPLATE/roadmap-item.yml", roadmapFormYaml],
    [".github/ISSUE_TEMPLATE/objective.yml", objectiveFormYaml],
    [".github/ISSUE_TEMPLATE/key-result.yml", keyResultFormYaml],
    [".github/ISSUE_TEMPLATE/meeting.yml", meetingFormYaml],
    [configPath, initTemplate(packageFolder, "roundtable.yml")],
    [".github/workflows/roundtable.yml", initWorkflow(packageFolder, options.pullRequest)],
  ];
}
