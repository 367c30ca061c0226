import type { Cue } from "./cue.js";
import { splitNamedLine } from "./cue-text.js";
import { readPlain } from "./read-plain.js";
import { parseTimestamp } from "./timestamp.js";

type Untimed = Omit<Cue, "start" | "end"> & { start?: number };

// Teams' document: a heading "Alice Smith   0:03" (name, spaces, time since the start), then
// what they said; Teams' older one: "0:0:0.0 --> 0:0:3.620", the name, then the words.
const teamsHeading = /^(\S.{0,60}?)\s{2,}(\d{1,2}:\d{2}(?::\d{2})?)$/;
const olderTiming = /^(\d{1,2}:\d{1,2}:\d{1,2}(?:\.\d+)?)\s*-->\s*\d/;

/**
 * The turns of a Teams or Meet transcript document, from its raw text (paragraphs as lines).
 * Teams' headings give each turn its speaker and time; a Meet document reads as `Name: text`.
 */
export function readDocxText(text: string, file: string): Untimed[] {
  const lines = text.split(/\r\n|\r|\n/).map((line) => line.trim());
  const turns: Untimed[] = [];
  let layout: "headings" | "timings" | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const heading = teamsHeading.exec(line);
    const timing = olderTiming.exec(line);
    if (heading && parseTimestamp(heading[2] ?? "") !== undefined && layout !== "timings") {
      layout = "headings";
      turns.push({
        speaker: (heading[1] ?? "").trim(),
        text: "",
        line: i + 1,
        start: parseTimestamp(heading[2] ?? "") as number,
      });
    } else if (timing && layout !== "headings") {
      layout = "timings";
      const speaker = lines[i + 1] ?? "";
      turns.push({
        speaker,
        text: "",
        line: i + 1,
        start: parseTimestamp(timing[1] ?? "") as number,
      });
      i++;
    } else if (line && turns.length > 0) {
      const last = turns.at(-1) as Untimed;
      last.text = last.text ? `${last.text} ${line}` : line;
    }
  }
  if (layout) return turns.filter((turn) => turn.text);
  // A Meet document opens with its title and date before the first "Name: text".
  const first = lines.findIndex((line) => splitNamedLine(line));
  return readPlain(first > 0 ? "\n".repeat(first) + lines.slice(first).join("\n") : text, file);
}
