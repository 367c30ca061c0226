import { calendarFeed } from "./calendar-feed.js";
import { meetingPages } from "./meetings.js";
import { metricsPage } from "./metrics.js";
import { okrQuarterPages } from "./okr-quarters.js";
import { okrYearPages } from "./okr-years.js";
import type { PageKind } from "./page-kind.js";
import { retroPages } from "./retros.js";
import { roadmapPage } from "./roadmap.js";
import { takeawaysPage } from "./takeaways.js";
import { topicsPage } from "./topics.js";

export type { PageInput, PageKind, PageOut } from "./page-kind.js";

/** Every kind of page Roundtable writes, in the order they are written. */
export const pageKinds: PageKind[] = [
  topicsPage,
  roadmapPage,
  okrQuarterPages,
  okrYearPages,
  retroPages,
  metricsPage,
  meetingPages,
  calendarFeed,
  takeawaysPage,
];
