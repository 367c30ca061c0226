import { visibleText } from "./safe-text.js";

/**
 * People's words in a Teams Adaptive Card. Roundtable puts them in TextRuns of a RichTextBlock,
 * which Teams shows as written (no Markdown), and sends no `msteams.entities`, without which
 * `<at>…</at>` mentions nobody. The `<` of an `<at>` tag gets a word joiner all the same, so the
 * text cannot become a mention if a card is ever given entities.
 */
export function teamsText(text: string): string {
  return visibleText(text).replace(/<(\/?at\b)/gi, "<\u2060$1");
}
