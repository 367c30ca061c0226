export { RoundtableError, userError } from "../errors/index.js";
export { snapshotAfter } from "./after-effects.js";
export { type Board, boardOf } from "./board.js";
export {
  type Commander,
  type CommandOutcome,
  type CommentPlan,
  helpText,
  needsModeration,
  planCommand,
  planTopicCommands,
} from "./command-plan.js";
export {
  type Command,
  commandsToRun,
  maxCommandsPerComment,
  parseCommands,
} from "./commands.js";
export { EligibilityError, eligibleVoters, type IsEligible } from "./eligibility.js";
export { type LabelSpec, planLabels, roundtableLabels } from "./labels.js";
export {
  addMinutes,
  type Checkin,
  type Discussion,
  decodeRecord,
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
} from "./meeting.js";
export { decideMeetingEvent, type MeetingComment, type MeetingOutcome } from "./meeting-event.js";
export {
  clockPlus,
  type MeetingForm,
  type MeetingFormat,
  meetingFormYaml,
  parseMeetingForm,
} from "./meeting-form.js";
export {
  decideMeetingCommand,
  facilitatorCommands,
  type MeetingCommandContext,
  type MeetingDecision,
  meetingCommands,
  planSchedule,
  replyMarker,
  romanVoteMarker,
} from "./meeting-plan.js";
export { metricQuarters, metricsOf, type QuarterMetrics } from "./metrics.js";
export {
  type KeyResultNumbers,
  keyResultFormYaml,
  objectiveFormYaml,
  parseKeyResultForm,
} from "./okr-forms.js";
export {
  type KeyResult,
  type Objective,
  type OkrStatus,
  okrsOf,
  type QuarterOkrs,
} from "./okrs.js";
export { type Effect, type FieldOption, type FieldValue, marker, type Plan } from "./plan.js";
export { type Priority, type PriorityPreset, presetNames, priorityOf } from "./priority.js";
export { checkTopicFields, ProjectSetupError, requireField } from "./project-fields.js";
export { planProjectSetup } from "./project-setup.js";
export type { ProjectField, ProjectItem, ProjectOption, ProjectView } from "./project-view.js";
export {
  formatQuarter,
  nextQuarter,
  parseQuarter,
  type Quarter,
  quarterOf,
  quarterStart,
  quartersBetween,
} from "./quarters.js";
export { buildQueue, compareEntries, type Queue, type QueueEntry } from "./queue.js";
export { applyMoves, longestIncreasingRun, type Move, planReorder } from "./reorder.js";
export {
  type ActionItem,
  planRetro,
  type Retro,
  type RetroOptions,
  retroPrompts,
  retrosOf,
} from "./retro.js";
export { type LaneSection, type Roadmap, type RoadmapItem, roadmapOf } from "./roadmap.js";
export { parseRoadmapForm, type RoadmapAnswers, roadmapFormYaml } from "./roadmap-form.js";
export { type Roster, rosterOf } from "./roster.js";
export { type Schedule, type Session, schedule } from "./schedule.js";
export { setStatus } from "./set-status.js";
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
  parseSnapshot,
  SnapshotError,
  serializeSnapshot,
  snapshotFileSchema,
} from "./snapshot-file.js";
export {
  sameName,
  statusOf,
  statusOption,
  type TopicStatus,
  topicStatuses,
} from "./status.js";
export { PlanError, planBoardSync } from "./sync-plan.js";
export { type OverBudget, type Tally, type TopicTally, tallyVotes } from "./tally.js";
export { parseTopicForm, type TopicForm, topicFormYaml } from "./topic-form.js";
export { type Topic, topicsOf } from "./topics.js";
export { clockIn, instantOf } from "./zoned-time.js";
