import { userError } from "../../errors/index.js";
import type { Cue, Transcript, TranscriptFormat } from "./cue.js";
import { readDocxText } from "./read-docx-text.js";
import { readPlain } from "./read-plain.js";
import { readSrt } from "./read-srt.js";
import { readVtt } from "./read-vtt.js";
import { countWords, synthesiseTimes, wordsPerMinute } from "./synthesise-times.js";

type Untimed = Omit<Cue, "start" | "end"> & { start?: number };

/** One reader per format: adding a format is a file and a line. */
const readers: Record<TranscriptFormat, (text: string, file: string) => Cue[] | Untimed[]> = {
  vtt: readVtt,
  srt: readSrt,
  plain: readPlain,
  docx: readDocxText,
};

/** The format a file's name says, else what its first lines look like. */
export function transcriptFormat(file: string, text: string): TranscriptFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (extension === "vtt") return "vtt";
  if (extension === "srt") return "srt";
  if (extension === "docx") return "docx";
  const head = text.replace(/^\uFEFF/, "").trimStart();
  if (/^WEBVTT/.test(head)) return "vtt";
  if (/^\d+\s*\r?\n[^\n]*-->/.test(head)) return "srt";
  return "plain";
}

/**
 * A transcript's cues in order, each with a time on the transcript's clock. `text` is the file's
 * text (for a `.docx`, the document's raw text). A file with no speech is an error, not an empty
 * draft: it is most likely the wrong file.
 */
export function readTranscript(
  text: string,
  file: string,
  format = transcriptFormat(file, text),
): Transcript {
  const read = readers[format](text, file);
  const timed = read.every((cue) => cue.start !== undefined && "end" in cue);
  const startsKnown = read.length > 0 && read.every((cue) => cue.start !== undefined);
  const cues = timed ? (read as Cue[]) : startsKnown ? endAtNext(read) : synthesiseTimes(read);
  if (!cues.some((cue) => cue.text.trim()))
    throw userError("holds no speech", {
      where: { file },
      expected: `a ${format === "plain" ? '"Name: text"' : format} transcript with at least one spoken line`,
      given: "no cue with words",
    });
  return { format, cues, timesSynthesised: !timed && !startsKnown };
}

/** Turns that say when they began end when the next one begins; the last lasts its words. */
function endAtNext(turns: Untimed[]): Cue[] {
  return turns.map((turn, i) => {
    const start = turn.start as number;
    const next = turns[i + 1]?.start;
    const end =
      next !== undefined && next >= start
        ? next
        : start + (countWords(turn.text) * 60) / wordsPerMinute;
    return { ...turn, start, end };
  });
}
