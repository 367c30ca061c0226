import {
  boardOf,
  decideMeetingEvent,
  type Effect,
  invitationReminders,
  meetingsOf,
  planRemovals,
  scheduledNotices,
  siteOf,
} from "../core/index.js";
import { applyPlan, type LoadCost, noLoadCost } from "../github/index.js";
import { loadBoard } from "./load-board.js";
import { planMeeting } from "./plan-meeting.js";
import { gateOf, type RunContext } from "./run-context.js";

/**
 * The scheduled notify job (the Action): reminders before meetings, and the weekly digest.
 *
 * 1. Load the board, with the meetings' comments (reads only).
 * 2. Plan, for each meeting with news: its region, recording the notices' keys, and the notices
 *    not recorded before (a retried or doubled run finds them recorded and sends nothing); a day
 *    before a meeting, one reply naming the seated people whose invitation is still pending;
 *    with meetings.invite.removeAfterDays, the outside collaborators the app added, removed.
 * 3. Apply through the write gate: the region first, the notices after; a channel that fails is
 *    told to the run's `onNoticeFailed`, and the job goes on. The channels' env:NAME are read
 *    from the run's secrets (the Action step's env).
 */
export async function notifyJob(
  run: RunContext,
): Promise<{ plan: Effect[]; applied: Effect[]; cost: LoadCost }> {
  const { github, config, now } = run;
  if (config.notify.length === 0 && !config.meetings.invite)
    return { plan: [], applied: [], cost: noLoadCost() };
  const { snapshot, project, cost } = await loadBoard(github, run);
  const board = boardOf(snapshot, config);
  const titles = new Map(snapshot.issues.map((i) => [i.number, { title: i.title, url: i.url }]));
  const meetings = meetingsOf(snapshot, config);
  const scheduled = config.notify.length > 0 ? scheduledNotices(meetings, board, config, now) : [];
  const removeAfter = config.meetings.invite?.removeAfterDays;
  const reminders = [
    ...invitationReminders(meetings, now, siteOf(snapshot)),
    ...(removeAfter ? planRemovals(meetings, now, removeAfter) : []),
  ];
  const plan = scheduled.flatMap(
    ({ meeting, notices }) =>
      planMeeting({
        issue: meeting.issue,
        commentId: undefined,
        outcome: decideMeetingEvent(meeting.issue, undefined, board, config),
        board,
        project,
        config,
        site: siteOf(snapshot),
        repository: snapshot.repository,
        titles,
        notices,
      }).effects,
  );
  plan.push(...reminders);
  const applied = await applyPlan(github, plan, gateOf(run, project));
  return { plan, applied, cost };
}
