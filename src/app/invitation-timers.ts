import { createHash } from "node:crypto";
import {
  type InvitationTimes,
  invitationTimers,
  retryInvitations,
} from "../jobs/invitation-timers.js";
import { notifyJob } from "../jobs/notify.js";
import { configFor, type Env, own, runOf } from "./handlers.js";

/**
 * What an invitation timer holds: `invitations` tries the meeting's waiting invitations again
 * (GitHub's daily limit); `reminder` runs the notify job a day before the meeting.
 */
export interface InvitationTimerJob {
  kind: "invitations" | "reminder";
  installation: number;
  owner: string;
  repo: string;
  issue: number;
}

/** How often waiting invitations are tried again: an hour (ROUNDTABLE_INVITATION_RETRY_MS). */
export const retryEveryMs = (env: Record<string, string | undefined> = process.env) =>
  Number(env.ROUNDTABLE_INVITATION_RETRY_MS) > 0
    ? Number(env.ROUNDTABLE_INVITATION_RETRY_MS)
    : 3_600_000;

const jobId = (job: InvitationTimerJob, at: string) =>
  `${job.kind}-${createHash("sha256")
    .update(`${job.installation} ${job.owner}/${job.repo}#${job.issue} ${at}`)
    .digest("hex")
    .slice(0, 32)}`;

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
  kinds: Array<InvitationTimerJob["kind"]>,
): Promise<number> {
  const config = await configFor(env, null);
  if (!config?.meetings.invite) return 0;
  const times = await invitationTimers(runOf(env, config), issue);
  return armTimes(env, times, kinds);
}

/**
 * The timers of meetings' invitation times (as a meeting event returns them, or as read): the
 * retry of waiting invitations at the next whole retry period, the reminder a day before.
 */
export async function armTimes(
  env: Pick<Env, "installation" | "owner" | "repo" | "now" | "coordination">,
  times: InvitationTimes[],
  kinds: Array<InvitationTimerJob["kind"]> = ["invitations", "reminder"],
): Promise<number> {
  const now = env.now();
  const every = retryEveryMs();
  const retryAt = new Date((Math.floor(Date.parse(now) / every) + 1) * every).toISOString();
  let armed = 0;
  for (const t of times) {
    const where = { installation: env.installation, owner: env.owner, repo: env.repo };
    // [kind, when it runs, what names it]: a reminder armed within the meeting's last day runs
    // at once, but is named by the day before the meeting, so arming it again sets no second one.
    const wanted: Array<[InvitationTimerJob["kind"], string | null, string | null]> = [
      ["invitations", t.waiting ? retryAt : null, retryAt],
      ["reminder", t.remindAt, t.remindFor],
    ];
    for (const [kind, at, key] of wanted) {
      if (!at || !key || !kinds.includes(kind)) continue;
      const data: InvitationTimerJob = { kind, ...where, issue: t.issue };
      await env.coordination.timers.schedule({ id: jobId(data, key), at, data: { ...data } });
      armed++;
    }
  }
  return armed;
}

/**
 * An invitation timer is due (under the repository's lease). `invitations`: the meeting's waiting
 * invitations are sent as far as GitHub allows (the same round as a seat change), and while some
 * still wait the next retry is set. `reminder`: the scheduled Action's notify job, run now: the
 * one reply naming the seated people whose invitation is pending (its marker makes it once), and
 * the channels' `meeting.reminder`, recorded so that the Action's run sends it no second time.
 */
export async function runInvitationTimer(env: Env, job: InvitationTimerJob): Promise<void> {
  env = await own(env);
  const config = await configFor(env, null);
  if (!config) return;
  const run = runOf(env, config);
  if (job.kind === "reminder") {
    await notifyJob(run);
    env.log(`#${job.issue}: reminders of pending invitations planned`);
    return;
  }
  const { waiting } = await retryInvitations(run, job.issue);
  env.log(
    `#${job.issue}: waiting invitations tried again; ${waiting.length > 0 ? "some still wait" : "none waits"}`,
  );
  if (waiting.length > 0) await arm(env, job.issue, ["invitations"]);
}
