import {
  benchBoards,
  benchBurst,
  benchInstance,
  benchTransport,
  type Throttle,
} from "./app-deliveries.js";

/**
 * The secondary limits GitHub documents, as the simulated GitHub sees them: the most requests in
 * flight at once (≤ 100), the most writes in flight at once (mutations, REST POST/PATCH/PUT/DELETE:
 * serially, so 1), and content-creating requests (≤ 80 a minute).
 */
function watched(route: typeof fetch, latencyMs: number) {
  const seen = {
    inFlight: 0,
    maxInFlight: 0,
    writes: 0,
    writesInFlight: 0,
    maxWritesInFlight: 0,
    content: 0,
  };
  const watchedRoute: typeof fetch = async (input, init) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const method = (init?.method ?? "GET").toUpperCase();
    const graphql = new URL(url).pathname.endsWith("/graphql");
    const token = new URL(url).pathname.startsWith("/app/installations/");
    const write =
      !token &&
      (graphql
        ? typeof init?.body === "string" && /"query":"\s*mutation\b/.test(init.body)
        : method !== "GET" && method !== "HEAD");
    if (write) {
      seen.writes++;
      seen.writesInFlight++;
      seen.maxWritesInFlight = Math.max(seen.maxWritesInFlight, seen.writesInFlight);
      if (method === "POST" && /\/issues(\/\d+\/comments)?$/.test(new URL(url).pathname))
        seen.content++;
    }
    seen.inFlight++;
    seen.maxInFlight = Math.max(seen.maxInFlight, seen.inFlight);
    try {
      // GitHub answers in tens to hundreds of milliseconds; concurrency only shows with latency.
      await new Promise((resolve) => setTimeout(resolve, latencyMs));
      return await route(input, init);
    } finally {
      seen.inFlight--;
      if (write) seen.writesInFlight--;
    }
  };
  return { route: watchedRoute, seen };
}

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
    `app throttling: ${deliveries} deliveries across ${repositories} repositories of ${topics} topics, one installation, GitHub answering in ${latencyMs} ms:`,
  );
  // A first burst warms the process up (JIT, module loading), so no setting pays for it.
  const warm = await benchInstance(benchTransport(benchBoards(repositories, topics), new Map()));
  await Promise.all(
    benchBurst(deliveries, repositories, "warm-up").map((e) => warm.receive(e as never)),
  );
  for (const throttle of ["shipped", "off", "probot-default"] as Throttle[]) {
    const handled = new Map<string, number>();
    const fakes = benchBoards(repositories, topics);
    const { route, seen } = watched(benchTransport(fakes, handled), latencyMs);
    const probot = await benchInstance(route, undefined, throttle);
    const events = benchBurst(deliveries, repositories, `throttle-${throttle}`);
    const started = performance.now();
    await Promise.all(events.map((event) => probot.receive(event as never)));
    const seconds = (performance.now() - started) / 1000;
    const points = [...fakes.values()].reduce((sum, f) => sum + f.points, 0);
    console.log(
      `  ${throttle.padEnd(14)} ${seconds.toFixed(2).padStart(6)} s: ${(deliveries / seconds).toFixed(2).padStart(6)} deliveries/s; ${points} points; in flight at most ${seen.maxInFlight} requests (≤ 100), ${seen.maxWritesInFlight} writes (serially: 1) of ${seen.writes}; ${seen.content} content-creating (≤ 80 a minute)`,
    );
  }
}
