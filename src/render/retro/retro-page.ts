import type { Root, RootContent } from "mdast";
import type { QuarterOkrs, Retro, Roadmap } from "../../core/index.js";
import { formatDay } from "../dates.js";
import { heading, link, list, paragraph, strong, text } from "../mdast.js";
import { profileLink } from "../text/people.js";
import { personBlocks, personInline, quotedItem } from "../text/person-words.js";
import { safeText } from "../text/safe-text.js";

export interface RetroPageInput {
  retro: Retro;
  /** The quarter's objectives, when the retro is a quarter's. */
  okrs: QuarterOkrs | undefined;
  /** The roadmap items planned for the quarter. */
  roadmap: Roadmap | undefined;
  now: string;
  site: string;
}

/**
 * A retro's page: "did we accomplish what we said?" answered from data (the quarter's objectives
 * and the roadmap items planned for it), then the answers under each prompt, most-voted first,
 * and the action items with their issues.
 */
export function renderRetroPage({ retro, okrs, roadmap, now, site }: RetroPageInput): Root {
  const answers = retro.answers.flatMap((a) => a.items);
  const people = new Set(answers.map((a) => a.comment.author.login.toLowerCase())).size;
  const open = retro.actionItems.filter((a) => !a.issue || a.issue.state === "open").length;
  const top = [...answers].sort((a, b) => b.comment.votes - a.comment.votes)[0];
  const children: RootContent[] = [
    paragraph(
      strong(
        `${answers.length} ${answers.length === 1 ? "answer" : "answers"} from ${people} ${people === 1 ? "person" : "people"}, ${retro.actionItems.length} action ${retro.actionItems.length === 1 ? "item" : "items"} (${open} open)`,
      ),
      ...(top && top.comment.votes > 0
        ? [text(` · most voted (👍 ${top.comment.votes}): `), ...personInline(top.text, 80)]
        : []),
    ),
    paragraph(link(retro.issue.url, `Retro #${retro.issue.number}`), ` · as of ${formatDay(now)}`),
    heading(2, "Did we accomplish what we said?"),
  ];
  const planned = roadmap?.lanes.flatMap((s) => s.thisQuarter) ?? [];
  if (!okrs && planned.length === 0) {
    children.push(paragraph("No objectives or roadmap items were planned for this period."));
  } else {
    if (okrs && okrs.objectives.length > 0) {
      children.push(
        list(
          okrs.objectives.map((o) => [
            link(o.issue.url, safeText(o.issue.title)),
            text(
              ` #${o.issue.number}: ${Math.round(o.progress * 100)}% (${o.status === "done" ? "done" : o.status === "missed" ? "missed" : "in progress"})`,
            ),
          ]),
        ),
      );
    }
    if (planned.length > 0) {
      children.push(
        paragraph(
          strong("Roadmap:"),
          ` ${planned.filter((i) => i.shipped).length} of ${planned.length} planned items shipped`,
        ),
        list(
          planned.map((i) => [
            link(i.issue.url, safeText(i.issue.title)),
            text(` #${i.issue.number}: ${i.shipped ? "shipped" : "not shipped"}`),
          ]),
        ),
      );
    }
  }
  for (const { prompt, items } of retro.answers) {
    if (items.length === 0) continue;
    children.push(heading(2, prompt.title), {
      type: "list",
      ordered: false,
      spread: false,
      children: items.map((a) =>
        quotedItem([text(`👍 ${a.comment.votes}`)], personBlocks(a.text, 1000), [
          profileLink(a.comment.author.login, site),
          text(" · "),
          link(a.comment.url, "comment"),
        ]),
      ),
    });
  }
  children.push(heading(2, "Action items"));
  children.push(
    retro.actionItems.length === 0
      ? paragraph("None yet. Write `Action: …` in a comment, and mention its owner.")
      : list(
          retro.actionItems.map((a) => [
            ...personInline(a.text, 200),
            text(" · "),
            profileLink(a.owner, site),
            text(" · "),
            a.issue
              ? link(a.issue.url, `#${a.issue.number} (${a.issue.state})`)
              : text("issue not opened yet"),
          ]),
        ),
  );
  return { type: "root", children };
}
