import { visibleText } from "./safe-text.js";

/**
 * People's words in Slack's text objects. Slack reads `&`, `<` and `>` as control characters
 * (`<!channel>`, `<@U123>`, `<https://…|label>`): they become the HTML entities Slack documents, so
 * no mention, broadcast or link survives. The rest is plain text in a `plain_text` object.
 */
export function slackPlain(text: string): string {
  return visibleText(text).replace(/[&<>]/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;",
  );
}

/**
 * People's words in Slack's `mrkdwn`: escaped as in `slackPlain`, and the formatting characters,
 * which mrkdwn has no escape for, replaced by their look-alikes (∗ ˍ ∼ ˋ), so `*bold*` shows as
 * written and never formats.
 */
export function slackMrkdwn(text: string): string {
  return slackPlain(text).replace(/[*_~`]/g, (c) => lookAlike[c] ?? c);
}

const lookAlike: Record<string, string> = { "*": "∗", _: "ˍ", "~": "∼", "`": "ˋ" };

/**
 * A link in `mrkdwn`, `<url|label>`: the label escaped as words; the URL is Roundtable's own (an
 * issue or page), with `|` and `>` percent-encoded so it cannot end the link early.
 */
export function slackLink(url: string, label: string): string {
  return `<${url.replace(/[|>]/g, (c) => encodeURIComponent(c))}|${slackMrkdwn(label)}>`;
}

/**
 * People's words in a `rich_text` element: Slack shows a text element as written (mentions and
 * links are elements of their own kinds), so only the invisible characters go.
 */
export function slackRichText(text: string): string {
  return visibleText(text);
}
