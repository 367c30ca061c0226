import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { configPath } from "../../config/index.js";
import {
  keyResultFormYaml,
  meetingFormYaml,
  objectiveFormYaml,
  roadmapFormYaml,
  topicFormYaml,
} from "../../jobs/index.js";
import type { CliIo } from "../io.js";
import { UsageError } from "../usage-error.js";

export const initHelp = `Usage: roundtable init DIR [--force]

Sets up a repository checkout for Roundtable: the issue forms (topic, roadmap
item, objective, key result, meeting), an example .github/roundtable.yml, and the
scheduled workflow. A file that exists already is
left as it is, unless --force.

Options:
  --force     overwrite files that exist
  -h, --help  show this help`;

/** Templates shipped beside the code, in the package's templates/ folder. */
const template = (name: string) =>
  readFileSync(new URL(`../../../templates/${name}`, import.meta.url), "utf8");

export function initCommand(args: string[], io: CliIo): void {
  const { values, positionals } = parseArgs({
    args,
    options: { force: { type: "boolean" } },
    allowPositionals: true,
  });
  const [target, ...extra] = positionals;
  if (!target || extra.length > 0)
    throw new UsageError("init needs one folder, the repository checkout: roundtable init .");
  const root = resolve(io.cwd, target);
  const files: Array<[string, string]> = [
    [".github/ISSUE_TEMPLATE/topic.yml", topicFormYaml],
    [".github/ISSUE_TEMPLATE/roadmap-item.yml", roadmapFormYaml],
    [".github/ISSUE_TEMPLATE/objective.yml", objectiveFormYaml],
    [".github/ISSUE_TEMPLATE/key-result.yml", keyResultFormYaml],
    [".github/ISSUE_TEMPLATE/meeting.yml", meetingFormYaml],
    [configPath, template("roundtable.yml")],
    [".github/workflows/roundtable.yml", template("workflows/roundtable.yml")],
  ];
  let skipped = 0;
  for (const [path, content] of files) {
    const file = join(root, path);
    if (existsSync(file) && !values.force) {
      io.out(`kept    ${path} (exists; --force overwrites it)`);
      skipped++;
      continue;
    }
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
    io.out(`wrote   ${path}`);
  }
  io.out(
    skipped === files.length
      ? "Nothing to do: every file exists."
      : "Next: commit these files, then open a topic with the Topic form. See the README for the App and the Action.",
  );
}
