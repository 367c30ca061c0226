import { type MeetingEvent, meetingSlug } from "../../core/meetings/meeting.js";
import { planSchedule } from "../../core/meetings/meeting-plan.js";
import { renderCalendar } from "../meetings/calendar.js";
import { renderMeetingPage } from "../meetings/meeting.js";
import { safeText } from "../text/safe-text.js";
import type { PageKind } from "./page-kind.js";

/**
 * A page for each meeting, with its calendar beside it once its schedule is fixed. Before
 * /schedule fixes it, an unconference's page shows the schedule the votes would give now.
 */
export const meetingPages: PageKind = {
  region: "meeting",
  pages: ({ snapshot, config, now, site, board, meetings, issues }) =>
    meetings.map((meeting) => {
      const slug = meetingSlug(meeting);
      let draft: Extract<MeetingEvent, { type: "schedule" }> | null = null;
      let calendar: string | null = null;
      if (meeting.schedule) {
        calendar = renderCalendar(meeting, meeting.schedule, issues, snapshot.repository);
      } else if (meeting.form.format === "unconference" && !meeting.endedAt) {
        draft = planSchedule(meeting, board, now);
      }
      return {
        path: `${config.pages.meetings}/${slug}.md`,
        title: `${meeting.form.date ?? "Meeting"}: ${safeText(meeting.form.theme || meeting.issue.title)}`,
        intro: `A meeting of the roundtable: who took part, what was discussed and what came of it.`,
        content: renderMeetingPage(
          { meeting, issues, site, config },
          calendar ? `${slug}.ics` : null,
          draft,
        ),
        files: calendar
          ? [{ path: `${config.pages.meetings}/${slug}.ics`, content: calendar }]
          : [],
      };
    }),
};
