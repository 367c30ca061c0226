const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/**
 * Text cut to at most `max` UTF-16 units at a grapheme boundary: never inside a surrogate pair,
 * an emoji sequence or a combining mark, so a cut is stable and shows no U+FFFD. `ellipsis` is
 * added (within `max`) when anything was cut.
 */
export function cutText(text: string, max: number, ellipsis = ""): string {
  if (text.length <= max) return text;
  const room = max - ellipsis.length;
  let end = 0;
  for (const { segment, index } of graphemes.segment(text)) {
    if (index + segment.length > room) break;
    end = index + segment.length;
  }
  return `${text.slice(0, end)}${ellipsis}`;
}
