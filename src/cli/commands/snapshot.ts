import { takeSnapshot } from "../../jobs/read-snapshot.js";
import { runUseCase } from "../../jobs/use-case.js";
import type { CliIo } from "../io.js";
import { liveRepo, liveRun } from "../live-repo.js";
import { parseOptions } from "../parse-options.js";

export const snapshotHelp = `Usage: roundtable snapshot --repo OWNER/NAME [--config FILE] > board.json

Reads a repository's board from GitHub and prints it as a snapshot file, which
'roundtable queue' and 'roundtable render' read offline.

Options:
  --repo OWNER/NAME  the repository (required)
  --config FILE      a config file (default: the repository's .github/roundtable.yml)
  -h, --help         show this help

Environment: GITHUB_TOKEN (required); GITHUB_API_URL and GITHUB_GRAPHQL_URL for GitHub Enterprise;
private ballots (votes.source: ballots) are checked with the config's votes.ballotKey
(BALLOT_SECRET, where set, also opens a round's sealed ballots: the app's secret, not the Action's).`;

export async function snapshotCommand(args: string[], io: CliIo): Promise<void> {
  const { values } = parseOptions(args, { repo: { type: "string" }, config: { type: "string" } });
  const live = await liveRepo(values.repo, values.config, io);
  const run = liveRun(live, io, { dryRun: false, progress: true });
  const { text, issues, cost } = await runUseCase(takeSnapshot, run);
  io.out(text);
  io.err(
    `${issues} issues in ${cost.restRequests} REST and ${cost.graphqlRequests} GraphQL requests, ${cost.points} points (${cost.remaining ?? "?"} left this hour)`,
  );
}
