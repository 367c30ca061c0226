import { withConfig } from "../jobs/cached-config.js";
import {
  type InvitationTimes,
  invitationTimers,
  retryInvitations,
} from "../jobs/invitation-timers.js";
import { notifyJob } from "../jobs/notify.js";
import { runUseCase } from "../jobs/use-case.js";
import { armTimer } from "./arm-timer.js";
import { type Env, own, runOf } from "./env.js";

/** The two timers of a meeting's invitations: the retry of waiting ones, and the reminder. */
type InvitationKind = "invitations" | "reminder";

/** How often waiting invitations are tried again: an hour (ROUNDTABLE_INVITATION_RETRY_MS). */
export const retryEveryMs = (env: Record<string, string | undefined> = process.env) =>
  Number(env.ROUNDTABLE_INVITATION_RETRY_MS) > 0
    ? Number(env.ROUNDTABLE_INVITATION_RETRY_MS)
    : 3_600_000;

/**
 * Sets the timers a meeting's invitations ask for (one meeting after its seats changed, or every
 * open meeting on start): the retry of waiting invitations at the next whole retry period (the
 * same instant, so the same timer, on every instance), and the reminder a day before the meeting.
 */
export async function armInvitationTimers(env: Env, issue?: number): Promise<number> {
  return arm(await own(env), issue, ["invitations", "reminder"]);
}

async function arm(
  env: Env,
  issue: number | undefined,
  kinds: Array<InvitationKind>,
): Promise<number> {
  const run = await withConfig(runOf(env), null);
  if (!run?.config.meetings.invite) return 0;
  const { times } = await runUseCase(invitationTimers, run, { issue });
  return armTimes(env, times, kinds);
}

/**
 * The timers of meetings' invitation times (as a meeting event returns them, or as read): the
 * retry of waiting invitations at the next whole retry period, the reminder a day before.
 */
export async function armTimes(
  env: Pick<Env, "installation" | "owner" | "repo" | "now" | "coordination">,
  times: InvitationTimes[],
  kinds: Array<InvitationKind> = ["invitations", "reminder"],
): Promise<number> {
  const now = env.now();
  const every = retryEveryMs();
  const retryAt = new Date((Math.floor(Date.parse(now) / every) + 1) * every).toISOString();
  let armed = 0;
  for (const t of times) {
    // [kind, when it runs, what names it]: a reminder armed within the meeting's last day runs
    // at once, but is named by the day before the meeting, so arming it again sets no second one.
    const wanted: Array<[InvitationKind, string | null, string | null]> = [
      ["invitations", t.waiting ? retryAt : null, retryAt],
      ["reminder", t.remindAt, t.remindFor],
    ];
    for (const [kind, at, key] of wanted) {
      if (!at || !key || !kinds.includes(kind)) continue;
      await armTimer(env, {
        trigger: kind,
        at,
        key: `#${t.issue} ${key}`,
        data: { issue: t.issue },
      });
      armed++;
    }
  }
  return armed;
}

/**
 * A meeting's invitation retry is due (under the repository's lease): its waiting invitations are
 * sent as far as GitHub allows (the same round as a seat change), and while some still wait the
 * next retry is set.
 */
export async function runInvitationRetry(env: Env, issue: number): Promise<void> {
  const run = await withConfig(runOf(env), null);
  if (!run) return;
  const { waiting } = await runUseCase(retryInvitations, run, { issue });
  env.log(
    `#${issue}: waiting invitations tried again; ${waiting.length > 0 ? "some still wait" : "none waits"}`,
  );
  if (waiting.length > 0) await arm(env, issue, ["invitations"]);
}

/**
 * A meeting's reminder is due, a day before it: the scheduled Action's notify job, run now: the
 * one reply naming the seated people whose invitation is pending (its marker makes it once), and
 * the channels' `meeting.reminder`, recorded so that the Action's run sends it no second time.
 */
export async function runReminder(env: Env, issue: number): Promise<void> {
  const run = await withConfig(runOf(env), null);
  if (!run) return;
  await runUseCase(notifyJob, run);
  env.log(`#${issue}: reminders of pending invitations planned`);
}
