import type { Cue } from "./cue.js";
import { readCueBlocks } from "./read-vtt.js";
import { transcriptError } from "./transcript-error.js";

/** The cues of a SubRip file: numbered blocks, `00:00:01,000 --> 00:00:04,000`, the words. */
export function readSrt(text: string, file: string): Cue[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const first = lines.findIndex((line) => line.trim());
  if (first < 0) throw transcriptError(file, 1, "is empty", "numbered SubRip cues", "");
  return readCueBlocks(lines, first, file, "srt");
}
