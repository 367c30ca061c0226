import { retro } from "../../jobs/retro.js";
import { runUseCase } from "../../jobs/use-case.js";
import type { CliIo } from "../io.js";
import { liveRepo, liveRun } from "../live-repo.js";
import { parseOptions } from "../parse-options.js";
import { UsageError } from "../usage-error.js";

export const retroHelp = `Usage: roundtable retro --repo OWNER/NAME [--meeting N] [--config FILE] [--dry-run]

Opens the quarter's retro issue once, retro.daysBeforeEnd days before the quarter
ends, and opens every retro's action items as action-item issues, once each.

Options:
  --repo OWNER/NAME  the repository (required)
  --meeting N        open the closing retro of meeting issue N instead
  --config FILE      a config file (default: the repository's .github/roundtable.yml)
  --dry-run          print what would be opened, and open nothing
  -h, --help         show this help`;

export async function retroCommand(args: string[], io: CliIo): Promise<void> {
  const { values } = parseOptions(args, {
    repo: { type: "string" },
    meeting: { type: "string" },
    config: { type: "string" },
    "dry-run": { type: "boolean" },
  });
  const meeting = values.meeting === undefined ? undefined : Number(values.meeting);
  if (meeting !== undefined && !(Number.isInteger(meeting) && meeting > 0)) {
    throw new UsageError(`--meeting takes an issue number, got "${values.meeting}"`);
  }
  const live = await liveRepo(values.repo, values.config, io);
  // The channels' env:NAME (notify: in the config) are read from the environment.
  const run = liveRun(live, io, { dryRun: values["dry-run"] ?? false });
  const result = await runUseCase(retro, run, meeting !== undefined ? { meeting } : {});
  io.out(
    `${live.owner}/${live.repo}: ${result.plan.length === 0 ? "nothing to open" : `${result.plan.filter((e) => e.kind === "open-issue").length} issues ${values["dry-run"] ? "would be opened" : "opened"}`}`,
  );
}
