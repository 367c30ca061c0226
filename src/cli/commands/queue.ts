import { snapshotQueue } from "../../jobs/queue-report.js";
import { runUseCase } from "../../jobs/use-case.js";
import { paint } from "../color.js";
import type { CliIo } from "../io.js";
import { parseOptions } from "../parse-options.js";
import { readConfig, snapshotSource } from "../read-inputs.js";
import { terminalTable } from "../terminal-table.js";
import { UsageError } from "../usage-error.js";

export const queueHelp = `Usage: roundtable queue --snapshot FILE [--config FILE] [--json]

Prints the ordered topic queue of a board snapshot: rank, votes, sponsor, age and title.

Options:
  --snapshot FILE  a snapshot taken with 'roundtable snapshot' (required)
  --config FILE    the board's config (default: .github/roundtable.yml if present)
  --json           print the queue as JSON (version 1: fields are only ever added)
  -h, --help       show this help`;

export async function queueCommand(args: string[], io: CliIo): Promise<void> {
  const { values } = parseOptions(args, {
    snapshot: { type: "string" },
    config: { type: "string" },
    json: { type: "boolean" },
  });
  if (!values.snapshot) throw new UsageError("queue needs --snapshot FILE");
  const config = readConfig(io.cwd, values.config);
  const { report, json } = await runUseCase(
    snapshotQueue,
    { now: io.now(), log: io.out },
    { snapshot: snapshotSource(io.cwd, values.snapshot), config, json: values.json === true },
  );
  if (json) {
    io.out(JSON.stringify(json, null, 2));
    return;
  }
  io.out(
    paint(
      io.color,
      "bold",
      `${report.repository}: ${report.toDiscuss} topics to discuss, as of ${report.takenAt}`,
    ),
  );
  io.out("");
  const [header, rule, ...lines] = terminalTable(
    ["Rank", "#", "Votes", "Sponsor", "Age", "Topic"],
    report.rows.map((r) => [
      r.rank,
      String(r.number),
      report.hidden ? "hidden" : String(r.votes),
      r.sponsor ?? "(needs a sponsor)",
      r.age,
      r.title,
    ]),
  );
  io.out(paint(io.color, "bold", header ?? ""));
  io.out(rule ?? "");
  for (const line of lines) io.out(line);
  io.out("");
  io.out(
    paint(
      io.color,
      "dim",
      [
        `${report.unsponsored} need a sponsor`,
        report.hidden ? "votes hidden until the round closes" : `${report.voters} voters`,
        report.source === "ballots"
          ? `ballots of ${report.perPerson} dots${report.ignoredBallots > 0 ? ` · ${report.ignoredBallots} ${report.ignoredBallots === 1 ? "entry" : "entries"} ignored${report.ignoredWhy ? ` (${report.ignoredWhy})` : ""}` : ""}`
          : `${report.overBudget} voted over their budget of ${report.perPerson}`,
        `${report.parked} parked`,
        `${report.discussed} discussed`,
      ].join(" · "),
    ),
  );
}
