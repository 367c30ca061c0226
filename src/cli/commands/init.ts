import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { configPath, parseConfig } from "../../config/index.js";
import { ensureLabels } from "../../jobs/ensure-labels.js";
import { initFiles, initTemplate, initWorkflow } from "../../jobs/init-files.js";
import { runUseCase } from "../../jobs/use-case.js";
import { paint } from "../color.js";
import type { CliIo } from "../io.js";
import { liveRepo, liveRun } from "../live-repo.js";
import { packageRoot } from "../package-root.js";
import { parseOptions } from "../parse-options.js";
import { InputError, readConfig } from "../read-inputs.js";
import { UsageError } from "../usage-error.js";
import { createLabels } from "./labels.js";

export const initHelp = `Usage: roundtable init [DIR] [--repo OWNER/NAME] [--force] [--dry-run]

Sets up a repository for Roundtable.

With DIR, a checkout of the repository: writes the issue forms (topic, roadmap
item, objective, key result, meeting), an example .github/roundtable.yml, and the
scheduled workflow. A file that exists already is left as it is, unless --force.

With --repo, on GitHub: creates the labels the forms and the jobs use that the
repository lacks (issue forms add only labels that exist). Safe to run again.

Options:
  --repo OWNER/NAME  also create the missing labels in this repository (GITHUB_TOKEN)
  --pull-request     the workflow publishes the pages through a pull request
                     (commit-mode: pull-request, with the pull-requests: write it needs)
  --force            overwrite files that exist, and create DIR however deep it is missing
  --dry-run          print the files that would be written and the labels that would be
                     created, and change nothing
  -h, --help         show this help`;

/** Templates shipped beside the code, in the package's templates/ folder. */
const template = (name: string) => initTemplate(packageRoot(import.meta.url), name);

export async function initCommand(args: string[], io: CliIo): Promise<void> {
  const { values, positionals } = parseOptions(
    args,
    {
      repo: { type: "string" },
      force: { type: "boolean" },
      "pull-request": { type: "boolean" },
      "dry-run": { type: "boolean" },
    },
    true,
  );
  const [target, ...extra] = positionals;
  if (extra.length > 0 || (!target && values.repo === undefined))
    throw new UsageError(
      "init needs the repository checkout, --repo OWNER/NAME, or both: roundtable init . --repo acme/leadership",
    );
  const dryRun = values["dry-run"] ?? false;
  const root = target ? resolve(io.cwd, target) : undefined;
  // The config the labels are named by: the one in the checkout (kept, or about to be written).
  const config =
    root && !(values.force ?? false) && existsSync(join(root, configPath))
      ? readConfig(root, configPath)
      : root
        ? parseConfig(template("roundtable.yml"), configPath)
        : undefined;
  // A repository that cannot be read fails here, before any file is written.
  if (values.repo !== undefined)
    await liveRepo(values.repo, config, io).then((live) =>
      runUseCase(ensureLabels, liveRun(live, io, { dryRun: true, log: () => {} })),
    );
  if (root && target)
    writeTemplates(root, target, values.force ?? false, values.repo !== undefined, io, {
      pullRequest: values["pull-request"] ?? false,
      dryRun,
    });
  if (values.repo !== undefined) await createLabels(values.repo, config, dryRun, io);
}

/** The scheduled workflow, as `init` writes it (see initWorkflow). */
export function workflow(pullRequest: boolean): string {
  return initWorkflow(packageRoot(import.meta.url), pullRequest);
}

function writeTemplates(
  root: string,
  shown: string,
  force: boolean,
  labelsToo: boolean,
  io: CliIo,
  options: { pullRequest: boolean; dryRun: boolean },
): void {
  checkFolder(root, shown, force, io);
  const files = initFiles(packageRoot(import.meta.url), { pullRequest: options.pullRequest });
  let skipped = 0;
  for (const [path, content] of files) {
    const file = join(root, path);
    if (existsSync(file) && !force) {
      io.out(`kept    ${path} (exists; --force overwrites it)`);
      skipped++;
      continue;
    }
    if (options.dryRun) {
      io.out(`would write ${path}`);
      continue;
    }
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
    io.out(`${paint(io.color, "green", "wrote")}   ${path}`);
  }
  io.out(
    options.dryRun
      ? `Dry run: nothing was written (${files.length - skipped} of ${files.length} files would be).`
      : skipped === files.length
        ? "Nothing to do: every file exists."
        : `Next: commit these files, ${labelsToo ? "" : "create the labels (roundtable labels --repo OWNER/NAME), "}then open a topic with the Topic form. See the README for the App and the Action.`,
  );
}

/**
 * A missing folder one level down is made (init new-board); a deeper one is more likely a typo,
 * so it needs --force. A folder outside a git checkout gets a warning: the files only matter
 * once they are pushed to the repository.
 */
function checkFolder(root: string, shown: string, force: boolean, io: CliIo): void {
  if (!existsSync(root)) {
    if (!existsSync(dirname(root)) && !force) {
      throw new InputError(
        `${shown}: neither the folder nor its parent exists; check the path, or pass --force to create it`,
      );
    }
    return;
  }
  if (!statSync(root).isDirectory()) {
    throw new InputError(`${shown}: a file, not a folder; give the repository checkout`);
  }
  if (!insideGitCheckout(root)) {
    io.err(
      `warning: ${shown} is not inside a git checkout; the files take effect once they are committed to the repository`,
    );
  }
}

function insideGitCheckout(folder: string): boolean {
  for (let dir = folder; ; dir = dirname(dir)) {
    if (existsSync(join(dir, ".git"))) return true;
    if (dirname(dir) === dir) return false;
  }
}
