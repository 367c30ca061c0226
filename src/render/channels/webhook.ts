import { lineText, type Notice } from "../../core/kernel/notice.js";
import { visibleText } from "../text/safe-text.js";

/**
 * The `webhook` kind's JSON document, version 1 (documented in the README; fields are only ever
 * added): the event, its key (also the X-Roundtable-Delivery header: the same for a repeat), the
 * repository, the title, the link, the whole text, and the sections with their links. Text is
 * plain and unescaped: the receiver escapes it for wherever it shows it.
 */
export function webhookDocument(
  notice: Notice,
  key: string,
  repository: string,
): Record<string, unknown> {
  return {
    version: 1,
    event: notice.event,
    key,
    repository,
    title: visibleText(notice.title),
    url: notice.url,
    text: notice.sections
      .flatMap((s) => [
        ...(s.heading ? [s.heading] : []),
        ...s.lines.map((l) => `${s.list ? "- " : ""}${lineText(l)}`),
      ])
      .map(visibleText)
      .join("\n"),
    sections: notice.sections.map((s) => ({
      heading: s.heading ?? null,
      list: s.list ?? false,
      lines: s.lines.map((l) =>
        l.map((span) => ({ text: visibleText(span.text), url: "url" in span ? span.url : null })),
      ),
    })),
  };
}
