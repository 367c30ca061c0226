export { snapshotAfter } from "./after-effects.js";
export * from "./ballots/index.js";
export { type Board, boardOf } from "./board/board.js";
export {
  type Commander,
  type CommandOutcome,
  type CommentPlan,
  helpText,
  needsModeration,
  planCommand,
  planTopicCommands,
} from "./board/command-plan.js";
export { EligibilityError, eligibleVoters, type IsEligible } from "./board/eligibility.js";
export { checkTopicFields, ProjectSetupError, requireField } from "./board/project-fields.js";
export { planProjectSetup } from "./board/project-setup.js";
export type {
  ProjectField,
  ProjectItem,
  ProjectOption,
  ProjectView,
} from "./board/project-view.js";
export { buildQueue, compareEntries, type Queue, type QueueEntry } from "./board/queue.js";
export { applyMoves, longestIncreasingRun, type Move, planReorder } from "./board/reorder.js";
export { setStatus } from "./board/set-status.js";
export {
  sameName,
  statusOf,
  statusOption,
  type TopicStatus,
  topicStatuses,
} from "./board/status.js";
export { PlanError, planBoardSync } from "./board/sync-plan.js";
export {
  type OverBudget,
  type Tally,
  type TopicTally,
  tallyBallots,
  tallyReactions,
  tallyVotes,
} from "./board/tally.js";
export { parseTopicForm, type TopicForm, topicFormYaml } from "./board/topic-form.js";
export { type Topic, topicsOf } from "./board/topics.js";
export {
  type Command,
  commandsToRun,
  maxCommandsPerComment,
  parseCommands,
} from "./commands.js";
export { cutText } from "./cut-text.js";
export {
  isKind,
  type Kind,
  type KindConflict,
  kindByType,
  kindConflicts,
  kinds,
  kindsByLabel,
  kindTypeNames,
  planIssueTypes,
} from "./kinds.js";
export { type LabelSpec, planLabels, roundtableLabels } from "./labels.js";
export { invitationReminders } from "./meetings/invitation-reminders.js";
export {
  addMinutes,
  type Checkin,
  type Discussion,
  decodeRecord,
  electorateMeeting,
  encodeRecord,
  isFacilitator,
  type Meeting,
  type MeetingEvent,
  type MeetingRecord,
  meetingOf,
  meetingSlug,
  meetingsOf,
  minutesBetween,
  type Note,
  nextMeeting,
} from "./meetings/meeting.js";
export {
  type Authority,
  decideMeetingEvent,
  type MeetingComment,
  type MeetingOutcome,
  noAuthority,
} from "./meetings/meeting-event.js";
export {
  clockPlus,
  type MeetingForm,
  type MeetingFormat,
  meetingFormYaml,
  parseMeetingForm,
} from "./meetings/meeting-form.js";
export {
  decideMeetingCommand,
  facilitatorCommands,
  type MeetingCommandContext,
  type MeetingDecision,
  meetingCommands,
  meetingStateMarker,
  planSchedule,
  replyMarker,
  romanVoteMarker,
} from "./meetings/meeting-plan.js";
export { impliedStatus, meetingStatuses } from "./meetings/meeting-statuses.js";
export {
  type MeetingTrust,
  trustIn,
  trustLine,
  trustSentence,
} from "./meetings/meeting-trust.js";
export {
  type InvitationsDecision,
  type InvitationsInput,
  meetingStart,
  type OpenInvitation,
  planInvitations,
  whoToCheck,
} from "./meetings/plan-invitations.js";
export { planRemovals } from "./meetings/plan-removals.js";
export { type Roster, rosterOf } from "./meetings/roster.js";
export { type RsvpView, rsvpViewOf } from "./meetings/rsvp-view.js";
export {
  emptyLedger,
  type Invited,
  ledgerIsEmpty,
  type SeatLedger,
  type SeatRequest,
  seatLedgerIn,
  seatLedgerLine,
} from "./meetings/seat-ledger.js";
export {
  openingOf,
  planSeries,
  seriesDates,
  seriesMarker,
  seriesOpenings,
} from "./meetings/series.js";
export { type StaleCommand, staleCommands } from "./meetings/stale-commands.js";
export {
  runningTimebox,
  type Timebox,
  timesUp,
  timesUpMarker,
} from "./meetings/timebox.js";
export { metricQuarters, metricsOf, type QuarterMetrics } from "./metrics/metrics.js";
export * from "./notify/index.js";
export {
  type CheckinStatus,
  checkinStatuses,
  checkinsMarker,
  checkinsOf,
  decodeCheckins,
  drifted,
  encodeCheckins,
  type KrCheckin,
  type KrCheckinPlan,
  parseKrCheckin,
  planKrCheckin,
  trendOf,
} from "./okrs/checkins.js";
export {
  type KeyResultNumbers,
  keyResultFormYaml,
  objectiveFormYaml,
  parseKeyResultForm,
} from "./okrs/okr-forms.js";
export {
  type KeyResult,
  type Objective,
  type OkrStatus,
  okrsOf,
  type PlannedItem,
  type QuarterOkrs,
} from "./okrs/okrs.js";
export {
  type ProjectStatus,
  planWeeklyStatus,
  type WeeklyStatus,
  weekOf,
  worstStatus,
} from "./okrs/weekly-status.js";
export {
  type Effect,
  type FieldOption,
  type FieldValue,
  type IssueTypeColor,
  marker,
  type Plan,
} from "./plan.js";
export {
  formatQuarter,
  nextQuarter,
  parseQuarter,
  planningQuarters,
  type Quarter,
  type QuarterIteration,
  quarterIteration,
  quarterOf,
  quarterStart,
  quartersBetween,
} from "./quarters.js";
export {
  type ActionItem,
  planRetro,
  type Retro,
  type RetroOptions,
  retroPrompts,
  retrosOf,
} from "./retro/retro.js";
export { type Priority, type PriorityPreset, presetNames, priorityOf } from "./roadmap/priority.js";
export {
  keyResultRefusal,
  type PromotedFrom,
  type PromotedItem,
  parsePromoteArgs,
  planPromotedLinks,
  promotedMarker,
  promotedNoteMarker,
  promotedRecord,
  promotedRecordOf,
  promotedTopic,
  promoteRefusal,
} from "./roadmap/promote.js";
export {
  type KeptQuarter,
  keptQuartersText,
  planQuarterField,
  type QuarterFieldRead,
  quartersBranch,
  quartersPath,
  readKeptQuarters,
} from "./roadmap/quarter-field.js";
export {
  type Blocker,
  type LaneSection,
  type Roadmap,
  type RoadmapItem,
  roadmapOf,
} from "./roadmap/roadmap.js";
export { parseRoadmapForm, type RoadmapAnswers, roadmapFormYaml } from "./roadmap/roadmap-form.js";
export * from "./room/index.js";
export { type Schedule, type Session, schedule } from "./schedule/unconference.js";
export type {
  BoardItem,
  CommentRecord,
  IssueRecord,
  Person,
  Reaction,
  Snapshot,
} from "./snapshot.js";
export { siteOf } from "./snapshot.js";
export {
  checkSnapshot,
  parseSnapshot,
  SnapshotError,
  serializeSnapshot,
  snapshotFileSchema,
} from "./snapshot-file.js";
export { parseSnapshotPieces } from "./snapshot-pieces.js";
export { addDays, clockIn, dateIn, instantOf } from "./zoned-time.js";
