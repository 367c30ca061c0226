import { readFileSync } from "node:fs";
// Only what every command line needs is imported here: a command's code (and with it the config's
// schema, the GitHub client, the renderers) is imported when that command runs, so `--version`,
// `--help` or a mistyped command loads almost nothing.
import { explainFailure } from "../jobs/explain-failure.js";
import type { CliIo } from "./io.js";
import { closestName } from "./parse-options.js";
import { isBrokenPipe, systemFailure } from "./report-error.js";

interface Command {
  run: (args: string[], io: CliIo) => void | Promise<void>;
  help: string;
}

/** Each command, imported when asked for. */
const commands: Record<string, () => Promise<Command>> = {
  queue: () =>
    import("./commands/queue.js").then((m) => ({ run: m.queueCommand, help: m.queueHelp })),
  render: () =>
    import("./commands/render.js").then((m) => ({ run: m.renderCommand, help: m.renderHelp })),
  snapshot: () =>
    import("./commands/snapshot.js").then((m) => ({
      run: m.snapshotCommand,
      help: m.snapshotHelp,
    })),
  sync: () => import("./commands/sync.js").then((m) => ({ run: m.syncCommand, help: m.syncHelp })),
  publish: () =>
    import("./commands/publish.js").then((m) => ({ run: m.publishCommand, help: m.publishHelp })),
  retro: () =>
    import("./commands/retro.js").then((m) => ({ run: m.retroCommand, help: m.retroHelp })),
  meeting: () =>
    import("./commands/meeting.js").then((m) => ({ run: m.meetingCommand, help: m.meetingHelp })),
  schedule: () =>
    import("./commands/schedule.js").then((m) => ({
      run: m.scheduleCommand,
      help: m.scheduleHelp,
    })),
  poster: () =>
    import("./commands/poster.js").then((m) => ({ run: m.posterCommand, help: m.posterHelp })),
  init: () => import("./commands/init.js").then((m) => ({ run: m.initCommand, help: m.initHelp })),
  labels: () =>
    import("./commands/labels.js").then((m) => ({ run: m.labelsCommand, help: m.labelsHelp })),
  project: () =>
    import("./commands/project.js").then((m) => ({ run: m.projectCommand, help: m.projectHelp })),
  minutes: () =>
    import("./commands/minutes.js").then((m) => ({ run: m.minutesCommand, help: m.minutesHelp })),
};

export const mainHelp = `Usage: roundtable <command> [options]

Roundtable turns a GitHub repository into the agenda, topic board and roadmap of a group.

Commands, offline (on a snapshot file):
  queue     print the ordered topic queue of a board snapshot
  render    write the pages of a board snapshot into a folder
  schedule  schedule an event's sessions into rooms and slots (neutral JSON format)
  poster    write an unconference's schedule as a print view (A1 poster, HTML)
  minutes   draft a meeting's minutes from its transcript and its timeboxes, offline

Setting up:
  init      add the forms, a config and the workflow to a checkout; --repo: the labels
  labels    create the labels Roundtable uses that a repository lacks
  project   project setup: add the Status options, Lane and Quarter fields to the board

Commands, on GitHub (GITHUB_TOKEN):
  snapshot  read a repository's board into a snapshot file
  sync      recount the votes and put the project board in queue order
  publish   commit the pages to the repository
  retro     open the quarter's retro, and its action items
  meeting   preview what a meeting command would do (--dry-run)

Run 'roundtable <command> --help' for a command's options.`;

/**
 * Runs one command line and returns the exit code: 0 on success, 1 when the job fails, 2 on bad
 * usage. Every failure is reported in a message that says what to do; a bug shows its stack.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    const topic = name === "help" ? args[0] : undefined;
    const command = topic === undefined ? undefined : commands[topic];
    io.out(command ? (await command()).help : mainHelp);
    return 0;
  }
  if (name === "--version" || name === "-v") {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    io.out(String(pkg.version));
    return 0;
  }
  const load = commands[name];
  if (!load) {
    const near = closestName(name, Object.keys(commands));
    io.err(
      `roundtable: unknown command "${name}"; ${near ? `did you mean ${near}? ` : ""}run 'roundtable --help' for the list`,
    );
    return 2;
  }
  const command = await load();
  if (args.includes("--help") || args.includes("-h")) {
    io.out(command.help);
    return 0;
  }
  try {
    await command.run(args, io);
    return 0;
  } catch (error) {
    if (isBrokenPipe(error)) return 0;
    const failure =
      explainFailure(error) ??
      (isArgsError(error) ? argsFailure(error) : undefined) ??
      systemFailure(error, io.cwd);
    if (!failure) throw error;
    if (failure.exitCode === 2) {
      io.err(`roundtable ${name}: ${failure.lines.join(" ")} (see 'roundtable ${name} --help')`);
      return 2;
    }
    for (const line of failure.lines) io.err(`roundtable ${name}: ${line}`);
    return failure.exitCode;
  }
}

/** node:util's parseArgs reports unknown options and missing values with these codes. */
function isArgsError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS");
}

function argsFailure(error: unknown) {
  return { lines: [(error as Error).message], exitCode: 2 as const, where: {} };
}
