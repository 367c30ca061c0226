import type { RootContent } from "mdast";
import type { IssueRecord, PromotedFrom, PromotedItem } from "../../core/index.js";
import { formatDay } from "../dates.js";
import { heading, link, paragraph, strong, text } from "../mdast.js";
import { personBlocks } from "../text/person-words.js";
import { safeText } from "../text/safe-text.js";
import { toMarkdown } from "../to-markdown.js";

/**
 * The body of the roadmap item a topic is promoted to, in the roadmap form's shape (its first two
 * questions answered), so the roadmap page reads it as any item: what it is links the topic, why
 * links the meeting and its outcome. The outcome is a person's words: shown, never pinging anyone.
 */
export function renderPromotedItem(topic: IssueRecord, from: PromotedFrom | null): string {
  const outcome = from?.discussion.outcome;
  const why: RootContent[] = from
    ? [
        paragraph(
          text("Decided at "),
          link(from.meeting.url, safeText(from.meeting.title)),
          text(` on ${formatDay(from.discussion.began)}.`),
        ),
        ...(outcome
          ? [
              paragraph(link(outcome.url, [strong("Outcome")]), text(":")),
              ...personBlocks(outcome.text, 1000),
            ]
          : [paragraph(text("No outcome was written down in the meeting."))]),
      ]
    : [paragraph(text("The topic was discussed (its status says so); no meeting recorded it."))];
  return toMarkdown({
    type: "root",
    children: [
      heading(3, "What is it?"),
      paragraph(
        text(`${safeText(topic.title)}, from the topic `),
        link(topic.url, `#${topic.number}`),
        text("."),
      ),
      heading(3, "Why should we do it?"),
      ...why,
    ],
  });
}

/** Roundtable's note on the topic: where it went on the roadmap, and under which key result. */
export function renderPromotedNote(item: PromotedItem, keyResult: IssueRecord | null): string {
  return toMarkdown({
    type: "root",
    children: [
      paragraph(
        text("Promoted to the roadmap: "),
        link(item.url, safeText(item.title)),
        text(` (#${item.number})`),
        ...(keyResult
          ? [
              text(", under the key result "),
              link(keyResult.url, safeText(keyResult.title)),
              text(` (#${keyResult.number})`),
            ]
          : []),
        text("."),
      ),
    ],
  });
}
