import type { Root, RootContent } from "mdast";
import { type Meeting, meetingSlug } from "../../core/index.js";
import { formatDay } from "../dates.js";
import { heading, link, paragraph, strong, text } from "../mdast.js";
import { profileLink } from "../text/people.js";
import { personBlocks, quotedItem } from "../text/person-words.js";
import { maxRows, safeText } from "../text/safe-text.js";

/**
 * The knowledge base: every outcome and takeaway over time, the newest meeting first, grouped
 * by meeting (with its theme), each linked to its topic and to the comment it came from.
 */
export function renderTakeawaysPage(
  meetings: Meeting[],
  issues: Map<number, { title: string; url: string }>,
  site: string,
  meetingsFolder: string,
  takeawaysPath: string,
): Root {
  const withNotes = meetings
    .filter(
      (m) =>
        m.takeaways.length > 0 || m.discussions.some((d) => d.outcome || d.takeaways.length > 0),
    )
    .sort(
      (a, b) =>
        (b.form.date ?? b.issue.createdAt).localeCompare(a.form.date ?? a.issue.createdAt) ||
        b.issue.number - a.issue.number,
    );
  if (withNotes.length === 0) {
    return {
      type: "root",
      children: [
        paragraph("No takeaways yet. In a meeting, comment /takeaway and what you take away."),
      ],
    };
  }
  const all = withNotes.flatMap((m) => [
    ...m.takeaways,
    ...m.discussions.flatMap((d) => [...(d.outcome ? [d.outcome] : []), ...d.takeaways]),
  ]);
  const latest = withNotes[0] as Meeting;
  const children: RootContent[] = [
    paragraph(
      strong(
        `${all.length} ${all.length === 1 ? "note" : "notes"} from ${withNotes.length} ${withNotes.length === 1 ? "meeting" : "meetings"}`,
      ),
      text(
        ` · the latest from ${latest.form.date ? formatDay(`${latest.form.date}T12:00:00Z`) : formatDay(latest.issue.createdAt)}`,
      ),
    ),
  ];
  let rows = 0;
  for (const m of withNotes) {
    if (rows >= maxRows) break;
    const day = m.form.date ? formatDay(`${m.form.date}T12:00:00Z`) : formatDay(m.issue.createdAt);
    children.push(
      heading(2, `${day}${m.form.theme ? `: ${safeText(m.form.theme)}` : ""}`),
      paragraph(
        link(relative(takeawaysPath, `${meetingsFolder}/${meetingSlug(m)}.md`), "Meeting page"),
        text(" · "),
        link(m.issue.url, `#${m.issue.number} ${safeText(m.issue.title)}`),
      ),
    );
    const items: RootContent[] = [];
    const notes = [
      ...m.discussions.flatMap((d) => [
        ...(d.outcome ? [{ note: d.outcome, topic: d.topic, outcome: true }] : []),
        ...d.takeaways.map((note) => ({ note, topic: d.topic, outcome: false })),
      ]),
      ...m.takeaways.map((note) => ({ note, topic: null, outcome: false })),
    ].sort((a, b) => b.note.at.localeCompare(a.note.at));
    const lines = notes.slice(0, maxRows - rows).map(({ note, topic, outcome }) => {
      const issue = topic === null ? undefined : issues.get(topic);
      return quotedItem(
        outcome ? [strong("Outcome:")] : [],
        personBlocks(note.text, 1000),
        [
          topic === null
            ? text("the meeting")
            : link(issue?.url ?? m.issue.url, `#${topic} ${safeText(issue?.title ?? "")}`.trim()),
          text(" · "),
          profileLink(note.by, site),
        ],
        " ",
      );
    });
    rows += lines.length;
    items.push({ type: "list", ordered: false, spread: false, children: lines });
    children.push(...items);
  }
  return { type: "root", children };
}

/** A link from one page of the repository to another, relative to the first. */
function relative(from: string, to: string): string {
  const up = from.split("/").slice(0, -1);
  const target = to.split("/");
  while (up.length > 0 && target.length > 1 && up[0] === target[0]) {
    up.shift();
    target.shift();
  }
  return [...up.map(() => ".."), ...target].join("/");
}
