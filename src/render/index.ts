export { renderQueueComment } from "./board/queue-comment.js";
export { renderTopicsPage, type TopicsPageInput } from "./board/topics-page.js";
export { renderWelcomeComment } from "./board/welcome-comment.js";
export { channelMessages, discordLimits, slackLimits, teamsLimits } from "./channels/index.js";
export { renderConfigErrorComment } from "./config-error-comment.js";
export { formatAge, formatDay } from "./dates.js";
export { renderCalendar } from "./meetings/calendar.js";
export { type FeedOptions, renderCalendarFeed } from "./meetings/calendar-feed.js";
export {
  type MeetingContext,
  renderCheckinStatement,
  renderMeetingPage,
  renderMeetingRegion,
  renderMeetingReply,
  renderRomanVote,
  renderTimesUp,
  renderTopicNotes,
} from "./meetings/meeting.js";
export {
  actionLine,
  type MinutesDraftContext,
  renderActionItemIssue,
  renderMinutesDraft,
} from "./meetings/minutes-draft.js";
export { renderTakeawaysPage } from "./meetings/takeaways-page.js";
export * as mermaid from "./mermaid/index.js";
export { renderMetricsPage } from "./metrics/metrics-page.js";
export { renderCheckinsComment } from "./okrs/checkins-comment.js";
export { renderQuarterOkrs, renderYearOkrs } from "./okrs/okr-pages.js";
export { renderStatusUpdateBody } from "./okrs/status-update-body.js";
export { markerNote, type PageSpec, renderPage } from "./page.js";
export { type RetroPageInput, renderRetroPage } from "./retro/retro-page.js";
export { renderPromotedItem, renderPromotedNote } from "./roadmap/promoted-item.js";
export { type RoadmapPageInput, renderRoadmapPage } from "./roadmap/roadmap-page.js";
export { beginMarker, endMarker, SpliceError, spliceRegion } from "./splice.js";
export { discordText } from "./text/discord.js";
export { profileLink } from "./text/people.js";
export { maxSource, personBlocks, personInline, quotedItem } from "./text/person-words.js";
export { renderReply } from "./text/reply.js";
export { cut, maxTitleLength, safeText, unlinked, visibleText } from "./text/safe-text.js";
export { slackMrkdwn, slackPlain } from "./text/slack.js";
export { teamsText } from "./text/teams.js";
export { toMarkdown } from "./to-markdown.js";
