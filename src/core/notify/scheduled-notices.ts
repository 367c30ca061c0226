import type { Config } from "../../config/index.js";
import type { Board } from "../board/board.js";
import { notifiedIn } from "../kernel/notified.js";
import { addMinutes, type Meeting, nextMeeting } from "../meetings/meeting.js";
import { instantOf } from "../zoned-time.js";
import type { NotifyInput } from "./notices.js";
import { noticeKey } from "./notifications-for.js";

/** The Monday (UTC) of the week `iso` falls in, YYYY-MM-DD. */
export function weekStart(iso: string): string {
  const day = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  const monday = Date.parse(day.toISOString()) - ((day.getUTCDay() + 6) % 7) * 86_400_000;
  return new Date(monday).toISOString().slice(0, 10);
}

/**
 * What the Action's scheduled notify job tells the channels at `now`, by meeting, pure:
 * - `meeting.reminder` for each open meeting that starts within `meetings.reminderHours`;
 * - `digest`, once a week (the first scheduled run from Monday 00:00 UTC), on the next meeting:
 *   the topics opened in the week before, the top of the queue, the topics needing a sponsor.
 * Each is recorded in its meeting's region when sent (see plan-meeting.ts); one recorded before,
 * in any meeting's region, is not planned again. Without an open meeting the digest has nowhere
 * to be recorded and waits for one.
 */
export function scheduledNotices(
  meetings: Meeting[],
  board: Board,
  config: Config,
  now: string,
): Array<{ meeting: Meeting; notices: NotifyInput[] }> {
  const out = new Map<number, { meeting: Meeting; notices: NotifyInput[] }>();
  const add = (meeting: Meeting, notice: NotifyInput) => {
    const entry = out.get(meeting.issue.number) ?? { meeting, notices: [] };
    entry.notices.push(notice);
    out.set(meeting.issue.number, entry);
  };
  const sent = new Set(meetings.flatMap((m) => [...notifiedIn(m.issue.body)]));
  const open = meetings.filter((m) => m.issue.state === "open" && !m.endedAt);
  const agenda = board.queue.toDiscuss;
  for (const meeting of open) {
    const { date, start, timeZone } = meeting.form;
    if (!date || !start) continue;
    const starts = Date.parse(instantOf(date, start, timeZone ?? "UTC"));
    const from = starts - config.meetings.reminderHours * 3_600_000;
    const at = Date.parse(now);
    const reminder: NotifyInput = { event: "meeting.reminder", meeting, agenda };
    if (at >= from && at < starts && !sent.has(noticeKey(reminder))) add(meeting, reminder);
  }
  const next = nextMeeting(open);
  if (next) {
    const since = addMinutes(`${weekStart(now)}T00:00:00Z`, -7 * 24 * 60);
    const digest: NotifyInput = {
      event: "digest",
      since,
      added: board.topics.filter((t) => t.createdAt >= since && t.state === "open"),
      top: agenda,
      unsponsored: board.queue.unsponsored,
    };
    if (!sent.has(noticeKey(digest))) add(next, digest);
  }
  return [...out.values()];
}
