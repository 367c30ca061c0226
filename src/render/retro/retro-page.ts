import type { List, Root, RootContent } from "mdast";
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
  const children: RootContent[] = [
    glance(retro),
    paragraph(link(retro.issue.url, `Retro #${retro.issue.number}`), ` · as of ${formatDay(now)}`),
    heading(2, "Did we accomplish what we said?"),
    ...accomplished(okrs, roadmap),
    ...retro.answers.flatMap(({ prompt, items }) =>
      items.length === 0 ? [] : [heading(2, prompt.title), answerList(items, site)],
    ),
    heading(2, "Action items"),
    actionItems(retro, site),
  ];
  return { type: "root", children };
}

/** The line at the top: how many answers from how many people, the action items, the top answer. */
function glance(retro: Retro): RootContent {
  const answers = retro.answers.flatMap((a) => a.items);
  const people = new Set(answers.map((a) => a.comment.author.login.toLowerCase())).size;
  const open = retro.actionItems.filter((a) => !a.issue || a.issue.state === "open").length;
  const top = [...answers].sort((a, b) => b.comment.votes - a.comment.votes)[0];
  return paragraph(
    strong(
      `${answers.length} ${answers.length === 1 ? "answer" : "answers"} from ${people} ${people === 1 ? "person" : "people"}, ${retro.actionItems.length} action ${retro.actionItems.length === 1 ? "item" : "items"} (${open} open)`,
    ),
    ...(top && top.comment.votes > 0
      ? [text(` · most voted (👍 ${top.comment.votes}): `), ...personInline(top.text, 80)]
      : []),
  );
}

/** The answer from data: how far each objective got, and which planned roadmap items shipped. */
function accomplished(okrs: QuarterOkrs | undefined, roadmap: Roadmap | undefined): RootContent[] {
  const planned = roadmap?.lanes.flatMap((s) => s.thisQuarter) ?? [];
  if (!okrs && planned.length === 0) {
    return [paragraph("No objectives or roadmap items were planned for this period.")];
  }
  const out: RootContent[] = [];
  if (okrs && okrs.objectives.length > 0) {
    out.push(
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
    out.push(
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
  return out;
}

/** The answers under one prompt, each with its votes, its author and its comment. */
function answerList(items: Retro["answers"][number]["items"], site: string): List {
  return {
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
  };
}

/** The action items with their owners and issues, or how to write one. */
function actionItems(retro: Retro, site: string): RootContent {
  return retro.actionItems.length === 0
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
      );
}
