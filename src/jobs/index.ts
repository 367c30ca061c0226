export { type EnsureLabelsOptions, ensureLabels } from "./ensure-labels.js";
export { type MeetingEventOptions, type MeetingEventResult, onMeetingEvent } from "./meeting.js";
export { type PublishOptions, publish } from "./publish.js";
export { type PageFile, renderPages } from "./render-pages.js";
export { type RetroJobOptions, retro } from "./retro.js";
export {
  type SetupProjectOptions,
  type SetupProjectResult,
  setupProject,
} from "./setup-project.js";
export { type SyncOptions, type SyncResult, sync } from "./sync.js";
