import type { Root, RootContent } from "mdast";
import type { Queue, QueueEntry } from "../../core/board/queue.js";
import { heading, link, list, paragraph, strong, text } from "../mdast.js";
import { profileLink } from "../text/people.js";
import { safeText } from "../text/safe-text.js";

/** How many topics the comment shows: the next meeting's worth. */
const shown = 10;

/**
 * The short queue comment on the board issue. It holds nothing that changes with the clock (no
 * dates, no ages), so a board whose votes did not move needs no edit.
 */
export function renderQueueComment(queue: Queue, site: string, pagePath: string): Root {
  const line = (e: QueueEntry) => [
    link(e.topic.url, safeText(e.topic.title) || `Topic #${e.topic.number}`),
    text(queue.hidden ? " · " : ` · ${e.votes} ${e.votes === 1 ? "vote" : "votes"} · `),
    e.topic.sponsor ? profileLink(e.topic.sponsor, site) : strong("needs a sponsor"),
  ];
  const children: RootContent[] = [heading(3, "Next up")];
  for (const e of queue.discussing) children.push(paragraph("Discussing now: ", ...line(e)));
  if (queue.toDiscuss.length === 0) {
    children.push(paragraph("Nothing to discuss yet: propose a topic with the Topic issue form."));
  } else {
    children.push(list(queue.toDiscuss.slice(0, shown).map(line), true));
  }
  children.push(
    paragraph(
      `${queue.toDiscuss.length} ${queue.toDiscuss.length === 1 ? "topic" : "topics"} to discuss in all; the whole queue is in ${pagePath}. ${queue.hidden ? "Votes hidden until the round closes. " : ""}${queue.source === "ballots" ? "Vote on the ballot page of the Roundtable app: 👍 on issues do not count in this round." : "Vote with a 👍 on a topic's issue."}`,
    ),
  );
  return { type: "root", children };
}
