/**
 * How deep lists, quotes and emphasis may nest before the rest is shown flat, as text. Nobody
 * writes deeper on purpose, and 60,000 `>` must not turn into 60,000 nested calls.
 */
export const maxDepth = 6;

/** Emphasis and link brackets read as syntax; past these many they are text (see `defused`). */
const maxDelimiters = 128;

/**
 * The source with the shapes that make Markdown parsers slow taken out, so reading it takes time
 * in proportion to its length: quotes nested past `maxDepth` on one line, indentation deeper than
 * a list nested that far, and emphasis and bracket characters past `maxDelimiters` (escaped, so
 * they show as written). Text written by people never comes near these limits.
 */
export function defused(source: string): string {
  let delimiters = 0;
  return source
    .split("\n")
    .map((line) => shallow(line).replace(/^[ \t]{25,}/, " ".repeat(4 * maxDepth)))
    .join("\n")
    .replace(/[*_~[\]]/g, (c) => (++delimiters > maxDelimiters ? `\\${c}` : c));
}

/** A quote or list marker at the start of a line: `>`, `-`, `*`, `+`, `1.` or `1)`. */
const container = /^[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?/;

/** A line with its first `maxDepth` quote and list markers; the markers after them are dropped. */
function shallow(line: string): string {
  let kept = "";
  let rest = line;
  for (let depth = 0; ; depth++) {
    const marker = container.exec(rest);
    if (!marker) return kept + rest;
    if (depth < maxDepth) kept += marker[0];
    rest = rest.slice(marker[0].length);
  }
}
