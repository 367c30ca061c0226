import type { Cue } from "./cue.js";
import { splitNamedLine } from "./cue-text.js";
import { parseTimestamp } from "./timestamp.js";
import { transcriptError } from "./transcript-error.js";

type Untimed = Omit<Cue, "start" | "end"> & { start?: number };

// "[00:01:02] " or "00:01:02 " before the name, as some tools write; a line of a time alone is
// a clock mark (Meet), not speech.
const timePrefix = /^\s*\[?(\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)\]?\s+/;

/**
 * The turns of a plain transcript, one `Name: text` a line; a line with no name goes on with the
 * turn above (text wrapped by an editor). Times, when every turn has one, come from the prefix.
 */
export function readPlain(text: string, file: string): Untimed[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const turns: Untimed[] = [];
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (!line || parseTimestamp(line) !== undefined) return;
    const time = timePrefix.exec(line);
    const rest = (time ? line.slice(time[0].length) : line).replace(/\s+/g, " ");
    const named = splitNamedLine(rest);
    const last = turns.at(-1);
    if (named) {
      const start = time ? parseTimestamp(time[1] ?? "") : undefined;
      turns.push({ ...named, line: index + 1, ...(start !== undefined ? { start } : {}) });
    } else if (last) {
      last.text = `${last.text} ${rest}`;
    } else {
      throw transcriptError(
        file,
        index + 1,
        "does not say who is speaking",
        '"Name: what they said", one turn a line',
        line,
        "write each turn as its speaker, a colon and the words, or export WebVTT from the meeting tool",
      );
    }
  });
  return turns;
}
