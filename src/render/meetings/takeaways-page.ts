import type { ListItem, Root, RootContent } from "mdast";
import { type Meeting, meetingSlug } from "../../core/meetings/meeting.js";
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
  const withNotes = meetingsWithNotes(meetings);
  if (withNotes.length === 0) {
    return {
      type: "root",
      children: [
        paragraph("No takeaways yet. In a meeting, comment /takeaway and what you take away."),
      ],
    };
  }
  const links = { issues, site, meetingsFolder, takeawaysPath };
  const children: RootContent[] = [summary(withNotes)];
  // The page shows maxRows notes in all, however many meetings they come from.
  let rows = 0;
  for (const m of withNotes) {
    if (rows >= maxRows) break;
    const lines = noteLines(m, links, maxRows - rows);
    rows += lines.length;
    children.push(...meetingHeading(m, links), {
      type: "list",
      ordered: false,
      spread: false,
      children: lines,
    });
  }
  return { type: "root", children };
}

/** Where the page links to: topics' issues, people's profiles, and the meeting pages. */
interface Links {
  issues: Map<number, { title: string; url: string }>;
  site: string;
  meetingsFolder: string;
  takeawaysPath: string;
}

/** The meetings with an outcome or a takeaway, the newest first. */
function meetingsWithNotes(meetings: Meeting[]): Meeting[] {
  return meetings
    .filter(
      (m) =>
        m.takeaways.length > 0 || m.discussions.some((d) => d.outcome || d.takeaways.length > 0),
    )
    .sort(
      (a, b) =>
        (b.form.date ?? b.issue.createdAt).localeCompare(a.form.date ?? a.issue.createdAt) ||
        b.issue.number - a.issue.number,
    );
}

/** The line at the top: how many notes from how many meetings, and the day of the latest. */
function summary(withNotes: Meeting[]): RootContent {
  const all = withNotes.flatMap((m) => [
    ...m.takeaways,
    ...m.discussions.flatMap((d) => [...(d.outcome ? [d.outcome] : []), ...d.takeaways]),
  ]);
  const latest = withNotes[0] as Meeting;
  return paragraph(
    strong(
      `${all.length} ${all.length === 1 ? "note" : "notes"} from ${withNotes.length} ${withNotes.length === 1 ? "meeting" : "meetings"}`,
    ),
    text(` · the latest from ${dayOf(latest)}`),
  );
}

/** The day of a meeting: the one its form gives, or else the day its issue was opened. */
const dayOf = (m: Meeting) =>
  m.form.date ? formatDay(`${m.form.date}T12:00:00Z`) : formatDay(m.issue.createdAt);

/** A meeting's day and theme, with links to its page and its issue. */
function meetingHeading(m: Meeting, links: Links): RootContent[] {
  return [
    heading(2, `${dayOf(m)}${m.form.theme ? `: ${safeText(m.form.theme)}` : ""}`),
    paragraph(
      link(
        relative(links.takeawaysPath, `${links.meetingsFolder}/${meetingSlug(m)}.md`),
        "Meeting page",
      ),
      text(" · "),
      link(m.issue.url, `#${m.issue.number} ${safeText(m.issue.title)}`),
    ),
  ];
}

/**
 * A meeting's outcomes and takeaways, the newest first, each with its topic and its author: only
 * the first `limit` are built.
 */
function noteLines(m: Meeting, { issues, site }: Links, limit: number): ListItem[] {
  const notes = [
    ...m.discussions.flatMap((d) => [
      ...(d.outcome ? [{ note: d.outcome, topic: d.topic, outcome: true }] : []),
      ...d.takeaways.map((note) => ({ note, topic: d.topic, outcome: false })),
    ]),
    ...m.takeaways.map((note) => ({ note, topic: null, outcome: false })),
  ].sort((a, b) => b.note.at.localeCompare(a.note.at));
  return notes.slice(0, limit).map(({ note, topic, outcome }) => {
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
