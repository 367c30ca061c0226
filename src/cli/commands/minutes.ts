import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { draftMinutesFromFiles, type MinutesDraft, minutesJson } from "../../jobs/minutes.js";
import type { CliIo } from "../io.js";
import { parseOptions } from "../parse-options.js";
import { InputError } from "../read-inputs.js";
import { UsageError } from "../usage-error.js";

export const minutesHelp = `Usage: roundtable minutes --transcript FILE --timeboxes LOG.json [--offset SECONDS] [--json]

Drafts the minutes of a meeting from its recording's transcript: for each topic of
the meeting log, an outcome (one or two sentences, at most 60 words), up to three
takeaways and the action items said, from what was said inside the topic's
timeboxes. Runs offline on this machine; the transcript is read, never stored.

Options:
  --transcript FILE   WebVTT (Zoom, Teams), SRT, plain "Name: text" lines, or a
                      Teams/Meet .docx (required)
  --timeboxes FILE    the meeting log (format meeting-log/1): each topic's title and
                      timeboxes (required)
  --offset SECONDS    how long after the meeting's start the transcript's first cue
                      was spoken (default 0: at the start)
  --json              print { id, topics: [{ title, outcome, takeaways, actionItems }] }
  -h, --help          show this help`;

export async function minutesCommand(args: string[], io: CliIo): Promise<void> {
  const { values } = parseOptions(args, {
    transcript: { type: "string" },
    timeboxes: { type: "string" },
    offset: { type: "string" },
    json: { type: "boolean" },
  });
  if (!values.transcript) throw new UsageError("minutes needs --transcript FILE");
  if (!values.timeboxes)
    throw new UsageError(
      "minutes needs --timeboxes LOG.json, the meeting log with each topic's timeboxes",
    );
  const offsetSeconds = values.offset === undefined ? 0 : Number(values.offset);
  if (!Number.isFinite(offsetSeconds))
    throw new UsageError(
      `--offset is a number of seconds such as 90 or -12.5, not ${values.offset}`,
    );
  const draft = await draftMinutesFromFiles({
    transcript: {
      file: values.transcript,
      bytes: readBytes(io.cwd, values.transcript, "transcript"),
    },
    log: {
      file: values.timeboxes,
      text: readBytes(io.cwd, values.timeboxes, "meeting log").toString("utf8"),
    },
    offsetSeconds,
  });
  io.out(values.json ? minutesJson(draft) : minutesText(draft));
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
