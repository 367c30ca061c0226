export { answersWhole, CutOffAnswerError } from "./answers-whole.js";
export { defaultWaitMaxMs, waitedOut } from "./app-waits.js";
export { type ApplyContext, ApplyError, applyPlan } from "./apply-plan.js";
export { type AccessCache, type ClientOptions, createClient, type GitHub } from "./client.js";
export {
  CommitConflictError,
  type CommitOptions,
  type CommitResult,
  commitFiles,
  type FileContent,
  pagesBranch,
  type RenderFiles,
} from "./commit-files.js";
export { mayHaveFailedInTransit, retryBaseMs } from "./create-once.js";
export { describeEffect, type EffectAnswer } from "./effects/index.js";
export { explainError } from "./explain-error.js";
export { facilitates } from "./facilitates.js";
export {
  installationRepositories,
  listInstallations,
  repositoryInstallation,
} from "./installations.js";
export {
  cancelInvitation,
  type InvitationAnswer,
  type InvitationRefusal,
  InvitationRefused,
  inviteCollaborator,
  isCollaborator,
  type ListedInvitation,
  listInvitations,
} from "./invitations.js";
export {
  type KeptRead,
  keptReadMaxAgeMs,
  markChanged,
  type ReadStore,
} from "./kept-read.js";
export { type LoadCost, noLoadCost } from "./load-cost.js";
export { LoadError, type LoadProgress, loadSnapshot } from "./load-snapshot.js";
export { readMeetingNumbers } from "./meeting-numbers.js";
export { botLoginsFrom, defaultBotLogins, writtenByRoundtable } from "./own-comment.js";
export { isPassingTrouble, passingTrouble } from "./passing-trouble.js";
export {
  type OpenMeeting,
  openMeetings,
  type PersonBoard,
  type PersonBoards,
  personBoards,
} from "./person-boards.js";
export { projectItemIssue } from "./project-item-content.js";
export { readBallotFile } from "./read-ballots.js";
export { readCommand, readIssueLabels } from "./read-command.js";
export { readComments } from "./read-comments.js";
export { type ConfigFile, readConfigFiles } from "./read-config-files.js";
export { readIssue } from "./read-issue.js";
export { type IssueFacts, readIssueFacts, repositoryIsPublic } from "./read-issue-facts.js";
export { readIssueTypes } from "./read-issue-types.js";
export { type KeyResultRead, readKeyResult } from "./read-key-result.js";
export { readLabels } from "./read-labels.js";
export { readParent } from "./read-parent.js";
export { ProjectNotFoundError, readProject } from "./read-project.js";
export { readPromoted } from "./read-promoted.js";
export { readQuarters } from "./read-quarters.js";
export { readStatusUpdates } from "./read-status-updates.js";
export { settingsFromEnv } from "./settings-from-env.js";
export { TeamMembersError } from "./team-members-error.js";
export { contentPerMinute, readConcurrency, shippedThrottling } from "./throttle.js";
export {
  addTimeouts,
  defaultJobBudgetMs,
  defaultRequestTimeoutMs,
  millisecondsFrom,
  RequestTimeoutError,
} from "./timeouts.js";
export {
  asUser,
  canRead,
  commentAsUser,
  commentThumbs,
  completeSignIn,
  reactAsUser,
  revokeSignIn,
  type SignedIn,
  signInUrl,
  type UserAuthSettings,
} from "./user-auth.js";
export { hasWriteAccess } from "./write-access.js";
