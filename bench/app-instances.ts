import { type Coordination, memoryCoordination } from "../src/coordination/index.js";
import { redisCoordination } from "../src/coordination/redis.js";
import { startRedis } from "../test/helpers/redis.js";
import {
  benchBoards,
  benchBurst,
  benchInstance,
  benchTransport,
  foldedLog,
} from "./app-deliveries.js";

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};

/** The coordination, with what its lease costs a delivery beyond the work: wait, take, release. */
function timed(c: Coordination, samples: number[]): Coordination {
  return {
    ...c,
    exclusive: (key, work) => {
      const asked = performance.now();
      let working = 0;
      return c
        .exclusive(key, async (lease) => {
          const began = performance.now();
          try {
            return await work(lease);
          } finally {
            working = performance.now() - began;
          }
        })
        .finally(() => samples.push(performance.now() - asked - working));
    },
  };
}

/**
 * The existing app bench's burst (20 boards of 30 topics, a tenth redelivered) through 1, 2 and
 * 3 app instances sharing one real Redis (instances in this one process, each with its own Redis
 * connections, deliveries dealt to them in turn); then the lease's cost per delivery when nothing
 * else competes for it, Redis against memory.
 */
export async function benchInstances(deliveries = 300, repositories = 20): Promise<void> {
  const redis = await startRedis();
  try {
    for (const [n, throttle] of [
      [1, "shipped"],
      [1, "off"],
      [2, "off"],
      [3, "off"],
    ] as const) {
      redis.flush();
      const handled = new Map<string, number>();
      const route = benchTransport(benchBoards(repositories), handled);
      const coordinations = Array.from({ length: n }, () => redisCoordination({ url: redis.url }));
      const folded = new Set<string>();
      const instances = await Promise.all(
        coordinations.map((c) => benchInstance(route, c, throttle, foldedLog(folded))),
      );
      const events = benchBurst(deliveries, repositories, `n${n}-${throttle}`);
      const all = [...events, ...events.filter((_, i) => i % 10 === 0)];
      const started = performance.now();
      await Promise.all(all.map((e, i) => instances[i % n]?.receive(e as never)));
      const seconds = (performance.now() - started) / 1000;
      const once = events.filter((e) => handled.get(e.id) === 1).length;
      const twice = events.filter((e) => (handled.get(e.id) ?? 0) > 1).length;
      const foldedIn = events.filter((e) => !handled.has(e.id) && folded.has(e.id)).length;
      const lost = events.filter((e) => !handled.has(e.id) && !folded.has(e.id)).length;
      console.log(
        `app with Redis, ${n} instance${n > 1 ? "s" : ""}, throttling ${throttle}: ${deliveries} deliveries (+${all.length - deliveries} redelivered) across ${repositories} repositories in ${seconds.toFixed(2)} s: ${(deliveries / seconds).toFixed(0)} deliveries/s; recounted exactly once ${once}, folded into a later recount ${foldedIn}, twice ${twice}, lost ${lost}`,
      );
      await Promise.all(coordinations.map((c) => c.close()));
    }
    for (const [name, make] of [
      ["memory", () => memoryCoordination()],
      ["Redis", () => redisCoordination({ url: redis.url })],
    ] as const) {
      const samples: number[] = [];
      const coordination = make();
      const instance = await benchInstance(
        benchTransport(benchBoards(4), new Map()),
        timed(coordination, samples),
      );
      for (const event of benchBurst(200, 4, `lease-${name}`))
        await instance.receive(event as never);
      console.log(
        `  lease per delivery, uncontended (${name}): median ${quantile(samples, 0.5).toFixed(2)} ms, p95 ${quantile(samples, 0.95).toFixed(2)} ms (${samples.length} deliveries)`,
      );
      await coordination.close();
    }
  } finally {
    await redis.stop();
  }
}
