import { createHash } from "node:crypto";
import type { Probot } from "probot";
import type { Coordination, TimerJob } from "../coordination/index.js";
import type { Timebox } from "../core/meetings/timebox.js";
import type { GitHub } from "../github/client.js";
import { installationRepositories, listInstallations } from "../github/installations.js";
import { type Clock, guarded, systemClock } from "./deliveries.js";
import { type Env, onTimebox, timeboxesOf } from "./handlers.js";
import {
  armInvitationTimers,
  type InvitationTimerJob,
  runInvitationTimer,
} from "./invitation-timers.js";
import type { ConfigReader } from "./load-config.js";
import { armSeries, runSeries, type SeriesTimerJob } from "./series-timer.js";

/** What a timebox's timer holds: enough to act on the repository as its installation. */
interface TimeboxJob extends Timebox {
  kind: "timebox";
  installation: number;
  owner: string;
  repo: string;
}

/** A little after the end, so that no instance's clock calls time a moment early. */
const graceMs = 250;

/** One timer per timebox: every instance that schedules it, and every restart, names it alike. */
const jobId = (job: TimeboxJob) =>
  `timebox-${createHash("sha256")
    .update(`${job.installation} ${job.owner}/${job.repo}#${job.issue} ${job.topic} ${job.until}`)
    .digest("hex")
    .slice(0, 32)}`;

/** Sets a timer for the end of each timebox a delivery set. */
export async function scheduleTimeboxes(
  coordination: Coordination,
  env: Pick<Env, "installation" | "owner" | "repo">,
  timeboxes: Timebox[],
): Promise<void> {
  for (const t of timeboxes) {
    const data: TimeboxJob = {
      kind: "timebox",
      installation: env.installation,
      owner: env.owner,
      repo: env.repo,
      ...t,
    };
    await coordination.timers.schedule({
      id: jobId(data),
      at: new Date(Date.parse(t.until) + graceMs).toISOString(),
      data: { ...data },
    });
  }
}

/** The kinds of timer the app sets, each with its own work (registered in `runTimer`). */
type TimerData = TimeboxJob | SeriesTimerJob | InvitationTimerJob;
const kinds: {
  [K in TimerData["kind"]]: (env: Env, data: Extract<TimerData, { kind: K }>) => Promise<void>;
} = {
  timebox: onTimebox,
  series: (env) => runSeries(env),
  invitations: runInvitationTimer,
  reminder: runInvitationTimer,
};

/** A timer is due: its work runs under the repository's lease, as a delivery's does. */
export async function runTimer(
  app: Probot,
  coordination: Coordination,
  job: TimerJob,
  changed: (owner: string, repo: string, issue: number) => Promise<void>,
  clock: Clock = systemClock,
): Promise<void> {
  const data = job.data as Partial<TimerData>;
  if (
    !data.kind ||
    !Object.hasOwn(kinds, data.kind) ||
    !data.installation ||
    !data.owner ||
    !data.repo
  )
    return;
  const { installation, owner, repo } = data as TimerData;
  const octokit = await app.auth(installation);
  await coordination.exclusive(`${owner}/${repo}`, async (lease) => {
    const env = timerEnv(
      app,
      coordination,
      { installation, owner, repo },
      guarded(octokit, lease),
      clock,
    );
    const work = kinds[data.kind as TimerData["kind"]] as (
      env: Env,
      data: TimerData,
    ) => Promise<void>;
    await work(env, data as TimerData);
    if ("issue" in data && typeof data.issue === "number") await changed(owner, repo, data.issue);
  });
}

/**
 * Timers kept in memory die with the process: on start, every open meeting of every installation
 * is read, and its running timebox gets its timer again (one already over is called at once), as
 * do its invitations' retry and reminder; each series gets its next opening (and one come already).
 * With Redis the timers outlive the process, and this is not needed.
 */
export async function restoreTimers(
  app: Probot,
  coordination: Coordination,
  clock: Clock = systemClock,
): Promise<number> {
  let restored = 0;
  const installations = await listInstallations((await app.auth()) as unknown as GitHub);
  for (const installation of installations) {
    const listing = await app.auth(installation);
    for (const { owner, repo } of await installationRepositories(listing as unknown as GitHub)) {
      // An Octokit of its own for each repository (the token is cached): its timeouts and its
      // job budget are this repository's, not spent by the ones before it.
      const octokit = await app.auth(installation);
      const env = timerEnv(app, coordination, { installation, owner, repo }, octokit, clock);
      try {
        const timeboxes = await timeboxesOf(env);
        await scheduleTimeboxes(coordination, env, timeboxes);
        restored += timeboxes.length;
        // The series' next opening, and the open meetings' invitation retries and reminders.
        if (await armSeries(env)) restored++;
        restored += await armInvitationTimers(env);
      } catch (error) {
        env.log(`timers of ${owner}/${repo} not restored: ${(error as Error).message}`);
      }
    }
  }
  return restored;
}

/** What a timer's work needs of the world, as a delivery's handler gets it. */
export function timerEnv(
  app: Probot,
  coordination: Coordination,
  where: Pick<Env, "installation" | "owner" | "repo">,
  octokit: Awaited<ReturnType<Probot["auth"]>>,
  clock: Clock = systemClock,
): Env {
  return {
    ...where,
    octokit: octokit as unknown as GitHub & ConfigReader,
    log: (line) => app.log.info(line),
    now: clock,
    coordination,
  };
}
