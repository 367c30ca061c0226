import type { ChannelKind, NotifyEvent } from "../../config/index.js";

/**
 * A piece of a line: words, or words that link somewhere. Titles, names and outcomes are people's
 * words and go in as they were written: each medium escapes them its own way when it renders the
 * notice (render/channels/), so that nothing in them pings anyone or changes the formatting.
 */
export type Span = { text: string } | { text: string; url: string };

/** A line of a notice: spans that run on. */
export type Line = Span[];

/** A titled group of lines, shown as a list when `list` is set. */
export interface NoticeSection {
  heading?: string;
  lines: Line[];
  list?: boolean;
}

/**
 * What one event tells the group's channels, before any medium's format: a one-line title, the
 * page or issue that holds everything (every medium links it, and a message cut to its platform's
 * limits ends with it), and sections of lines.
 */
export interface Notice {
  event: NotifyEvent;
  /** One line that says what happened: the message's title and its push-notification text. */
  title: string;
  /** Where the whole story is: the meeting issue, its page, the retro. */
  url: string;
  sections: NoticeSection[];
}

/** A channel as the plan names it: its platform and the names of its secrets, never their values. */
export interface ChannelRef {
  kind: ChannelKind;
  /** env:NAME of the webhook URL. */
  url: string;
  /** env:NAME of the signing secret (kind webhook). */
  secret?: string;
}

/** The plain text of a line, for logs and the `webhook` kind's `text`. */
export function lineText(line: Line): string {
  return line.map((s) => s.text).join("");
}
