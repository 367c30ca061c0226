import { createEvents } from "ics";
import { instantOf, type Meeting, type MeetingEvent } from "../../core/index.js";
import { cut, visibleText } from "../text/safe-text.js";

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
  const events = schedule.grid.flatMap((slot, i) =>
    slot.flatMap((topic, r) => {
      const start = slotStarts[i];
      if (topic === null || start === undefined) return [];
      const issue = issues.get(topic);
      return [
        {
          uid: `${repository.replace("/", ".")}.${meeting.issue.number}.${topic}@roundtable`,
          timestamp: Date.parse(schedule.at),
          start: Date.parse(instantOf(date, start, timeZone)),
          startInputType: "utc" as const,
          startOutputType: "utc" as const,
          duration: { minutes: slotMinutes },
          title: cut(visibleText(`#${topic} ${issue?.title ?? ""}`).trim(), 200),
          location: `Room ${r + 1}`,
          description: issue?.url ?? meeting.issue.url,
        },
      ];
    }),
  );
  const { error, value } = createEvents(events, {
    productId: "roundtable",
    calName: cut(visibleText(meeting.issue.title).trim(), 200),
  });
  if (error || !value)
    throw new Error(`the calendar of meeting #${meeting.issue.number}: ${error?.message}`);
  return value;
}
