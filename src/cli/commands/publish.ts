import { publish } from "../../jobs/index.js";
import type { CliIo } from "../io.js";
import { costLine, liveRepo } from "../live-repo.js";
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
  const result = await publish(live.github, {
    ...live,
    now: io.now(),
    dryRun: values["dry-run"] ?? false,
    mode: values["pull-request"] ? "pull-request" : "direct",
    log: io.out,
    onProgress: live.onProgress,
  });
  if (result.pullRequest) io.out(`pull request: ${result.pullRequest.url}`);
  io.err(costLine(live.requests, result.cost.points));
}
