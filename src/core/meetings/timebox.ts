import type { Meeting } from "./meeting.js";

/** A running timebox: the topic on a meeting's table and when its time is up. */
export interface Timebox {
  /** The meeting issue. */
  issue: number;
  topic: number;
  /** ISO 8601, as the bot's record holds it. */
  until: string;
}

/** The bot's "time's up" comment for one timebox: one per topic and end, never two. */
export const timesUpMarker = (t: Pick<Timebox, "topic" | "until">) =>
  `times-up:${t.topic}:${Date.parse(t.until)}`;

/** The meeting's running timebox, if a topic is on the table and its time is not yet called. */
export function runningTimebox(meeting: Meeting): Timebox | null {
  const current = meeting.current;
  if (!current || meeting.endedAt || meeting.issue.state !== "open") return null;
  const timebox = { issue: meeting.issue.number, topic: current.topic, until: current.until };
  return meeting.bot.has(timesUpMarker(timebox)) ? null : timebox;
}

/**
 * Whether `timebox` is the one to call now: still the meeting's running timebox (not moved on, not
 * extended to a later end, not called already) and its end has come.
 */
export function timesUp(meeting: Meeting, timebox: Timebox, now: string): boolean {
  const running = runningTimebox(meeting);
  return (
    running !== null &&
    running.topic === timebox.topic &&
    Date.parse(running.until) === Date.parse(timebox.until) &&
    Date.parse(now) >= Date.parse(running.until)
  );
}
