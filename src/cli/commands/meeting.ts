import { readIssueLabels } from "../../github/read-command.js";
import { onIssueComment } from "../../jobs/issue-comment.js";
import { runUseCase } from "../../jobs/use-case.js";
import type { CliIo } from "../io.js";
import { liveRepo, liveRun } from "../live-repo.js";
import { parseOptions } from "../parse-options.js";
import { UsageError } from "../usage-error.js";

export const meetingHelp = `Usage: roundtable meeting --repo OWNER/NAME --issue N --as LOGIN --dry-run "/COMMAND …"

Shows exactly what the app would do if LOGIN commented the meeting command(s) on
meeting issue N now: every change to the board, the bot's reply and its record,
the roman vote, the meeting's state comment, and the pages /end and /schedule write.
It writes nothing. To run a command, comment it on the meeting issue.

Options:
  --repo OWNER/NAME  the repository (required)
  --issue N          the meeting issue (required)
  --as LOGIN         who gives the command (required)
  --dry-run          print what would be done (required: this command only previews)
  --config FILE      a config file (default: the repository's .github/roundtable.yml)
  -h, --help         show this help

Example: roundtable meeting --repo acme/leads --issue 61 --as alice --dry-run "/next"`;

export async function meetingCommand(args: string[], io: CliIo): Promise<void> {
  const { values, positionals } = parseOptions(
    args,
    {
      repo: { type: "string" },
      issue: { type: "string" },
      as: { type: "string" },
      config: { type: "string" },
      "dry-run": { type: "boolean" },
    },
    true,
  );
  const issue = Number(values.issue);
  if (!(Number.isInteger(issue) && issue > 0))
    throw new UsageError(`--issue takes the meeting's issue number, got "${values.issue ?? ""}"`);
  if (!values.as) throw new UsageError("--as LOGIN is needed: who gives the command");
  const body = positionals.join("\n").trim();
  if (!body.startsWith("/"))
    throw new UsageError(`give the command to preview, such as "/next" (got "${body}")`);
  if (!values["dry-run"])
    throw new UsageError(
      "this command only previews: add --dry-run (to run a command, comment it on the meeting issue)",
    );
  const live = await liveRepo(values.repo, values.config, io);
  let changes = 0;
  const run = liveRun(live, io, {
    dryRun: true,
    log: (line) => {
      if (line.startsWith("would ")) changes++;
      io.out(line);
    },
  });
  const { now } = run;
  const site = `${io.env.GITHUB_SERVER_URL || "https://github.com"}/${live.owner}/${live.repo}/issues/${issue}`;
  // The very job the app runs on the comment, on the issue as GitHub holds it (its labels decide
  // which commands it takes), with every write printed instead of made.
  const result = await runUseCase(onIssueComment, run, {
    issue: {
      number: issue,
      labels: await readIssueLabels(live.github, live.owner, live.repo, issue),
    },
    // A comment that does not exist yet: id 0 names no comment GitHub holds.
    comment: { id: 0, body, login: values.as, createdAt: now, url: `${site}#issuecomment-0` },
  });
  for (const next of result.followUps)
    if (next.trigger === "timebox")
      io.out(`would call time on #${next.data.topic} at ${next.data.until} (the app's timer)`);
  io.out(
    `${live.owner}/${live.repo}#${issue}: ${changes} ${changes === 1 ? "change" : "changes"} would be made`,
  );
}
