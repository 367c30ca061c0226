import type { Cue } from "./cue.js";
import { cueUtterances } from "./cue-text.js";
import { parseTimestamp } from "./timestamp.js";
import { transcriptError } from "./transcript-error.js";

/**
 * The cues of a WebVTT file (Zoom's `Name: text` cues, Teams' `<v Name>` voice spans). Comment,
 * style and region blocks are skipped; a cue's identifier line is optional, as the format says.
 */
export function readVtt(text: string, file: string): Cue[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? ""))
    throw transcriptError(file, 1, "is not a WebVTT file", 'a first line "WEBVTT"', lines[0] ?? "");
  return readCueBlocks(lines, 1, file, "vtt");
}

/**
 * Blocks of non-empty lines from `from` on, each a cue: [identifier,] timing, payload. Shared by
 * WebVTT and SRT, which differ in their header and in the timestamp's decimal sign only.
 */
export function readCueBlocks(
  lines: string[],
  from: number,
  file: string,
  kind: "vtt" | "srt",
): Cue[] {
  const cues: Cue[] = [];
  let speaker = "";
  for (let i = from; i < lines.length; ) {
    if (!lines[i]?.trim()) {
      i++;
      continue;
    }
    const block: number[] = [];
    while (i < lines.length && lines[i]?.trim()) block.push(i++);
    const first = lines[block[0] ?? 0] ?? "";
    if (kind === "vtt" && /^(NOTE|STYLE|REGION)(\s|$)/.test(first)) continue;
    const at = (lines[block[0] ?? 0] ?? "").includes("-->") ? 0 : 1;
    const timingLine = block[at];
    const timing = timingLine === undefined ? undefined : readTiming(lines[timingLine] ?? "");
    if (!timing) {
      const bad = timingLine ?? block[0] ?? 0;
      const example =
        kind === "srt" ? "00:00:01,000 --> 00:00:04,000" : "00:00:01.000 --> 00:00:04.000";
      throw transcriptError(file, bad + 1, "is not a cue timing", `"${example}"`, lines[bad] ?? "");
    }
    const payload = block
      .slice(at + 1)
      .map((n) => lines[n] ?? "")
      .join("\n");
    for (const said of cueUtterances(payload, speaker)) {
      cues.push({ ...said, ...timing, line: (timingLine ?? 0) + 1 });
      speaker = said.speaker;
    }
  }
  return cues;
}

function readTiming(line: string): { start: number; end: number } | undefined {
  const [left = "", right = ""] = line.split("-->");
  const start = parseTimestamp(left);
  const end = parseTimestamp(right.trim().split(/\s+/)[0] ?? "");
  if (start === undefined || end === undefined || end < start) return undefined;
  return { start, end };
}
