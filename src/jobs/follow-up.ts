import type { Timebox } from "../core/meetings/timebox.js";

/** What a meeting's invitations ask of the app's timers. */
export interface InvitationTimes {
  issue: number;
  /** A day before the meeting, when some seated person's invitation is pending; else null. */
  remindAt: string | null;
  /** The day before the meeting, whatever now is: what names the reminder's one timer. */
  remindFor: string | null;
  /** Invitations wait for GitHub's limit or policy: they are to be tried again. */
  waiting: boolean;
}

/**
 * What each trigger a use case may ask for next is given: the key is the row of the app's trigger
 * table that runs it (src/app/triggers.ts), and, for a timer, the `kind` its timer holds.
 */
export interface FollowUpData {
  /** A timebox's end: the bot calls time (a timer, at the end). */
  timebox: Timebox;
  /** A series' opening: the series job opens what is due (a timer). */
  series: Record<string, never>;
  /** A meeting's waiting invitations tried again (a timer). */
  invitations: { issue: number };
  /** The day before a meeting: pending invitations reminded of (a timer). */
  reminder: { issue: number };
  /** A command GitHub's passing trouble interrupted, run again whole (a timer). */
  "retry-command": { issue: number; comment: number; attempt: number };
  /** A meeting's pages published again (a timer). */
  "retry-publish": { issue: number; attempt: number };
  /** An issue's event run again on the issue as GitHub holds it then (a timer). */
  "retry-issue": { issue: number; action: string; label?: string; attempt: number };
  /** A seat moved with invitations on: the meeting's invitation retry and reminder armed. */
  "invitation-timers": InvitationTimes;
  /** A meeting's pages did not follow /end or /schedule: their retry armed. */
  "publish-later": { issue: number };
  /** A round closed by /close-votes: its waiting ballots written, and every ballot opened, soon. */
  "ballots-settle": Record<string, never>;
  /** The repository's waiting ballots written, if their batch is due (a timer). */
  ballots: Record<string, never>;
  /** A batch of ballots written: the pages published again, their counts with it. */
  "ballots-published": Record<string, never>;
  /** A meeting changed: its live rooms are told, on every instance. */
  "room-changed": { issue: number };
  /** The repository's series keeps its next opening's timer. */
  "series-armed": Record<string, never>;
}

export type FollowUpTrigger = keyof FollowUpData;

/**
 * A trigger a use case asks to run next, as data: the app runs it through its table, never the
 * use case itself. With `at`, a timer (through the coordination's timers, on whichever instance is
 * up then); without, right after the use case, under the same lease. `key` names the timer, so
 * that every instance and every restart asking for the same one sets it once (`at` when absent).
 */
export type FollowUp = {
  [K in FollowUpTrigger]: { trigger: K; at?: string; key?: string; data: FollowUpData[K] };
}[FollowUpTrigger];

/** A little after a timebox's end, so that no instance's clock calls time a moment early. */
const timeboxGraceMs = 250;

/** The timer that calls time at a timebox's end. */
export const timeboxEnd = (t: Timebox): FollowUp & { at: string } => ({
  trigger: "timebox",
  at: new Date(Date.parse(t.until) + timeboxGraceMs).toISOString(),
  key: `#${t.issue} ${t.topic} ${t.until}`,
  data: { issue: t.issue, topic: t.topic, until: t.until },
});

/**
 * What follows a meeting's event on `issue`: its pages' retry, its timeboxes' ends, its seats'
 * timers (in the order the app has always set them).
 */
export function meetingFollowUps(
  issue: number,
  result: { timeboxes: Timebox[]; pagesPending: boolean; invitations: InvitationTimes | null },
): FollowUp[] {
  return [
    ...(result.pagesPending ? [{ trigger: "publish-later" as const, data: { issue } }] : []),
    ...result.timeboxes.map(timeboxEnd),
    ...(result.invitations
      ? [{ trigger: "invitation-timers" as const, data: result.invitations }]
      : []),
  ];
}

/**
 * The timer of the next batch of a repository's waiting ballots: at the end of the batch interval
 * `now` falls in. One a repository and interval (named by the interval): every instance and every
 * ballot of one interval asks for the same one, so an interval makes one commit at most, at its
 * end, and no commit's time tells whose ballot just came.
 */
export function ballotBatchDue(now: string, batchSeconds: number): FollowUp & { at: string } {
  const ms = batchSeconds * 1000;
  const slot = Math.floor(Date.parse(now) / ms) + 1;
  return {
    trigger: "ballots",
    at: new Date(slot * ms).toISOString(),
    key: `slot ${slot}`,
    data: {},
  };
}

/** The timer at a round's end (votes.roundEnd): its last batch written and every ballot opened. */
export const ballotRoundEnd = (closesAt: string): FollowUp & { at: string } => ({
  trigger: "ballots",
  at: closesAt,
  key: `end ${Date.parse(closesAt)}`,
  data: {},
});
