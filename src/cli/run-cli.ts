import { readFileSync } from "node:fs";
// Only what every command line needs is imported here: a command's code (and with it the config's
// schema, the GitHub client, the renderers) is imported when that command runs, so `--version`,
// `--help` or a mistyped command loads almost nothing.
import { explainFailure } from "../jobs/explain-failure.js";
import type { UseCaseName } from "../jobs/use-cases.js";
import type { CliIo } from "./io.js";
import { closestName } from "./parse-options.js";
import { isBrokenPipe, systemFailure } from "./report-error.js";

interface Command {
  run: (args: string[], io: CliIo) => void | Promise<void>;
  help: string;
}

/**
 * Each command, one row naming its use case (src/jobs/use-cases.ts), its code imported when
 * asked for. `docs/triggers.md` lists them.
 */
export const commands: Record<string, { useCase: UseCaseName; load: () => Promise<Command> }> = {
  queue: {
    useCase: "queue",
    load: () =>
      import("./commands/queue.js").then((m) => ({ run: m.queueCommand, help: m.queueHelp })),
  },
  render: {
    useCase: "render",
    load: () =>
      import("./commands/render.js").then((m) => ({ run: m.renderCommand, help: m.renderHelp })),
  },
  snapshot: {
    useCase: "snapshot",
    load: () =>
      import("./commands/snapshot.js").then((m) => ({
        run: m.snapshotCommand,
        help: m.snapshotHelp,
      })),
  },
  sync: {
    useCase: "sync",
    load: () =>
      import("./commands/sync.js").then((m) => ({ run: m.syncCommand, help: m.syncHelp })),
  },
  publish: {
    useCase: "publish",
    load: () =>
      import("./commands/publish.js").then((m) => ({ run: m.publishCommand, help: m.publishHelp })),
  },
  retro: {
    useCase: "retro",
    load: () =>
      import("./commands/retro.js").then((m) => ({ run: m.retroCommand, help: m.retroHelp })),
  },
  meeting: {
    useCase: "comment",
    load: () =>
      import("./commands/meeting.js").then((m) => ({ run: m.meetingCommand, help: m.meetingHelp })),
  },
  schedule: {
    useCase: "schedule",
    load: () =>
      import("./commands/schedule.js").then((m) => ({
        run: m.scheduleCommand,
        help: m.scheduleHelp,
      })),
  },
  poster: {
    useCase: "poster",
    load: () =>
      import("./commands/poster.js").then((m) => ({ run: m.posterCommand, help: m.posterHelp })),
  },
  init: {
    useCase: "ensure-labels",
    load: () =>
      import("./commands/init.js").then((m) => ({ run: m.initCommand, help: m.initHelp })),
  },
  labels: {
    useCase: "ensure-labels",
    load: () =>
      import("./commands/labels.js").then((m) => ({ run: m.labelsCommand, help: m.labelsHelp })),
  },
  project: {
    useCase: "setup-project",
    load: () =>
      import("./commands/project.js").then((m) => ({ run: m.projectCommand, help: m.projectHelp })),
  },
  minutes: {
    useCase: "minutes",
    load: () =>
      import("./commands/minutes.js").then((m) => ({ run: m.minutesCommand, help: m.minutesHelp })),
  },
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
    const command =
      topic !== undefined && Object.hasOwn(commands, topic) ? commands[topic] : undefined;
    io.out(command ? (await command.load()).help : mainHelp);
    return 0;
  }
  if (name === "--version" || name === "-v") {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    io.out(String(pkg.version));
    return 0;
  }
  const load = Object.hasOwn(commands, name) ? commands[name]?.load : undefined;
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
