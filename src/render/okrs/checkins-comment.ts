import { encodeCheckins, type KrCheckin } from "../../core/okrs/checkins.js";
import { formatDay } from "../dates.js";
import { inlineCode, paragraph, strong, table, text } from "../mdast.js";
import { profileLink } from "../text/people.js";
import { safeText } from "../text/safe-text.js";
import { toMarkdown } from "../to-markdown.js";

/**
 * The comment Roundtable keeps on a key result: its check-ins as a table people read, and the same
 * check-ins as a hidden record the app, the Action and the CLI read back.
 */
export function renderCheckinsComment(checkins: KrCheckin[], site: string): string {
  const visible = toMarkdown({
    type: "root",
    children: [
      paragraph(
        strong("Check-ins"),
        text(" of this key result, kept by Roundtable. Add one with "),
        inlineCode("/checkin <value> [on-track|at-risk|off-track] [note]"),
        text("."),
      ),
      table(
        ["left", "right", "left", "left", "left"],
        ["Date", "Value", "Status", "Note", "Who"],
        checkins.map((c) => [
          formatDay(c.at),
          String(c.value),
          c.status ?? "–",
          safeText(c.note, 280) || "–",
          [profileLink(c.by, site)],
        ]),
      ),
    ],
  });
  return `${visible}\n${encodeCheckins(checkins)}`;
}
