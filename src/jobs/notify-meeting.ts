import type { Secrets } from "../channels/index.js";
import type { Config } from "../config/index.js";
import {
  boardOf,
  decideMeetingEvent,
  type Effect,
  type Meeting,
  type NotifyInput,
  sameName,
  siteOf,
  userError,
} from "../core/index.js";
import { applyPlan, type GitHub } from "../github/index.js";
import { loadBoard } from "./load-board.js";
import { planMeeting } from "./plan-meeting.js";

export interface NotifyMeetingOptions {
  owner: string;
  repo: string;
  config: Config;
  /** The meeting issue's number. */
  issue: number;
  /** The notices of what was decided elsewhere (a timebox's end), from the meeting as read now. */
  notices: (meeting: Meeting) => NotifyInput[];
  now: string;
  dryRun?: boolean;
  log: (line: string) => void;
  secrets?: Secrets;
}

/**
 * Tells the channels of a meeting's event that no comment gave (a timebox that ended: the timer
 * of the app calls this), once.
 *
 * 1. Load the board and the meeting's comments (reads only).
 * 2. Plan the meeting's region, recording the notices' keys, and the notices not recorded before.
 * 3. Apply: the region first, then the notices (a channel's failure is logged, never thrown).
 */
export async function notifyMeeting(
  github: GitHub,
  options: NotifyMeetingOptions,
): Promise<{ plan: Effect[]; applied: Effect[] }> {
  const { owner, repo, config } = options;
  const { snapshot, project } = await loadBoard(github, options);
  const issue = snapshot.issues.find(
    (i) => i.number === options.issue && i.labels.some((l) => sameName(l, config.labels.meeting)),
  );
  if (!issue)
    throw userError("is not a meeting Roundtable can read", {
      where: { issue: options.issue },
      expected: `an issue with the ${config.labels.meeting} label`,
    });
  const board = boardOf(snapshot, config);
  const outcome = decideMeetingEvent(issue, undefined, board, config);
  const { effects } = planMeeting({
    issue,
    commentId: undefined,
    outcome,
    board,
    project,
    config,
    site: siteOf(snapshot),
    repository: snapshot.repository,
    titles: new Map(snapshot.issues.map((i) => [i.number, { title: i.title, url: i.url }])),
    notices: options.notices(outcome.meeting),
  });
  const applied = await applyPlan(github, effects, {
    owner,
    repo,
    project,
    dryRun: options.dryRun ?? false,
    log: options.log,
    ...(options.secrets ? { secrets: options.secrets } : {}),
  });
  return { plan: effects, applied };
}
