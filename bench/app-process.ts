import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import {
  deliver,
  GitHubForProcesses,
  startApp,
  warningsOnly,
} from "../test/helpers/app-process.js";
import type { FakeIssue } from "../test/helpers/fake-github.js";
import { commentDelivery, startedMeeting } from "../test/helpers/instances.js";
import { people } from "../test/helpers/meeting-board.js";
import { load, median, spread } from "./measure.js";

/** CPU (user + system) a process has used so far, in milliseconds, from /proc (Linux). */
function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  // utime and stime, in clock ticks of 10 ms.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** What one run of bursts cost. */
export interface ProcessRun {
  /** The app process's CPU per /join, per burst (ms). */
  app: number[];
  /** This process's CPU per /join (the fake GitHub's server and the sender), per burst (ms). */
  tests: number[];
  /** Requests the app made per /join, by kind (`GET /repos/…/issues`, `graphql query …`). */
  requests: Map<string, number>;
  /** Connections the app opened to the fake GitHub. */
  connections: number;
}

/**
 * The built app in a process of its own (`entry`: lib/app-bundle/index.js, what `npm start` and
 * the app tests run), coordinated in its memory, on the tests' fake GitHub over HTTP: `bursts`
 * bursts of 14 /join at once on a started meeting (12 seated, 2 wait-listed), as
 * test/app/instances.test.ts sends them, one burst first to load the app's code, not counted.
 */
export async function appProcessRun(
  bursts = 8,
  entry = "lib/app-bundle/index.js",
): Promise<ProcessRun> {
  const github = new GitHubForProcesses(startedMeeting());
  const requests = new Map<string, number>();
  github.before = async (path, body) => {
    const operation = /^\s*(query|mutation)\s+(\w+)/.exec(body?.query ?? "");
    const key = operation ? `graphql ${operation[1]} ${operation[2]}` : path.split("?")[0];
    const kind = (key ?? "").replace(/\/\d+/g, "/N");
    requests.set(kind, (requests.get(kind) ?? 0) + 1);
  };
  await github.start();
  let connections = 0;
  (github as unknown as { server: Server }).server.on("connection", () => connections++);
  const app = await startApp(github, warningsOnly, entry);
  const run: ProcessRun = { app: [], tests: [], requests, connections: 0 };
  let id = 50_000;
  try {
    for (let burst = -1; burst < bursts; burst++) {
      const fake = startedMeeting();
      (fake.issues[0] as FakeIssue).comments = [];
      github.fake = fake;
      if (burst === 0) requests.clear();
      const joins = people.map((login) =>
        commentDelivery(fake, 1, { id: ++id, login, body: "/join" }),
      );
      const appBefore = processCpuMs(app.pid);
      const ours = process.cpuUsage();
      const answered = await Promise.all(joins.map((d) => deliver(app, d)));
      if (answered.some((s) => s !== 200)) throw new Error(`bench: /join answered ${answered}`);
      if (burst < 0) continue;
      run.app.push((processCpuMs(app.pid) - appBefore) / joins.length);
      const used = process.cpuUsage(ours);
      run.tests.push((used.user + used.system) / 1000 / joins.length);
    }
  } finally {
    await app.stop();
    await github.stop();
  }
  for (const [kind, n] of requests) requests.set(kind, n / (bursts * people.length));
  run.connections = connections;
  return run;
}

/**
 * `npm run bench -- app-process`: the app's CPU per /join in its own process, as the slowest app
 * tests drive it (a burst of 14 /join on one meeting), with the requests it makes per /join;
 * `runs` processes, each its bursts' median. Set ROUNDTABLE_BENCH_ENTRY to measure another build
 * of the app (another worktree's lib/app-bundle/index.js) with the same fake and sender.
 */
export async function benchAppProcess(runs = 3): Promise<void> {
  const entry = process.env.ROUNDTABLE_BENCH_ENTRY;
  if (!entry)
    execFileSync(process.execPath, ["scripts/build-if-stale.mjs", "--app"], { stdio: "inherit" });
  const apps: number[] = [];
  const tests: number[] = [];
  let last: ProcessRun | undefined;
  for (let r = 0; r < runs; r++) {
    last = await appProcessRun(8, entry);
    apps.push(median(last.app));
    tests.push(median(last.tests));
  }
  const requests = [...(last?.requests ?? [])].sort((a, b) => b[1] - a[1]);
  const total = requests.reduce((sum, [, n]) => sum + n, 0);
  console.log(
    `app process (${entry ?? "lib/app-bundle/index.js"}), bursts of 14 /join, medians of ${runs} runs (lowest–highest); ${load()}`,
  );
  console.log(`  app CPU per /join                  ${spread(apps, 1)} ms`);
  console.log(`  fake GitHub and sender, per /join  ${spread(tests, 1)} ms (the test's process)`);
  console.log(
    `  requests per /join                 ${total.toFixed(2)} over ${last?.connections} connections in all`,
  );
  for (const [kind, n] of requests) console.log(`    ${n.toFixed(2).padStart(5)}  ${kind}`);
}
