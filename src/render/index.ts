export { formatAge, formatDay } from "./dates.js";
export { type PageSpec, renderPage } from "./page.js";
export { profileLink } from "./people.js";
export { renderQueueComment } from "./queue-comment.js";
export { maxTitleLength, safeText } from "./safe-text.js";
export { beginMarker, endMarker, SpliceError, spliceRegion } from "./splice.js";
export { toMarkdown } from "./to-markdown.js";
export { renderTopicsPage, type TopicsPageInput } from "./topics-page.js";
export { renderWelcomeComment } from "./welcome-comment.js";
