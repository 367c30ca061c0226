import { visibleText } from "./safe-text.js";

/**
 * HTML that is safe to send: built only by `html` below, where every interpolated string is
 * escaped. The one place people's text enters a web page, as `safeText` is for Markdown.
 */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

export type HtmlValue = Html | string | number | null | undefined | false | readonly HtmlValue[];

const entities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Text as HTML shows it, whatever it holds: the same hygiene as the Markdown pages (control and
 * invisible format characters go), then the five characters HTML gives meaning to, as entities.
 * Safe in element content and in quoted attribute values.
 */
export function escapeHtml(text: string): string {
  return visibleText(text).replace(/[&<>"']/g, (c) => entities[c] as string);
}

function piece(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(piece).join("");
  return escapeHtml(String(value));
}

/** A template of HTML whose interpolations are escaped (an `Html` value is kept as it is). */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0] ?? "";
  values.forEach((value, i) => {
    out += piece(value) + (strings[i + 1] ?? "");
  });
  return new Html(out);
}
