import type {
  KnownBlock,
  RichTextBlockElement,
  RichTextLink,
  RichTextSection,
  RichTextText,
} from "@slack/types";
import type { Line, Notice } from "../../core/index.js";
import { slackLink, slackMrkdwn, slackPlain, slackRichText } from "../text/slack.js";
import { cutTo, fitted, moreLine } from "./limits.js";

/** Slack's documented limits: 50 blocks a message, 150 characters a header, 3,000 a text. */
export const slackLimits = { blocks: 50, header: 150, text: 3000, lines: 40 };

/** An incoming webhook's message, typed by Slack's own Block Kit types (@slack/types). */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
  unfurl_links: boolean;
  unfurl_media: boolean;
}

/** Only text and link elements: never a mention or broadcast element, whatever the words say. */
const elements = (line: Line): Array<RichTextText | RichTextLink> =>
  line.map((s) =>
    "url" in s
      ? { type: "link", url: s.url, text: cutTo(slackRichText(s.text), slackLimits.text) }
      : { type: "text", text: cutTo(slackRichText(s.text), slackLimits.text) },
  );

/**
 * A notice as a Slack incoming-webhook message (Block Kit): a header, then each section as a
 * `rich_text` block (its heading bold, its lines a bulleted list or one line each), then a link to
 * GitHub. People's words go in rich-text elements, which Slack shows as written; `text`, the
 * notification's fallback, is `mrkdwn` and escaped as such.
 */
export function slackMessage(notice: Notice): SlackMessage {
  const { sections, left } = fitted(notice, slackLimits.lines);
  const blocks: KnownBlock[] = [
    {
      type: "header",
      text: {
        type: "plain_text",
        text: cutTo(slackPlain(notice.title), slackLimits.header),
        emoji: true,
      },
    },
  ];
  for (const section of sections) {
    const parts: RichTextBlockElement[] = [];
    if (section.heading)
      parts.push({
        type: "rich_text_section",
        elements: [{ type: "text", text: `${section.heading}\n`, style: { bold: true } }],
      });
    const lines: RichTextSection[] = section.lines.map((line) => ({
      type: "rich_text_section",
      elements: elements(line),
    }));
    if (section.list) parts.push({ type: "rich_text_list", style: "bullet", elements: lines });
    else
      parts.push({
        type: "rich_text_section",
        elements: lines.flatMap((l, i) => [
          ...(i > 0 ? [{ type: "text" as const, text: "\n" }] : []),
          ...l.elements,
        ]),
      });
    blocks.push({ type: "rich_text", elements: parts });
  }
  if (left > 0)
    blocks.push({
      type: "rich_text",
      elements: [{ type: "rich_text_section", elements: elements(moreLine(notice, left)) }],
    });
  blocks.push({
    type: "context",
    elements: [{ type: "mrkdwn", text: slackLink(notice.url, "Open on GitHub") }],
  });
  return {
    text: cutTo(
      `${slackMrkdwn(notice.title)} ${slackLink(notice.url, "on GitHub")}`,
      slackLimits.text,
    ),
    blocks: blocks.slice(0, slackLimits.blocks),
    unfurl_links: false,
    unfurl_media: false,
  };
}
