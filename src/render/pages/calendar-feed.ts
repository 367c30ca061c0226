import { renderCalendarFeed } from "../meetings/calendar-feed.js";
import type { PageKind } from "./page-kind.js";

/**
 * The series' calendar feed beside the meeting pages (docs/meetings/calendar.ics), for people to
 * subscribe to: written once the repository has a meeting with a date.
 */
export const calendarFeed: PageKind = {
  region: "calendar",
  pages: () => [],
  files: ({ snapshot, config, meetings, existing }) => {
    if (!meetings.some((m) => m.form.date && m.form.start && m.form.timeZone)) return [];
    const path = `${config.pages.meetings}/calendar.ics`;
    return [
      {
        path,
        content: renderCalendarFeed(meetings, {
          repository: snapshot.repository,
          name: `${snapshot.repository} meetings`,
          durationMinutes: config.meetings.series?.durationMinutes ?? 90,
          previous: existing(path),
        }),
      },
    ];
  },
};
