import { ensureIssueTypes } from "../../jobs/ensure-issue-types.js";
import { setupProject } from "../../jobs/setup-project.js";
import { runUseCase } from "../../jobs/use-case.js";
import type { CliIo } from "../io.js";
import { liveRepo, liveRun } from "../live-repo.js";
import { parseOptions } from "../parse-options.js";
import { UsageError } from "../usage-error.js";

export const projectHelp = `Usage: roundtable project setup --repo OWNER/NAME [--config FILE] [--dry-run]

Gives the project board named under project in the config what Roundtable uses:
the Status options (To discuss, Discussing, Discussed, Parked, or the names set
under statuses), the Lane field with one option a lane, and Quarter as an
iteration field: one iteration a quarter of the fiscal year (plan.fiscalYearStart),
from this quarter to the end of the next fiscal year. When the year moves on, the
iterations are extended and every item's quarter is written back (GitHub clears
them on the update; they are kept on the roundtable/quarters branch meanwhile, so a
run that stops is completed by the next). A single-select Quarter is left as it is.
Fields and options that exist are kept; run it again and it changes nothing.

Where the repository belongs to an organisation, it also makes the issue types
named under kinds (Topic, Roadmap item, Objective, Key result) that are missing;
on a personal account, or where GitHub refuses, it says what to do by hand.

A new board's Status has Todo, In Progress and Done: to use those instead, map
them in the config under project.statusOptions (toDiscuss: Todo, ...).

GitHub's API replaces a field's options as a whole: the existing ones are sent
back unchanged (name, colour, description), the new ones after them.

Options:
  --repo OWNER/NAME  the repository (required)
  --config FILE      a config file (default: the repository's .github/roundtable.yml)
  --dry-run          print what would be added, and add nothing
  -h, --help         show this help

Environment: GITHUB_TOKEN (required: an App token with organisation Projects
write, or a personal access token with the project scope).`;

export async function projectCommand(args: string[], io: CliIo): Promise<void> {
  const [action, ...rest] = args;
  if (action !== "setup") {
    throw new UsageError(
      action === undefined || action.startsWith("-")
        ? "project needs what to do: roundtable project setup --repo OWNER/NAME"
        : `unknown project command "${action}"; the one there is: setup`,
    );
  }
  const { values } = parseOptions(rest, {
    repo: { type: "string" },
    config: { type: "string" },
    "dry-run": { type: "boolean" },
  });
  const live = await liveRepo(values.repo, values.config, io);
  const dryRun = values["dry-run"] ?? false;
  const run = liveRun(live, io, { dryRun });
  const types = await ensureIssueTypes(run);
  if (types.byHand) io.out(types.byHand);
  else if (types.plan.length > 0)
    io.out(
      `${live.owner}: ${types.plan.length} issue ${types.plan.length === 1 ? "type" : "types"} ${dryRun ? "would be made" : "made"}`,
    );
  const result = await runUseCase(setupProject, run);
  const title = `the project "${result.project.title}"`;
  io.out(
    result.plan.length === 0
      ? `${title} has every field and option Roundtable uses: nothing to change`
      : `${title}: ${result.plan.length} ${result.plan.length === 1 ? "change" : "changes"} ${dryRun ? "would be made" : "made"}`,
  );
}
