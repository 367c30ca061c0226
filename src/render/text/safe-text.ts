import { cutText } from "../../core/cut-text.js";
/**
 * The longest list a page shows. Nobody reads further, GitHub renders long pages slowly, and the
 * rest is one link or one issue search away.
 */
export const maxRows = 100;

/** Longest title shown in a table cell or list; longer ones are cut with an ellipsis. */
export const maxTitleLength = 120;

/**
 * Characters a reader cannot see that change what the text around them shows: the bidi controls
 * (an unclosed U+202E reverses the rest of a table row), zero-width spaces and joiners used to
 * hide words, the soft hyphen, the byte-order mark and the invisible operators. The zero-width
 * joiner and non-joiner stay: emoji sequences and Persian or Indic words need them.
 */
const invisible =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: each is listed to be removed on its own
  /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb]/gu;

/**
 * Text hygiene, the one place for it: control characters and line breaks become spaces, and the
 * invisible format characters above go. For every title and name, wherever it lands: a page, a
 * comment, a file name, a Mermaid label, a calendar.
 */
export function visibleText(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ")
      .replace(invisible, "")
  );
}

/** Removes the invisible format characters and the control characters but line breaks and tabs. */
export function withoutInvisible(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, "")
      .replace(invisible, "")
  );
}

/**
 * Cuts text to `max` UTF-16 units on a grapheme boundary (`cutText`: never half an emoji, a flag
 * or an accented letter), with an ellipsis.
 */
export function cut(text: string, max: number): string {
  return text.length > max ? `${cutText(text, max - 1).trimEnd()}…` : text;
}

/**
 * Stops GitHub from turning `@login` into a mention (or `me@host` into a mail link): a word joiner,
 * which nobody sees, goes after the `@`, so the text reads the same and pings no one. (Web
 * addresses in text are kept from becoming links by the serialiser, which escapes them.) An HTML
 * comment opener gets one too: a title such as `x <!-- roundtable:record x -->` reads the same but
 * is no longer Roundtable's marker in the comment or page it is written into.
 */
export function unlinked(text: string): string {
  return text.replace(/@(?=[A-Za-z0-9])/g, "@\u2060").replace(/<!--/g, "<!\u2060--");
}

/**
 * Makes text from an issue or from the config fit for one line of a page. Markdown escaping
 * (pipes, HTML, backticks, a leading `#`) is done by the serialiser on text nodes; this does what
 * it cannot: hygiene (see `visibleText`), runaway length, and mentions and autolinks.
 */
export function safeText(text: string, max = maxTitleLength): string {
  return unlinked(cut(visibleText(text).replace(/\s+/g, " ").trim(), max));
}
