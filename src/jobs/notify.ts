import type { Config } from "../config/index.js";
import {
  boardOf,
  decideMeetingEvent,
  type Effect,
  invitationReminders,
  meetingsOf,
  type ProjectView,
  planRemovals,
  type Snapshot,
  scheduledNotices,
  siteOf,
} from "../core/index.js";
import { planMeeting } from "../core/plan-meeting.js";
import { type LoadCost, noLoadCost } from "../github/index.js";
import { meetingTexts } from "../render/meetings/meeting-texts.js";
import { type BoardRead, loadBoard } from "./load-board.js";
import type { UseCase } from "./use-case.js";

/**
 * The scheduled notify job (the Action): reminders before meetings, and the weekly digest. Run by
 * `runUseCase`.
 *
 * 1. Load the board, with the meetings' comments (reads only); nothing to read when no channel is
 *    configured and invitations are off.
 * 2. Plan, for each meeting with news: its region, recording the notices' keys, and the notices
 *    not recorded before (a retried or doubled run finds them recorded and sends nothing); a day
 *    before a meeting, one reply naming the seated people whose invitation is still pending;
 *    with meetings.invite.removeAfterDays, the outside collaborators the app added, removed.
 * 3. The runner applies it through the write gate: the region first, the notices after; a channel
 *    that fails is told to the run's `onNoticeFailed`, and the job goes on. The channels' env:NAME
 *    are read from the run's secrets (the Action step's env).
 */
export const notifyJob: UseCase<Record<string, never>, BoardRead | null, { cost: LoadCost }> = {
  async load(run) {
    const { config } = run;
    if (config.notify.length === 0 && !config.meetings.invite) return null;
    return loadBoard(run.github, run);
  },
  plan(loaded, _input, { config, now }) {
    if (!loaded) return { effects: [], result: { cost: noLoadCost() } };
    const { snapshot, project, cost } = loaded;
    return { effects: planNotices(snapshot, project, config, now), project, result: { cost } };
  },
};

/** The meetings' regions with the notices due, then the reminders and removals due (pure). */
function planNotices(
  snapshot: Snapshot,
  project: ProjectView | null,
  config: Config,
  now: string,
): Effect[] {
  const board = boardOf(snapshot, config);
  const titles = new Map(snapshot.issues.map((i) => [i.number, { title: i.title, url: i.url }]));
  const meetings = meetingsOf(snapshot, config);
  const scheduled = config.notify.length > 0 ? scheduledNotices(meetings, board, config, now) : [];
  const removeAfter = config.meetings.invite?.removeAfterDays;
  const reminders = [
    ...invitationReminders(meetings, now, siteOf(snapshot)),
    ...(removeAfter ? planRemovals(meetings, now, removeAfter) : []),
  ];
  const effects = scheduled.flatMap(
    ({ meeting, notices }) =>
      planMeeting(
        {
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
        },
        meetingTexts,
      ).effects,
  );
  return [...effects, ...reminders];
}
