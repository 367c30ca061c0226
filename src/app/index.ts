import type { ApplicationFunctionOptions, Context, Probot } from "probot";
import { type Coordination, coordinationFromEnv } from "../coordination/index.js";
import type { InvitationTimes } from "../jobs/invitation-timers.js";
import { roomChannel } from "../jobs/room.js";
import { type Clock, type Deliveries, deliveries, systemClock } from "./deliveries.js";
import { onComment, onHierarchy, onInstalled, onIssue, onProjectItem } from "./handlers.js";
import { armTimes } from "./invitation-timers.js";
import { forgetConfigOnPush, onConfigPush } from "./push.js";
import { isRetry, runRetry } from "./retries.js";
import { armSeries } from "./series-timer.js";
import { runTimer, scheduleTimeboxes } from "./timers.js";
import { type Web, webFromEnv } from "./web.js";

/**
 * The Roundtable GitHub App, coordinated through `coordination` with its other instances. Events
 * that touch a topic recount its board (GitHub sends no webhook for reactions, so every event we
 * do get is a chance to count). Events sent by bots, this app included, are ignored; a
 * repository's deliveries are handled one at a time across instances; a redelivered event is
 * handled once, and every write is idempotent besides. A timebox set by a meeting command ends
 * with the bot calling time, on whichever instance is up then. Every meeting the app touched is
 * told to its live rooms, on every instance.
 */
export function createRoundtableApp(coordination: Coordination, clock: Clock = systemClock) {
  return (app: Probot, options?: Partial<ApplicationFunctionOptions>): void => {
    const web = webFromEnv(app, coordination, options, process.env, clock);
    const handle = deliveries(coordination, clock);
    const changed = (owner: string, repo: string, issue: number) =>
      coordination.events.publish(roomChannel(owner, repo, issue), "changed");
    coordination.timers.onDue((job) =>
      web?.ballots.isBatch(job)
        ? web.ballots.flush(job)
        : isRetry(job)
          ? runRetry(app, coordination, job, changed, clock)
          : runTimer(app, coordination, job, changed, clock),
    );
    app.on(
      [
        "issues.opened",
        "issues.edited",
        "issues.labeled",
        "issues.unlabeled",
        "issues.assigned",
        "issues.unassigned",
        "issues.closed",
        "issues.reopened",
      ],
      (context) =>
        handle(context, async (env) => {
          const { action, issue } = context.payload;
          const label = "label" in context.payload ? context.payload.label?.name : undefined;
          await onIssue(env, action, issue, label);
          await changed(env.owner, env.repo, issue.number);
          await keepSeriesArmed(env);
        }),
    );
    onHierarchyEvents(app, handle);
    app.on("issue_comment.created", (context) => {
      const { issue, comment } = context.payload;
      if (issue.pull_request) return;
      return handle(context, async (env) => {
        const followUps = await onComment(env, issue, comment);
        await scheduleTimeboxes(coordination, env, followUps.timeboxes);
        if (followUps.invitations) await armSeatTimers(env, followUps.invitations);
        await settleBallots(web, env, comment.body);
        await changed(env.owner, env.repo, issue.number);
        await keepSeriesArmed(env);
      });
    });
    app.on(["projects_v2_item.edited", "projects_v2_item.reordered"], async (context) => {
      const item = context.payload.projects_v2_item;
      if (item.content_type !== "Issue") return;
      await handle.each(context, (env, run) => onProjectItem(env, item.content_node_id, run));
    });
    app.on(["installation.created", "installation_repositories.added"], (context) =>
      onInstallation(handle, context),
    );
    app.on("push", async (context) => {
      await forgetConfigOnPush(coordination, context.payload);
      await onConfigPush(app, coordination, context.payload, clock);
    });
  };
}

/** A type or a parent changes what an issue is, as a label does: the board is recounted. */
function onHierarchyEvents(app: Probot, handle: Deliveries): void {
  app.on(["issues.typed", "issues.untyped"], (context) =>
    handle(context, (env) => onHierarchy(env, [context.payload.issue.number])),
  );
  app.on(
    [
      "sub_issues.sub_issue_added",
      "sub_issues.sub_issue_removed",
      "sub_issues.parent_issue_added",
      "sub_issues.parent_issue_removed",
    ],
    (context) =>
      handle(context, (env) =>
        onHierarchy(env, [context.payload.parent_issue.number, context.payload.sub_issue.number]),
      ),
  );
}

/** A round closed by /close-votes: its waiting ballots are written, and every ballot opened, soon. */
async function settleBallots(
  web: Web | undefined,
  env: { owner: string; repo: string },
  body: string,
): Promise<void> {
  if (web && /^\/close-votes\b/m.test(body)) await web.ballots.settle(env.owner, env.repo);
}

/**
 * A seat taken or given up: the meeting's invitation retry and reminder follow. A failure is
 * logged, not the delivery's: the seat has moved already.
 */
async function armSeatTimers(
  env: Parameters<typeof armTimes>[0] & { log: (line: string) => void },
  times: InvitationTimes,
): Promise<void> {
  await armTimes(env, [times]).catch((error: Error) =>
    env.log(`invitation timers of #${times.issue} not set: ${error.message}`),
  );
}

/**
 * Every event of a repository makes sure its series' next opening has its timer (the config is
 * cached; a timer already set is left as it is). With Redis the timers outlive the process and
 * are not set again on start, so a series configured before this version, or a timer store that
 * was emptied, is armed by the repository's next event as well as by a config push or install.
 */
async function keepSeriesArmed(env: Parameters<typeof armSeries>[0]): Promise<void> {
  await armSeries(env, false).catch((error: Error) =>
    env.log(`series timer of ${env.owner}/${env.repo} not set: ${error.message}`),
  );
}

/** The app installed, or given more repositories: each repository's board comes alive. */
function onInstallation(
  handle: Deliveries,
  context: Context<"installation.created" | "installation_repositories.added">,
) {
  const payload = context.payload as {
    repositories?: Array<{ full_name: string }>;
    repositories_added?: Array<{ full_name: string }>;
  };
  const names = (payload.repositories_added ?? payload.repositories ?? []).map((r) => r.full_name);
  return handle.each(
    context,
    async (env, run) => {
      for (const name of names) {
        const [owner, repo] = name.split("/") as [string, string];
        await run(name, async () => {
          await onInstalled({ ...env, owner, repo });
          await armSeries({ ...env, owner, repo });
        });
      }
    },
    { fromBots: true },
  );
}

/**
 * The app as Probot loads it (`probot run`, tests): coordinated as the environment says, through
 * Redis when REDIS_URL is set, in this process's memory otherwise.
 */
export default async function roundtableApp(
  app: Probot,
  options?: Partial<ApplicationFunctionOptions>,
): Promise<void> {
  createRoundtableApp(await coordinationFromEnv())(app, options);
}
