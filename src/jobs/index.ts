export type { Secrets } from "../channels/index.js";
export type {
  BallotChange,
  BallotView,
  BoardView,
  Poster,
  RoomState,
  StoredBallot,
  Timebox,
} from "../core/index.js";
export {
  checkSnapshot,
  type Effect,
  keyResultFormYaml,
  meetingFormYaml,
  objectiveFormYaml,
  parseSnapshot,
  parseSnapshotPieces,
  roadmapFormYaml,
  type Snapshot,
  serializeSnapshot,
  topicFormYaml,
} from "../core/index.js";
export {
  readKeep,
  readProblem,
  type ScheduleResult,
  scheduleGrid,
} from "../core/schedule/index.js";
export { RoundtableError, userError } from "../errors/index.js";
export {
  type AccessCache,
  ApplyError,
  addTimeouts,
  answersWhole,
  applyPlan,
  asUser,
  type ClientOptions,
  canRead,
  commentAsUser,
  completeSignIn,
  createClient,
  defaultBotLogins,
  defaultJobBudgetMs,
  defaultRequestTimeoutMs,
  type GitHub,
  installationRepositories,
  isPassingTrouble,
  type KeptRead,
  keptReadMaxAgeMs,
  type LoadCost,
  type LoadProgress,
  listInstallations,
  loadSnapshot,
  markChanged,
  millisecondsFrom,
  type OpenMeeting,
  openMeetings,
  type PersonBoard,
  type PersonBoards,
  personBoards,
  projectItemIssue,
  type ReadStore,
  RequestTimeoutError,
  reactAsUser,
  readCommand,
  readIssue,
  readIssueFacts,
  readIssueLabels,
  repositoryInstallation,
  retryBaseMs,
  revokeSignIn,
  type SignedIn,
  settingsFromEnv,
  shippedThrottling,
  signInUrl,
  TeamMembersError,
  type UserAuthSettings,
  waitedOut,
} from "../github/index.js";
export {
  ballotPage,
  boardPage,
  type HomeBoards,
  homePage,
  maxTranscriptBytes,
  maxTranscriptWords,
  notFoundPage,
  posterPage,
  roomLive,
  roomPage,
  rsvpPage,
  transcriptDonePage,
  type Viewer,
  webBase,
} from "../render/web/index.js";
export { type BatchOutcome, flushBallots } from "./ballot-batch.js";
export {
  type BallotKeys,
  type BallotScope,
  BallotSecretError,
  ballotKeys,
  ballotKeysFromEnv,
  ballotReader,
  ballotSecretProblems,
  ballotVerifier,
} from "./ballot-keys.js";
export {
  type BallotTarget,
  decideBallot,
  loadBallotView,
  type PendingOf,
  writeBallotBatch,
} from "./ballot-page.js";
export { reportConfigError } from "./config-error.js";
export {
  type EnsureIssueTypesOptions,
  type EnsureIssueTypesResult,
  ensureIssueTypes,
} from "./ensure-issue-types.js";
export { type EnsureLabelsOptions, ensureLabels } from "./ensure-labels.js";
export { explainFailure, type Failure } from "./explain-failure.js";
export { facilitatesMeeting } from "./facilitates.js";
export { type IssueEventOptions, onIssueEvent } from "./intake.js";
export {
  type InvitationTimersOptions,
  type InvitationTimes,
  invitationTimers,
  movesSeats,
  retryInvitations,
} from "./invitation-timers.js";
export { inviteWarning } from "./invite-warning.js";
export {
  type CommentCommands,
  givesCommands,
  type IssueCommentOptions,
  onIssueComment,
  parseComment,
} from "./issue-comment.js";
export { onKeyResultCheckin } from "./key-result-checkin.js";
export { type BoardRead, loadBoard } from "./load-board.js";
export { type MeetingEventOptions, type MeetingEventResult, onMeetingEvent } from "./meeting.js";
export { loadMeetingNumbers } from "./meeting-numbers.js";
export { maxDraftLength, postMinutesDraft } from "./minutes-draft.js";
export {
  channelSecretProblems,
  type MeetingPlanInput,
  type Notice,
  type NotifyInput,
  noticeKey,
  notificationsFor,
  planMeeting,
  tenantSecrets,
} from "./notifications.js";
export { type NotifyJobOptions, notifyJob } from "./notify.js";
export { type OkrStatusOptions, okrStatus } from "./okr-status.js";
export { type PageInput, type PageKind, type PageOut, pageKinds } from "./pages/index.js";
export { posterHtml } from "./poster-html.js";
export { type PublishOptions, publish } from "./publish.js";
export { queueJson } from "./queue-json.js";
export { type QueueReport, type QueueRow, queueReport } from "./queue-report.js";
export { type PageFile, renderPages } from "./render-pages.js";
export { loadRepoConfig } from "./repo-config.js";
export { type RetroJobOptions, retro } from "./retro.js";
export {
  loadBoardView,
  loadPoster,
  loadRoom,
  type RoomCommand,
  type RoomTarget,
  refreshVote,
  refusePress,
  roomChannel,
} from "./room.js";
export { answerRsvp, loadRsvpView } from "./rsvp-view.js";
export { type ScheduleEventOptions, scheduleEvent } from "./schedule-event.js";
export { type SeriesJobOptions, seriesJob, seriesTimes } from "./series.js";
export { type SettleOptions, settleFailedCommand } from "./settle-command.js";
export {
  type SetupProjectOptions,
  type SetupProjectResult,
  setupProject,
} from "./setup-project.js";
export { type StaticName, staticFile, staticFiles } from "./static-files.js";
export { type SyncOptions, type SyncResult, sync } from "./sync.js";
export { onTimeboxEnded, runningTimeboxes, type TimeboxOptions } from "./timebox.js";
export { onTopicComment, type TopicCommentOptions } from "./topic-comment.js";
