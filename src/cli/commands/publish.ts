import { publish } from "../../jobs/publish.js";
import { runUseCase } from "../../jobs/use-case.js";
import type { CliIo } from "../io.js";
import { costLine, liveRepo, liveRun } from "../live-repo.js";
import { parseOptions } from "../parse-options.js";

export const publishHelp = `Usage: roundtable publish --repo OWNER/NAME [--config FILE] [--dry-run] [--pull-request]

Renders the pages and commits the changed ones to the default branch in one
commit (none when nothing changed). Text outside the Roundtable markers is kept.

Options:
  --repo OWNER/NAME  the repository (required)
  --config FILE      a config file (default: the repository's .github/roundtable.yml)
  --dry-run          print which pages would change, and write nothing
  --pull-request     commit to the branch roundtable/pages and open (or update) one pull request
  -h, --help         show this help

Environment: GITHUB_TOKEN (required, with contents write).`;

export async function publishCommand(args: string[], io: CliIo): Promise<void> {
  const { values } = parseOptions(args, {
    repo: { type: "string" },
    config: { type: "string" },
    "dry-run": { type: "boolean" },
    "pull-request": { type: "boolean" },
  });
  const live = await liveRepo(values.repo, values.config, io);
  const run = liveRun(live, io, { dryRun: values["dry-run"] ?? false, progress: true });
  const mode = values["pull-request"] ? "pull-request" : "direct";
  const { committed, cost } = await runUseCase(publish, run, { mode });
  if (committed.pullRequest) io.out(`pull request: ${committed.pullRequest.url}`);
  io.err(costLine(live.requests, cost.points));
}
