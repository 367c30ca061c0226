import type { Config } from "../../config/index.js";
import { ensureLabels } from "../../jobs/ensure-labels.js";
import { runUseCase } from "../../jobs/use-case.js";
import type { CliIo } from "../io.js";
import { liveRepo, liveRun } from "../live-repo.js";
import { parseOptions } from "../parse-options.js";

export const labelsHelp = `Usage: roundtable labels --repo OWNER/NAME [--config FILE] [--dry-run]

Creates the labels Roundtable uses that the repository lacks: topic, roadmap,
objective, key-result, meeting, retro, action-item, the status:* labels and the
lane:* labels, named as the config names them. Issue forms add only labels that
exist, so run this (or 'roundtable init --repo') before the first form is used.
Labels that exist, in any case, are left as they are.

Options:
  --repo OWNER/NAME  the repository (required)
  --config FILE      a config file (default: the repository's .github/roundtable.yml)
  --dry-run          print the labels that would be created, and create none
  -h, --help         show this help

Environment: GITHUB_TOKEN (required, with issues write).`;

export async function labelsCommand(args: string[], io: CliIo): Promise<void> {
  const { values } = parseOptions(args, {
    repo: { type: "string" },
    config: { type: "string" },
    "dry-run": { type: "boolean" },
  });
  await createLabels(values.repo, values.config, values["dry-run"] ?? false, io);
}

/** Creates the missing labels of a repository and says what it made; shared with init. */
export async function createLabels(
  repository: string | undefined,
  configFile: string | Config | undefined,
  dryRun: boolean,
  io: CliIo,
): Promise<void> {
  const live = await liveRepo(repository, configFile, io);
  const { plan } = await runUseCase(ensureLabels, liveRun(live, io, { dryRun }));
  const names = plan.flatMap((e) => (e.kind === "create-label" ? [e.name] : []));
  io.out(
    `${live.owner}/${live.repo}: ${
      names.length === 0
        ? "every label exists, nothing to create"
        : `${names.length} labels ${dryRun ? "would be created" : "created"}`
    }`,
  );
}
