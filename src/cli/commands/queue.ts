import { boardOf, type QueueEntry, type Topic } from "../../core/index.js";
import { formatAge } from "../../render/index.js";
import { paint } from "../color.js";
import type { CliIo } from "../io.js";
import { parseOptions } from "../parse-options.js";
import { readConfig, readSnapshot } from "../read-inputs.js";
import { terminalTable } from "../terminal-table.js";
import { UsageError } from "../usage-error.js";

export const queueHelp = `Usage: roundtable queue --snapshot FILE [--config FILE] [--json]

Prints the ordered topic queue of a board snapshot: rank, votes, sponsor, age and title.

Options:
  --snapshot FILE  a snapshot taken with 'roundtable snapshot' (required)
  --config FILE    the board's config (default: .github/roundtable.yml if present)
  --json           print the queue as JSON (version 1: fields are only ever added)
  -h, --help       show this help`;

export function queueCommand(args: string[], io: CliIo): void {
  const { values } = parseOptions(args, {
    snapshot: { type: "string" },
    config: { type: "string" },
    json: { type: "boolean" },
  });
  if (!values.snapshot) throw new UsageError("queue needs --snapshot FILE");
  const config = readConfig(io.cwd, values.config);
  const snapshot = readSnapshot(io.cwd, values.snapshot);
  const { queue, tally } = boardOf(snapshot, config);

  if (values.json) {
    const entry = (e: QueueEntry, rank: number | null) => ({
      rank,
      number: e.topic.number,
      title: e.topic.title,
      url: e.topic.url,
      votes: e.votes,
      voters: e.voters,
      sponsor: e.topic.sponsor,
      createdAt: e.topic.createdAt,
    });
    const brief = (t: Topic) => ({ number: t.number, title: t.title, url: t.url });
    const json = {
      version: 1,
      repository: snapshot.repository,
      takenAt: snapshot.takenAt,
      votesPerPerson: config.votes.perPerson,
      voters: tally.voters,
      discussing: queue.discussing.map((e) => entry(e, null)),
      toDiscuss: queue.toDiscuss.map((e, i) => entry(e, i + 1)),
      unsponsored: queue.unsponsored.map((t) => t.number),
      parked: queue.parked.map(brief),
      discussed: queue.discussed.map(brief),
      overBudget: tally.overBudget,
    };
    io.out(JSON.stringify(json, null, 2));
    return;
  }

  const rows = [
    ...queue.discussing.map((e) => ["now", e]),
    ...queue.toDiscuss.map((e, i) => [String(i + 1), e]),
  ] as Array<[string, QueueEntry]>;
  io.out(
    paint(
      io.color,
      "bold",
      `${snapshot.repository}: ${queue.toDiscuss.length} topics to discuss, as of ${snapshot.takenAt}`,
    ),
  );
  io.out("");
  const [header, rule, ...lines] = terminalTable(
    ["Rank", "#", "Votes", "Sponsor", "Age", "Topic"],
    rows.map(([rank, e]) => [
      rank,
      String(e.topic.number),
      String(e.votes),
      e.topic.sponsor ?? "(needs a sponsor)",
      formatAge(e.topic.createdAt, snapshot.takenAt),
      e.topic.title,
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
      `${queue.unsponsored.length} need a sponsor · ${tally.voters} voters · ${tally.overBudget.length} voted over their budget of ${config.votes.perPerson} · ${queue.parked.length} parked · ${queue.discussed.length} discussed`,
    ),
  );
}
