import { performance } from "node:perf_hooks";
import { benchBurst, benchInstance, type Throttle } from "./app-deliveries.js";
import { simulatedGitHub } from "./simulated-github.js";

/**
 * 20 deliveries across 20 repositories of one installation, 140 topics each, with the throttle
 * settings the app ships with, beside Probot's default and beside throttling off, on a simulated
 * GitHub that answers in `latencyMs`.
 */
export async function benchThrottle(
  deliveries = 20,
  repositories = 20,
  topics = 140,
  latencyMs = 50,
): Promise<void> {
  console.log(
    `app throttling: ${deliveries} deliveries across ${repositories} repositories of ${topics} topics, one installation, GitHub (simulated, in a process of its own) answering in ${latencyMs} ms (each instance warmed by as many deliveries on other boards first, but Probot's default: its burst alone takes a minute):`,
  );
  for (const throttle of (process.env.TT
    ? [process.env.TT]
    : ["shipped", "off", "probot-default"]) as Throttle[]) {
    // Probot's default sends an installation's GraphQL requests a second apart: the last of a
    // burst waits longer than the app's 20 s request timeout, which counts from the call.
    const timeout = process.env.ROUNDTABLE_REQUEST_TIMEOUT_MS;
    if (throttle === "probot-default") process.env.ROUNDTABLE_REQUEST_TIMEOUT_MS = "600000";
    const github = await simulatedGitHub(repositories, topics, latencyMs);
    const probot = await benchInstance(github.fetch, undefined, throttle);
    // As many deliveries on other boards first warm the instance up (its code compiled, its
    // installation token asked): the burst's boards are still read for the first time.
    if (throttle !== "probot-default")
      await Promise.all(
        benchBurst(deliveries, repositories, `warm-${throttle}`, repositories).map((e) =>
          probot.receive(e as never),
        ),
      );
    await github.reset();
    const events = benchBurst(deliveries, repositories, `throttle-${throttle}`);
    const started = performance.now();
    const busy = performance.eventLoopUtilization();
    await Promise.all(events.map((event) => probot.receive(event as never)));
    const seconds = (performance.now() - started) / 1000;
    const utilization = performance.eventLoopUtilization(busy).utilization;
    const seen = await github.seen();
    github.close();
    if (timeout === undefined) delete process.env.ROUNDTABLE_REQUEST_TIMEOUT_MS;
    else process.env.ROUNDTABLE_REQUEST_TIMEOUT_MS = timeout;
    console.log(
      `  ${throttle.padEnd(14)} ${seconds.toFixed(2).padStart(6)} s: ${(deliveries / seconds).toFixed(2).padStart(6)} deliveries/s; ${seen.points} points; in flight at most ${seen.maxInFlight} requests (≤ 100), ${seen.maxWritesInFlight} writes (serially: 1) of ${seen.writes}; ${seen.content} content-creating (≤ 80 a minute); the app's event loop busy ${(utilization * 100).toFixed(0)} %`,
    );
  }
}
