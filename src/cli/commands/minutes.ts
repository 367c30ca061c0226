import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { MinutesDraft } from "../../core/minutes/draft-minutes.js";
import type { MeetingLog } from "../../core/minutes/meeting-log.js";
import { draftMinutesFromFiles, minutesJson } from "../../jobs/minutes.js";
import { loadMeetingLog, meetingLogFromSnapshot } from "../../jobs/minutes-log.js";
import { runUseCase } from "../../jobs/use-case.js";
import type { CliIo } from "../io.js";
import { liveRepo } from "../live-repo.js";
import { parseOptions } from "../parse-options.js";
import { InputError, readConfig, readSnapshot } from "../read-inputs.js";
import { UsageError } from "../usage-error.js";

export const minutesHelp = `Usage: roundtable minutes --transcript FILE --timeboxes LOG.json [--offset SECONDS] [--json]
       roundtable minutes --transcript FILE --snapshot FILE --issue N [--config FILE] […]
       roundtable minutes --transcript FILE --repo OWNER/NAME --issue N […]

Drafts the minutes of a meeting from its recording's transcript: for each topic of
the meeting log, an outcome (one or two sentences, at most 60 words), up to three
takeaways and the action items said, from what was said inside the topic's
timeboxes. Runs offline on this machine; the transcript is read, never stored.

Options:
  --transcript FILE   WebVTT (Zoom, Teams), SRT, plain "Name: text" lines, or a
                      Teams/Meet .docx (required)
  --timeboxes FILE    the meeting log (format meeting-log/1): each topic's title and
                      timeboxes
  --issue N           or the meeting issue N, whose log says when each topic was on
                      the table: from a snapshot (--snapshot FILE, taken with
                      'roundtable snapshot') or from GitHub (--repo, GITHUB_TOKEN);
                      nothing is written to the repository
  --config FILE       the board's config (default: the repository's own)
  --offset SECONDS    how long after the meeting's start the transcript's first cue
                      was spoken (default 0: at the start)
  --json              print { id, topics: [{ title, outcome, takeaways, actionItems }] }
  -h, --help          show this help`;

export async function minutesCommand(args: string[], io: CliIo): Promise<void> {
  const { values } = parseOptions(args, {
    transcript: { type: "string" },
    timeboxes: { type: "string" },
    issue: { type: "string" },
    snapshot: { type: "string" },
    repo: { type: "string" },
    config: { type: "string" },
    offset: { type: "string" },
    json: { type: "boolean" },
  });
  if (!values.transcript) throw new UsageError("minutes needs --transcript FILE");
  const offsetSeconds = values.offset === undefined ? 0 : Number(values.offset);
  if (!Number.isFinite(offsetSeconds))
    throw new UsageError(
      `--offset is a number of seconds such as 90 or -12.5, not ${values.offset}`,
    );
  const { draft } = await runUseCase(
    draftMinutesFromFiles,
    { now: io.now(), log: io.out },
    {
      transcript: {
        file: values.transcript,
        bytes: readBytes(io.cwd, values.transcript, "transcript"),
      },
      log: await meetingLog(values, io),
      offsetSeconds,
    },
  );
  io.out(values.json ? minutesJson(draft) : minutesText(draft));
}

/** The meeting's log: a meeting-log/1 file, or a meeting issue's own from a snapshot or GitHub. */
async function meetingLog(
  values: { timeboxes?: string; issue?: string; snapshot?: string; repo?: string; config?: string },
  io: CliIo,
): Promise<MeetingLog | { file: string; text: string }> {
  if (values.timeboxes) {
    if (values.issue) throw new UsageError("give --timeboxes LOG.json or --issue N, not both");
    return {
      file: values.timeboxes,
      text: readBytes(io.cwd, values.timeboxes, "meeting log").toString("utf8"),
    };
  }
  if (!values.issue)
    throw new UsageError(
      "minutes needs --timeboxes LOG.json (the meeting log) or --issue N (a meeting issue, with --snapshot FILE or --repo OWNER/NAME)",
    );
  const issue = Number(values.issue);
  if (!(Number.isInteger(issue) && issue > 0))
    throw new UsageError(`--issue takes the meeting's issue number, got "${values.issue}"`);
  if (values.snapshot)
    return meetingLogFromSnapshot(
      readSnapshot(io.cwd, values.snapshot),
      readConfig(io.cwd, values.config),
      issue,
    );
  const live = await liveRepo(values.repo, values.config, io);
  return loadMeetingLog(live.github, { ...live, issue, now: io.now() });
}

function readBytes(cwd: string, file: string, what: string): Buffer {
  try {
    return readFileSync(resolve(cwd, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "a folder, not a file" : code;
    throw new InputError(`${file}: cannot read the ${what} (${reason}); check the path`, {
      cause: error,
    });
  }
}

/** The draft as a facilitator reads it in a terminal, topic by topic. */
function minutesText(draft: MinutesDraft): string {
  return draft.topics
    .map((topic) =>
      [
        `${topic.index}. ${topic.title}`,
        `   Outcome: ${topic.outcome}`,
        ...topic.takeaways.map((t) => `   Takeaway: ${t}`),
        ...topic.actionItems.map(
          (a) => `   Action: ${a.who ? `${a.who}: ` : ""}${a.what}${a.when ? ` (${a.when})` : ""}`,
        ),
      ].join("\n"),
    )
    .join("\n\n");
}
