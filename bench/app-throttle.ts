import { performance } from "node:perf_hooks";
import { benchBurst, benchInstance, type Throttle } from "./app-deliveries.js";
import { load, spread } from "./measure.js";
import { simulatedGitHub } from "./simulated-github.js";

interface Sample {
  seconds: number;
  points: number;
  maxInFlight: number;
  maxWritesInFlight: number;
  writes: number;
  content: number;
  utilization: number;
}

/** One burst through a fresh instance with `throttle`, on a fresh simulated GitHub. */
async function burst(
  throttle: Throttle,
  deliveries: number,
  repositories: number,
  topics: number,
  latencyMs: number,
  run: number,
): Promise<Sample> {
  // Probot's default sends an installation's GraphQL requests a second apart: the last of a
  // burst waits longer than the app's 20 s request timeout, which counts from the call.
  const timeout = process.env.ROUNDTABLE_REQUEST_TIMEOUT_MS;
  if (throttle === "probot-default") process.env.ROUNDTABLE_REQUEST_TIMEOUT_MS = "600000";
  const github = await simulatedGitHub(repositories, topics, latencyMs);
  try {
    const probot = await benchInstance(github.fetch, undefined, throttle);
    // As many deliveries on other boards first warm the instance up (its code compiled, its
    // installation token asked): the burst's boards are still read for the first time.
    if (throttle !== "probot-default")
      await Promise.all(
        benchBurst(deliveries, repositories, `warm-${throttle}-${run}`, repositories).map((e) =>
          probot.receive(e as never),
        ),
      );
    await github.reset();
    const events = benchBurst(deliveries, repositories, `throttle-${throttle}-${run}`);
    const started = performance.now();
    const busy = performance.eventLoopUtilization();
    await Promise.all(events.map((event) => probot.receive(event as never)));
    const seconds = (performance.now() - started) / 1000;
    const utilization = performance.eventLoopUtilization(busy).utilization;
    return { seconds, utilization, ...(await github.seen()) };
  } finally {
    github.close();
    if (timeout === undefined) delete process.env.ROUNDTABLE_REQUEST_TIMEOUT_MS;
    else process.env.ROUNDTABLE_REQUEST_TIMEOUT_MS = timeout;
  }
}

/**
 * 20 deliveries across 20 repositories of one installation, 140 topics each, with the throttle
 * settings the app ships with, beside Probot's default and beside throttling off, on a simulated
 * GitHub that answers in `latencyMs`. Each figure is the median of `runs` bursts, the settings
 * taken in turn (shipped, off, shipped, off, …), with the lowest and highest in brackets; Probot's
 * default, whose burst alone takes a minute, is run `slowRuns` times.
 */
export async function benchThrottle(
  deliveries = 20,
  repositories = 20,
  topics = 140,
  latencyMs = 50,
  runs = 5,
  slowRuns = 1,
): Promise<void> {
  console.log(
    `app throttling: ${deliveries} deliveries across ${repositories} repositories of ${topics} topics, one installation, GitHub (simulated, in a process of its own) answering in ${latencyMs} ms (each instance warmed by as many deliveries on other boards first, but Probot's default: its burst alone takes a minute); ${load()}:`,
  );
  const settings = (
    process.env.TT ? [process.env.TT] : ["shipped", "off", "probot-default"]
  ) as Throttle[];
  const samples = new Map<Throttle, Sample[]>(settings.map((t) => [t, []]));
  for (let run = 0; run < Math.max(runs, slowRuns); run++)
    for (const throttle of settings) {
      if (run >= (throttle === "probot-default" ? slowRuns : runs)) continue;
      samples
        .get(throttle)
        ?.push(await burst(throttle, deliveries, repositories, topics, latencyMs, run));
    }
  for (const [throttle, s] of samples) {
    const of = (key: keyof Sample) => s.map((x) => x[key]);
    console.log(
      `  ${throttle.padEnd(14)} ${s.length} runs: ${spread(of("seconds"), 2)} s; ${spread(
        s.map((x) => deliveries / x.seconds),
        2,
      )} deliveries/s; ${spread(of("points"))} points; in flight at most ${Math.max(...of("maxInFlight"))} requests (≤ 100), ${Math.max(...of("maxWritesInFlight"))} writes (serially: 1) of ${spread(of("writes"))}; ${spread(of("content"))} content-creating (≤ 80 a minute); the app's event loop busy ${spread(
        s.map((x) => x.utilization * 100),
      )} %`,
    );
  }
}
