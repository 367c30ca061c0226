export type { Timebox } from "../core/index.js";
export {
  type Effect,
  keyResultFormYaml,
  meetingFormYaml,
  objectiveFormYaml,
  parseSnapshot,
  roadmapFormYaml,
  type Snapshot,
  serializeSnapshot,
  topicFormYaml,
} from "../core/index.js";
export { readKeep, readProblem } from "../core/schedule/index.js";
export { RoundtableError, userError } from "../errors/index.js";
export {
  type ClientOptions,
  createClient,
  type GitHub,
  installationRepositories,
  type LoadCost,
  type LoadProgress,
  listInstallations,
  loadSnapshot,
  projectItemIssue,
  shippedThrottling,
} from "../github/index.js";
export { reportConfigError } from "./config-error.js";
export { type EnsureLabelsOptions, ensureLabels } from "./ensure-labels.js";
export { explainFailure, type Failure } from "./explain-failure.js";
export { type IssueEventOptions, onIssueEvent } from "./intake.js";
export { givesCommands, type IssueCommentOptions, onIssueComment } from "./issue-comment.js";
export { type BoardRead, loadBoard } from "./load-board.js";
export { type MeetingEventOptions, type MeetingEventResult, onMeetingEvent } from "./meeting.js";
export { type PageInput, type PageKind, type PageOut, pageKinds } from "./pages/index.js";
export { type PublishOptions, publish } from "./publish.js";
export { queueJson } from "./queue-json.js";
export { type QueueReport, type QueueRow, queueReport } from "./queue-report.js";
export { type PageFile, renderPages } from "./render-pages.js";
export { loadRepoConfig } from "./repo-config.js";
export { type RetroJobOptions, retro } from "./retro.js";
export { type ScheduleEventOptions, scheduleEvent } from "./schedule-event.js";
export {
  type SetupProjectOptions,
  type SetupProjectResult,
  setupProject,
} from "./setup-project.js";
export { type SyncOptions, type SyncResult, sync } from "./sync.js";
export { onTimeboxEnded, runningTimeboxes, type TimeboxOptions } from "./timebox.js";
export { onTopicComment, type TopicCommentOptions } from "./topic-comment.js";
