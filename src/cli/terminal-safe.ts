/** Colour codes (SGR: `ESC [ … m`), the only control sequence Roundtable itself writes. */
const sgr = "\\x1b\\[[0-9;]*m";

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const controls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const controlsButColour = new RegExp(
  `(${sgr})|[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f]`,
  "g",
);

const escaped = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

/**
 * A line fit for a terminal: every control character (C0 but tab and newline, DEL, C1) shows as
 * its `\uXXXX` escape, so a title with `ESC [2J`, an OSC 8 link or a carriage return cannot clear
 * the screen, hide text or forge a line; inside JSON output the escape is the same character.
 * With `colour`, Roundtable's own colour codes stay (titles are cleaned where they are laid out,
 * `terminalTable`, so none of them comes from a title).
 */
export function terminalSafe(line: string, colour = false): string {
  if (!colour) return line.replace(controls, escaped);
  return line.replace(controlsButColour, (match, kept: string | undefined) =>
    kept ? match : escaped(match),
  );
}
