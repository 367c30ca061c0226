const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/**
 * How far before the cut the graphemes are read. Segmenting a whole long text is slow (Node 20:
 * 96 s for 65,536 letters, superlinear), so only the stretch around the cut is segmented, from a
 * point where a grapheme surely begins.
 */
const reach = 512;

/**
 * Text cut to at most `max` UTF-16 units at a grapheme boundary: never inside a surrogate pair,
 * an emoji sequence or a combining mark, so a cut is stable and shows no U+FFFD. `ellipsis` is
 * added (within `max`) when anything was cut. The one function that cuts a person's text: command
 * arguments, records, pages, comments and notices.
 */
export function cutText(text: string, max: number, ellipsis = ""): string {
  if (text.length <= max) return text;
  const room = Math.max(0, max - ellipsis.length);
  const start = clusterStart(text, room);
  let end = start;
  for (const { segment, index } of graphemes.segment(text.slice(start, room + reach))) {
    if (start + index + segment.length > room) break;
    end = start + index + segment.length;
  }
  return `${text.slice(0, end)}${ellipsis}`;
}

/**
 * A position at most `reach` before `at` where a grapheme begins: before an ASCII character (no
 * rule joins one to what precedes it) that follows neither a carriage return (CR LF is one) nor a
 * character of a script with prepended marks (U+0600 and up). Without one there (a hostile run of
 * emoji), `reach` before `at` all the same: only a cluster longer than that could be read wrong.
 */
function clusterStart(text: string, at: number): number {
  const from = Math.max(0, at - reach);
  for (let i = Math.min(at, text.length - 1); i > from; i--) {
    const c = text.charCodeAt(i);
    const before = text.charCodeAt(i - 1);
    if (c < 0x80 && c !== 0x0a && before < 0x600 && before !== 0x0d) return i;
  }
  return from;
}
