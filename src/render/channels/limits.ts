import { cutText } from "../../core/cut-text.js";
import type { Line, Notice, NoticeSection } from "../../core/index.js";

/**
 * A notice cut to fit: at most `maxLines` lines in all, the rest counted. Every platform caps a
 * message (Slack: 50 blocks; Discord: 4,096 characters a description; Teams: 28 KB a card), and a
 * cut message ends with a link to the whole page, so nothing is lost, only left on GitHub.
 */
export function fitted(
  notice: Notice,
  maxLines: number,
): { sections: NoticeSection[]; left: number } {
  let room = maxLines;
  let left = 0;
  const sections: NoticeSection[] = [];
  for (const section of notice.sections) {
    const lines: Line[] = section.lines.slice(0, Math.max(0, room));
    left += section.lines.length - lines.length;
    room -= lines.length;
    if (lines.length > 0) sections.push({ ...section, lines });
  }
  return { sections, left };
}

/** "…and 3 more on GitHub": the line that ends a cut message, linking the whole. */
export function moreLine(notice: Notice, left: number): Line {
  return [{ text: "…and " }, { text: `${left} more on GitHub`, url: notice.url }];
}

/** Cuts to `max` UTF-16 units on a grapheme boundary (`cutText`), with an ellipsis. */
export function cutTo(text: string, max: number): string {
  return text.length > max ? cutText(text, max, "…") : text;
}
