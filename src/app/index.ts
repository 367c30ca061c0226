import type { ApplicationFunctionOptions, Probot } from "probot";
import { type Coordination, coordinationFromEnv } from "../coordination/index.js";
import { type Clock, deliveries, systemClock } from "./deliveries.js";
import { deliver, runDue, runFollowUps } from "./run-trigger.js";
import { type AppDeps, triggers } from "./triggers.js";
import { webFromEnv } from "./web.js";

/**
 * The Roundtable GitHub App, coordinated through `coordination` with its other instances: every
 * trigger is a row of one table (triggers.ts) naming its use case. Each webhook row is registered
 * with Probot, and every due timer is run by the row its kind names, here and only here; what a
 * use case asks for next (a timer, the rooms told) is run through the same table (run-trigger.ts).
 */
export function createRoundtableApp(coordination: Coordination, clock: Clock = systemClock) {
  return (app: Probot, options?: Partial<ApplicationFunctionOptions>): void => {
    const deps: AppDeps = {
      app,
      coordination,
      clock,
      // The pages' follow-ups run through the same table (deps is set by the time one runs).
      web: webFromEnv(app, coordination, options, process.env, clock, (env, list) =>
        runFollowUps(deps, env, list),
      ),
      handle: deliveries(coordination, clock),
    };
    coordination.timers.onDue((job) => runDue(deps, job));
    for (const row of Object.values(triggers))
      if (row.source === "webhook")
        app.on([...row.events], (context) => deliver(deps, row, context));
  };
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
