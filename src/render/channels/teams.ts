import type { Line, Notice } from "../../core/index.js";
import { teamsText } from "../text/teams.js";
import { fitted, moreLine } from "./limits.js";

/** Teams takes a card of at most 28 KB; Roundtable keeps to 40 lines, far below it. */
export const teamsLimits = { bytes: 28 * 1024, lines: 40 };

const runs = (line: Line) =>
  line.map((s) =>
    "url" in s
      ? {
          type: "TextRun",
          text: teamsText(s.text),
          color: "Accent",
          selectAction: { type: "Action.OpenUrl", url: s.url },
        }
      : { type: "TextRun", text: teamsText(s.text) },
  );

/**
 * A notice as a Teams message for a Workflows webhook ("Post to a channel when a webhook request
 * is received"): one Adaptive Card (1.4) whose text is all TextRuns of RichTextBlocks, shown as
 * written, with no Markdown to escape and no mention entities; a button opens GitHub.
 */
export function teamsMessage(notice: Notice): Record<string, unknown> {
  const { sections, left } = fitted(notice, teamsLimits.lines);
  const body: Array<Record<string, unknown>> = [
    {
      type: "RichTextBlock",
      inlines: [
        { type: "TextRun", text: teamsText(notice.title), weight: "Bolder", size: "Medium" },
      ],
    },
  ];
  for (const s of sections) {
    if (s.heading)
      body.push({
        type: "RichTextBlock",
        spacing: "Medium",
        inlines: [{ type: "TextRun", text: teamsText(s.heading), weight: "Bolder" }],
      });
    for (const line of s.lines)
      body.push({
        type: "RichTextBlock",
        spacing: "Small",
        inlines: [...(s.list ? [{ type: "TextRun", text: "• " }] : []), ...runs(line)],
      });
  }
  if (left > 0) body.push({ type: "RichTextBlock", inlines: runs(moreLine(notice, left)) });
  return {
    type: "message",
    attachments: [
      {
        contentType: "application/vnd.microsoft.card.adaptive",
        contentUrl: null,
        content: {
          $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
          type: "AdaptiveCard",
          version: "1.4",
          body,
          actions: [{ type: "Action.OpenUrl", title: "Open on GitHub", url: notice.url }],
        },
      },
    ],
  };
}
