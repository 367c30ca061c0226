import { boardOf } from "../../core/index.js";
import { formatAge } from "../../render/index.js";
import type { CliIo } from "../io.js";
import { parseOptions } from "../parse-options.js";
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
  const { values } = parseOptions(args, {
    snapshot: { type: "string" },
    config: { type: "string" },
  });
  if (!values.snapshot) throw new UsageError("queue needs --snapshot FILE");
  const config = readConfig(io.cwd, values.config);
  const snapshot = readSnapshot(io.cwd, values.snapshot);
  const { queue, tally } = boardOf(snapshot, config);

  const rows = [
    ...queue.discussing.map((e) => ["now", e]),
    ...queue.toDiscuss.map((e, i) => [String(i + 1), e]),
  ] as Array<[string, (typeof queue.toDiscuss)[number]]>;
  io.out(
    `${snapshot.repository}: ${queue.toDiscuss.length} topics to discuss, as of ${snapshot.takenAt}`,
  );
  io.out("");
  for (const line of terminalTable(
    ["Rank", "#", "Votes", "Sponsor", "Age", "Topic"],
    rows.map(([rank, e]) => [
      rank,
      String(e.topic.number),
      String(e.votes),
      e.topic.sponsor ?? "(needs a sponsor)",
      formatAge(e.topic.createdAt, snapshot.takenAt),
      e.topic.title,
    ]),
  )) {
    io.out(line);
  }
  io.out("");
  io.out(
    `${queue.unsponsored.length} need a sponsor · ${tally.voters} voters · ${tally.overBudget.length} voted over their budget of ${config.votes.perPerson} · ${queue.parked.length} parked · ${queue.discussed.length} discussed`,
  );
}
