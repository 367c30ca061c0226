import {
  draftMinutes,
  type MeetingLog,
  type MinutesDraft,
  readMeetingLog,
  readTranscript,
  transcriptFormat,
} from "../core/minutes/index.js";
import { userError } from "../errors/index.js";
import type { OfflineRun, UseCase } from "./use-case.js";

export interface MinutesFiles {
  /** The transcript as exported by the meeting tool: WebVTT, SRT, `Name: text` or a `.docx`. */
  transcript: { file: string; bytes: Uint8Array };
  /** The `meeting-log/1` file with each topic's timeboxes, or the meeting's log as read from GitHub. */
  log: { file: string; text: string } | MeetingLog;
  /** Seconds between the meeting's start and the transcript's first cue. */
  offsetSeconds?: number;
}

/** A transcript's text as read (a `.docx`'s paragraphs through mammoth), and its format. */
export interface TranscriptText {
  file: string;
  text: string;
  format: ReturnType<typeof transcriptFormat>;
}

/**
 * Draft minutes from a transcript and a meeting log, offline (run by `runUseCase` with the command
 * line's run: no repository, nothing written):
 * 1. load the transcript's text (a `.docx` through mammoth, which reads the document's paragraphs),
 * 2. plan: its cues and the log's timeboxes (core/minutes), the draft of each topic.
 * The transcript lives in memory only for the length of the run.
 */
export const draftMinutesFromFiles: UseCase<
  MinutesFiles,
  TranscriptText,
  { draft: MinutesDraft },
  OfflineRun
> = {
  load: (_run, files) => readTranscriptText(files.transcript),
  plan: (transcript, files) => ({
    effects: [],
    result: { draft: draftFromText(transcript, files) },
  }),
};

/** The transcript's text, read (a `.docx` through mammoth); every other format is UTF-8 text. */
export async function readTranscriptText({
  file,
  bytes,
}: MinutesFiles["transcript"]): Promise<TranscriptText> {
  const format = transcriptFormat(file, "");
  const text = format === "docx" ? await docxText(file, bytes) : new TextDecoder().decode(bytes);
  return { file, text, format: format === "docx" ? "docx" : transcriptFormat(file, text) };
}

/** The draft of each topic, from the transcript's text and the meeting log (pure). */
export function draftFromText(
  transcript: TranscriptText,
  files: Pick<MinutesFiles, "log" | "offsetSeconds">,
): MinutesDraft {
  const cues = readTranscript(transcript.text, transcript.file, transcript.format);
  const log =
    "topics" in files.log
      ? files.log
      : readMeetingLog(parseJson(files.log.text, files.log.file), files.log.file);
  return draftMinutes(cues, log, files.offsetSeconds ?? 0);
}

/** The evaluator's shape: `{ id, topics: [{ index, title, outcome, takeaways, actionItems }] }`. */
export function minutesJson(draft: MinutesDraft): string {
  const topics = draft.topics.map(({ index, title, outcome, takeaways, actionItems }) => ({
    index,
    title,
    outcome,
    takeaways,
    actionItems,
  }));
  return JSON.stringify({ id: draft.id, topics }, null, 2);
}

async function docxText(file: string, bytes: Uint8Array): Promise<string> {
  try {
    // Loaded only for a .docx: every other command of the CLI starts without it.
    const { default: mammoth } = await import("mammoth");
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return value;
  } catch (error) {
    throw userError("is not a Word document mammoth can read", {
      where: { file },
      expected: "a .docx transcript as Teams or Meet export it",
      fix: "export the transcript again, or as WebVTT (.vtt)",
      cause: error,
    });
  }
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw userError("is not JSON", {
      where: { file },
      expected: "the meeting-log/1 JSON file written beside the transcript",
      given: (error as Error).message,
      cause: error,
    });
  }
}
