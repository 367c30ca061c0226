/**
 * One stretch of speech as a meeting tool exports it: who spoke, what they said, and when, in
 * seconds on the transcript's own clock. A plain-text transcript carries no times: its cues get
 * them from `synthesiseTimes`.
 */
export interface Cue {
  speaker: string;
  text: string;
  start: number;
  end: number;
  /** The line of the file the cue starts on, for errors and for nothing else. */
  line: number;
}

/** The formats a transcript is read from; `docx` arrives here as the document's raw text. */
export type TranscriptFormat = "vtt" | "srt" | "plain" | "docx";

export interface Transcript {
  format: TranscriptFormat;
  cues: Cue[];
  /** True when the file had no times and the cues were timed at a speaking rate. */
  timesSynthesised: boolean;
}
