import { sync } from "../../jobs/sync.js";
import { runUseCase } from "../../jobs/use-case.js";
import type { CliIo } from "../io.js";
import { costLine, liveRepo, liveRun } from "../live-repo.js";
import { parseOptions } from "../parse-options.js";

export const syncHelp = `Usage: roundtable sync --repo OWNER/NAME [--config FILE] [--dry-run]

Recounts the votes and brings the project board in line: topics added as To
discuss, Status fields set, the To-discuss column put in queue order with the
fewest moves, and the queue comment updated.

Options:
  --repo OWNER/NAME  the repository (required)
  --config FILE      a config file (default: the repository's .github/roundtable.yml)
  --dry-run          print what would change, and change nothing
  -h, --help         show this help

Environment: GITHUB_TOKEN (required; Projects need an App token or a PAT).`;

export async function syncCommand(args: string[], io: CliIo): Promise<void> {
  const { values } = parseOptions(args, {
    repo: { type: "string" },
    config: { type: "string" },
    "dry-run": { type: "boolean" },
  });
  const live = await liveRepo(values.repo, values.config, io);
  const dryRun = values["dry-run"] ?? false;
  const result = await runUseCase(sync, liveRun(live, io, { dryRun, progress: true }));
  const done = dryRun
    ? `${result.plan.length} changes would be made`
    : `${result.applied.length} changes made`;
  io.out(
    `${live.owner}/${live.repo}: ${result.queue.length} topics in the queue; ${result.plan.length === 0 ? "already in order, nothing to change" : done}`,
  );
  io.err(costLine(live.requests, result.cost.points));
}
