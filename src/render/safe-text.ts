/**
 * The longest list a page shows. Nobody reads further, GitHub renders long pages slowly, and the
 * rest is one link or one issue search away.
 */
export const maxRows = 100;

/** Longest title shown in a table cell or list; longer ones are cut with an ellipsis. */
export const maxTitleLength = 120;

/**
 * Makes text from an issue fit for one line of a page. Markdown escaping (pipes, HTML, backticks,
 * a leading `#`) is done by the serialiser on text nodes; this strips what it cannot help with:
 * control characters and line breaks, runaway length, and `@login`, which GitHub would turn into
 * a mention (a word joiner after the `@` keeps the text and stops the ping).
 */
export function safeText(text: string, max = maxTitleLength): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").trim();
  const chars = Array.from(flat);
  const short =
    chars.length > max
      ? `${chars
          .slice(0, max - 1)
          .join("")
          .trimEnd()}…`
      : flat;
  return short.replace(/@(?=[A-Za-z0-9])/g, "@\u2060");
}
