/**
 * The group's channels, for the jobs that decide what they hear of. `notificationsFor(input,
 * config, context)` is pure: the notify effects of one event (a meeting announced, a topic on
 * the table, a timebox ended, an outcome, a meeting ended, a retro opened, action items, the
 * digest), one per channel that listens to it. A meeting's notices are sent once by passing
 * them to `planMeeting({ …, notices: [input] })`, which records their keys in the meeting's
 * region in the same plan and leaves out those recorded before (see plan-meeting.ts); a timebox
 * that ended is told by the timer's job (timebox.ts), whose "time's up" comment is its record.
 */
export {
  type Notice,
  type NotifyContext,
  type NotifyInput,
  noticeKey,
  notificationsFor,
  notifiedIn,
} from "../core/index.js";
export { channelSecretProblems, tenantSecrets } from "./channel-secrets.js";
export { type MeetingPlanInput, planMeeting } from "./plan-meeting.js";
