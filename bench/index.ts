import { spawnSync } from "node:child_process";
import { benchDeliveries } from "./app-deliveries.js";
import { benchInstances } from "./app-instances.js";
import { benchAppProcess } from "./app-process.js";
import { benchAppStart } from "./app-start.js";
import { benchThrottle } from "./app-throttle.js";
import { benchBallots } from "./ballots.js";
import { docFigures, writeDocFigures } from "./doc-figures.js";
import { benchAppFootprint, benchFootprint } from "./footprint.js";
import { benchLoadCost, benchReorder } from "./github-cost.js";
import { benchHostileInput } from "./hostile-input.js";
import { benchMeetingCost } from "./meeting-cost.js";
import { benchMinutes } from "./minutes.js";
import { benchOkrs } from "./okrs.js";
import { benchPersonWords } from "./person-words.js";
import { benchActionRuns, benchAppEvents } from "./read-cost.js";
import { benchRoomLive } from "./room-live.js";
import { benchRoomPaint } from "./room-paint.js";
import { benchSchedule } from "./schedule.js";
import { benchScheduleEvents } from "./schedule-events.js";
import { benchTopicForm } from "./topic-form.js";
import { benchAllPages, benchTopicsPage } from "./topics-page.js";

/** The steps, each run in a process of its own so that its peak memory is its own. */
const steps: Record<string, () => unknown> = {
  footprint: () => benchFootprint(Number(process.env.ROUNDTABLE_BENCH_RUNS) || 7),
  "app-footprint": () => benchAppFootprint(Number(process.env.ROUNDTABLE_BENCH_RUNS) || 5),
  "topics-page": () => benchTopicsPage(10_000, 2_000),
  "all-pages": () => benchAllPages(10_000, 2_000),
  ballots: () => benchBallots(10_000, 2_000),
  "load-cost": () => benchLoadCost(),
  okrs: () => benchOkrs(100_000, 20_000),
  reorder: () => benchReorder(),
  schedule: () => benchSchedule(),
  "schedule-events": () => benchScheduleEvents(),
  "meeting-cost": () => benchMeetingCost(),
  "topic-form": () => benchTopicForm(),
  "person-words": () => benchPersonWords(),
  minutes: () => benchMinutes(),
  deliveries: () => benchDeliveries(500, 20),
  instances: () => benchInstances(300, 20),
  "app-process": () => benchAppProcess(Number(process.env.ROUNDTABLE_BENCH_RUNS) || 3),
  "hostile-input": () => benchHostileInput(),
  "room-live": () => benchRoomLive(100),
  "room-paint": () => benchRoomPaint(5),
  "app-start": () => benchAppStart(5),
  "action-runs": () => benchActionRuns(3_000),
  "app-events": () => benchAppEvents(3_000, 50),
  throttle: async () => {
    await benchThrottle(20, 20, 140, 0);
    await benchThrottle(20, 20, 140, 50);
  },
};

/**
 * Benchmarks print figures; they are not timed tests. Run with `npm run bench` (every step), or
 * `npm run bench -- STEP…` for some. `footprint` and `throttle` print medians of several runs
 * with the lowest and highest beside them, and the machine's load (it may be shared): compare
 * figures from the same run, side by side, before figures from different runs. Each step runs in
 * a fresh process, so the peak RSS printed after it is the step's own, not the high-water mark of
 * the steps before it. With `--docs`, a step that has a doc (`docFigures`) writes what it printed
 * into it: run it so on a quiet machine, and commit the doc.
 */
const args = process.argv.slice(2);
const docs = args.includes("--docs");
const asked = args.filter((a) => a !== "--docs");
const only = process.env.ROUNDTABLE_BENCH_STEP;
if (only) {
  const run = steps[only];
  if (!run) throw new Error(`no bench step ${only}; steps: ${Object.keys(steps).join(", ")}`);
  await run();
  const peak = process.resourceUsage().maxRSS / 1024;
  console.log(`  [${only}: peak RSS of this step's process ${peak.toFixed(0)} MB]`);
} else {
  console.log(`roundtable bench · node ${process.version} · ${process.platform}/${process.arch}`);
  for (const step of asked.length ? asked : Object.keys(steps)) {
    const written = docs && step in docFigures;
    const { status, stdout } = spawnSync(
      process.execPath,
      [...process.execArgv, process.argv[1] ?? ""],
      {
        // A step whose figures go to a doc is read as well as shown.
        stdio: ["inherit", written ? "pipe" : "inherit", "inherit"],
        encoding: "utf8",
        maxBuffer: 16 * 1024 * 1024,
        env: { ...process.env, ROUNDTABLE_BENCH_STEP: step },
      },
    );
    if (written) process.stdout.write(stdout);
    if (status !== 0) process.exitCode = 1;
    else if (written)
      console.log(`  figures written to ${writeDocFigures(process.cwd(), step, stdout)}`);
  }
}
