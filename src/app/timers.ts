import type { Probot } from "probot";
import type { Coordination } from "../coordination/index.js";
import type { GitHub } from "../github/client.js";
import { installationRepositories, listInstallations } from "../github/installations.js";
import { withConfig } from "../jobs/cached-config.js";
import { timeboxEnds } from "../jobs/timebox.js";
import { armTimer } from "./arm-timer.js";
import { type Clock, systemClock } from "./deliveries.js";
import { type Env, own, runOf } from "./env.js";
import { armInvitationTimers } from "./invitation-timers.js";
import type { ConfigReader } from "./load-config.js";
import { armSeries } from "./series-timer.js";

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
        restored += await restoreTimeboxes(env);
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

/** The timers of the timeboxes running in a repository's open meetings. */
async function restoreTimeboxes(env: Env): Promise<number> {
  const run = await withConfig(runOf(await own(env)), null);
  const ends = run ? await timeboxEnds(run) : [];
  for (const end of ends) await armTimer(env, end);
  return ends.length;
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
