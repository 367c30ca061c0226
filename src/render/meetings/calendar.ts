import ICAL from "ical.js";
import type { Meeting, MeetingEvent } from "../../core/meetings/meeting.js";
import { instantOf } from "../../core/zoned-time.js";
import { cut, visibleText } from "../text/safe-text.js";

const utc = (at: string) => ICAL.Time.fromJSDate(new Date(at), true);

/**
 * An unconference's sessions as an iCalendar file, one event per session, in UTC. Every value
 * comes from the schedule (the UID from the repository, meeting and topic; the stamp from the
 * moment /schedule planned it), so the file changes only when the schedule does.
 */
export function renderCalendar(
  meeting: Meeting,
  schedule: Extract<MeetingEvent, { type: "schedule" }>,
  issues: Map<number, { title: string; url: string }>,
  repository: string,
): string {
  const { date, timeZone, slotStarts, slotMinutes } = meeting.form;
  if (!date || !timeZone) return "";
  const calendar = new ICAL.Component("vcalendar");
  calendar.addPropertyWithValue("version", "2.0");
  calendar.addPropertyWithValue("calscale", "GREGORIAN");
  calendar.addPropertyWithValue("prodid", "roundtable");
  calendar.addPropertyWithValue("method", "PUBLISH");
  calendar.addPropertyWithValue("x-wr-calname", cut(visibleText(meeting.issue.title).trim(), 200));
  calendar.addPropertyWithValue("x-published-ttl", "PT1H");
  schedule.grid.forEach((slot, i) => {
    slot.forEach((topic, r) => {
      const start = slotStarts[i];
      if (topic === null || start === undefined) return;
      const issue = issues.get(topic);
      const event = new ICAL.Component("vevent");
      event.addPropertyWithValue(
        "uid",
        `${repository.replace("/", ".")}.${meeting.issue.number}.${topic}@roundtable`,
      );
      event.addPropertyWithValue(
        "summary",
        cut(visibleText(`#${topic} ${issue?.title ?? ""}`).trim(), 200),
      );
      event.addPropertyWithValue("dtstamp", utc(schedule.at));
      event.addPropertyWithValue("dtstart", utc(instantOf(date, start, timeZone)));
      event.addPropertyWithValue("description", issue?.url ?? meeting.issue.url);
      event.addPropertyWithValue("location", `Room ${r + 1}`);
      event.addPropertyWithValue("duration", ICAL.Duration.fromSeconds(slotMinutes * 60));
      calendar.addSubcomponent(event);
    });
  });
  return `${calendar.toString()}\r\n`;
}
