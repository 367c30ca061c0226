export { renderCalendar } from "./calendar.js";
export { renderConfigErrorComment } from "./config-error-comment.js";
export { formatAge, formatDay } from "./dates.js";
export {
  type MeetingContext,
  renderCheckinStatement,
  renderMeetingPage,
  renderMeetingRegion,
  renderMeetingReply,
  renderRomanVote,
  renderTopicNotes,
} from "./meeting.js";
export { renderMetricsPage } from "./metrics-page.js";
export { renderQuarterOkrs, renderYearOkrs } from "./okr-pages.js";
export { type PageSpec, renderPage } from "./page.js";
export { profileLink } from "./people.js";
export { renderQueueComment } from "./queue-comment.js";
export { type RetroPageInput, renderRetroPage } from "./retro-page.js";
export { type RoadmapPageInput, renderRoadmapPage } from "./roadmap-page.js";
export { maxTitleLength, safeText } from "./safe-text.js";
export { beginMarker, endMarker, SpliceError, spliceRegion } from "./splice.js";
export { renderTakeawaysPage } from "./takeaways-page.js";
export { toMarkdown } from "./to-markdown.js";
export { renderTopicsPage, type TopicsPageInput } from "./topics-page.js";
export { renderWelcomeComment } from "./welcome-comment.js";
