import { parseArgs } from "node:util";
import { queueReport } from "../../jobs/index.js";
import type { CliIo } from "../io.js";
import { readConfig, readSnapshot } from "../read-inputs.js";
import { terminalTable } from "../terminal-table.js";
import { UsageError } from "../usage-error.js";

export const queueHelp = `Usage: roundtable queue --snapshot FILE [--config FILE]

Prints the ordered topic queue of a board snapshot: rank, votes, sponsor, age and title.

Options:
  --snapshot FILE  a snapshot taken with 'roundtable snapshot' (required)
  --config FILE    the board's config (default: .github/roundtable.yml if present)
  -h, --help       show this help`;

export function queueCommand(args: string[], io: CliIo): void {
  const { values } = parseArgs({
    args,
    options: { snapshot: { type: "string" }, config: { type: "string" } },
  });
  if (!values.snapshot) throw new UsageError("queue needs --snapshot FILE");
  const config = readConfig(io.cwd, values.config);
  const snapshot = readSnapshot(io.cwd, values.snapshot);
  const report = queueReport(snapshot, config);
  io.out(`${report.repository}: ${report.toDiscuss} topics to discuss, as of ${report.takenAt}`);
  io.out("");
  for (const line of terminalTable(
    ["Rank", "#", "Votes", "Sponsor", "Age", "Topic"],
    report.rows.map((r) => [
      r.rank,
      String(r.number),
      String(r.votes),
      r.sponsor ?? "(needs a sponsor)",
      r.age,
      r.title,
    ]),
  )) {
    io.out(line);
  }
  io.out("");
  io.out(
    `${report.unsponsored} need a sponsor · ${report.voters} voters · ${report.overBudget} voted over their budget of ${report.perPerson} · ${report.parked} parked · ${report.discussed} discussed`,
  );
}
