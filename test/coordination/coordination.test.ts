import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Coordination,
  CoordinationError,
  memoryCoordination,
  type TimerJob,
} from "../../src/coordination/index.js";
import { redisCoordination } from "../../src/coordination/redis.js";
import { type RedisServer, startRedis } from "../helpers/redis.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What every adapter promises, asserted alike on each. */
function contract(name: string, make: () => Coordination, extra?: () => void) {
  describe(name, () => {
    let c: Coordination;
    beforeAll(() => {
      c = make();
    });
    afterAll(async () => {
      await c.close();
    });

    it("runs one key's work one at a time, other keys alongside, with growing tokens", async () => {
      const log: string[] = [];
      const tokens: number[] = [];
      const work = (key: string, label: string) =>
        c.exclusive(key, async (lease) => {
          tokens.push(lease.token);
          log.push(`${label} in`);
          await sleep(50);
          log.push(`${label} out`);
        });
      await Promise.all([work("a/b", "1"), work("a/b", "2"), work("a/b", "3")]);
      for (let i = 0; i < log.length; i += 2)
        expect(log[i]?.replace(" in", "")).toBe(log[i + 1]?.replace(" out", ""));
      expect([...tokens].sort((x, y) => x - y)).toEqual(tokens);
      // Other keys alongside: both are in before either is out (whatever the machine's load).
      log.length = 0;
      await Promise.all([work("k/1", "x"), work("k/2", "y")]);
      expect(log.slice(0, 2).sort()).toEqual(["x in", "y in"]);
    });

    it("releases the lease when the work fails", async () => {
      await expect(
        c.exclusive("fail/1", async () => {
          throw new Error("boom");
        }),
      ).rejects.toThrow("boom");
      expect(await c.exclusive("fail/1", async () => "after")).toBe("after");
    });

    it("remembers delivery ids marked done, and only those", async () => {
      expect(await c.deliveries.done("d-1")).toBe(false);
      await c.deliveries.markDone("d-1");
      expect(await c.deliveries.done("d-1")).toBe(true);
      expect(await c.deliveries.done("d-2")).toBe(false);
    });

    it("caches JSON by scope and key, and forgets a whole scope at once", async () => {
      await c.cache.set("config:7", "acme/board", { votes: { perPerson: 3 } }, 60);
      await c.cache.set("config:8", "other/board", [1], 60);
      expect(await c.cache.get("config:7", "acme/board")).toEqual({ votes: { perPerson: 3 } });
      await c.cache.invalidate("config:7");
      expect(await c.cache.get("config:7", "acme/board")).toBeUndefined();
      expect(await c.cache.get("config:8", "other/board")).toEqual([1]);
    });

    it("runs a timer once when it is due, however often it is scheduled", async () => {
      const ran: TimerJob[] = [];
      c.timers.onDue(async (job) => {
        ran.push(job);
      });
      const job = {
        id: `t-${name}-1`,
        at: new Date(Date.now() + 300).toISOString(),
        data: { n: 1 },
      };
      await c.timers.schedule(job);
      await c.timers.schedule(job);
      await sleep(150);
      expect(ran).toEqual([]);
      for (let i = 0; i < 30 && ran.length === 0; i++) await sleep(100);
      await sleep(300);
      expect(ran.map((j) => j.data)).toEqual([{ n: 1 }]);
      await c.timers.schedule(job);
      await sleep(400);
      expect(ran).toHaveLength(1);
    });

    it("publishes events to every subscriber of the channel", async () => {
      const got: string[] = [];
      const stop = await c.events.subscribe("room:1", (m) => got.push(m));
      await c.events.publish("room:1", "changed");
      await c.events.publish("room:2", "elsewhere");
      for (let i = 0; i < 20 && got.length === 0; i++) await sleep(25);
      await stop();
      await c.events.publish("room:1", "after");
      await sleep(100);
      expect(got).toEqual(["changed"]);
    });
    extra?.();
  });
}

contract("memory", () => memoryCoordination());

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedis();
}, 20_000);
afterAll(async () => {
  await redis?.stop();
});

contract(
  "Redis",
  () => redisCoordination({ url: redis.url, leaseMs: 1_000, waitMs: 5_000 }),
  () => {
    it("shares leases across connections, and a dead holder's lease expires", async () => {
      const a = redisCoordination({ url: redis.url, leaseMs: 1_000, waitMs: 5_000 });
      const b = redisCoordination({ url: redis.url, leaseMs: 1_000, waitMs: 5_000 });
      await sleep(200);
      const order: string[] = [];
      let release!: () => void;
      const holding = a.exclusive("shared/1", async () => {
        order.push("a in");
        await new Promise<void>((r) => {
          release = r;
        });
        order.push("a out");
      });
      await sleep(100);
      const waiting = b.exclusive("shared/1", async (lease) => {
        order.push("b in");
        return lease.token;
      });
      await sleep(1_500); // longer than the lease: a's lease is renewed while it works
      expect(order).toEqual(["a in"]);
      release();
      await holding;
      await waiting;
      expect(order).toEqual(["a in", "a out", "b in"]);

      // A holder that stops renewing (its process died) loses the lease when it expires.
      const { Redis } = await import("ioredis");
      const raw = new Redis(redis.url);
      await raw.set("roundtable:lock:shared/2", "dead-holder", "PX", 800);
      const started = Date.now();
      await b.exclusive("shared/2", async () => undefined);
      expect(Date.now() - started).toBeGreaterThan(500);
      await raw.quit();
      await a.close();
      await b.close();
    });

    it("gives up waiting with a CoordinationError, and reports Redis unreachable", async () => {
      const c = redisCoordination({ url: redis.url, leaseMs: 5_000, waitMs: 400 });
      const d = redisCoordination({ url: redis.url, leaseMs: 5_000, waitMs: 400 });
      await sleep(200);
      let release!: () => void;
      const holding = c.exclusive("busy/1", () => new Promise<void>((r) => (release = r)));
      await sleep(50);
      await expect(d.exclusive("busy/1", async () => undefined)).rejects.toBeInstanceOf(
        CoordinationError,
      );
      release();
      await holding;
      await c.close();
      await d.close();
      const gone = redisCoordination({ url: "redis://127.0.0.1:1", waitMs: 200 });
      await sleep(200);
      expect(await gone.health()).toMatchObject({ backend: "redis", reachable: false });
      await expect(gone.exclusive("x/y", async () => undefined)).rejects.toBeInstanceOf(
        CoordinationError,
      );
      await gone.close();
    });
  },
);

// After the contract's Redis adapter is closed: its worker would take the job this test fails.
describe("Redis timers", () => {
  it("sets a timer again whose job failed every attempt: asked for again, its work is tried again", async () => {
    const c = redisCoordination({ url: redis.url, leaseMs: 1_000, waitMs: 5_000 });
    const ran: string[] = [];
    c.timers.onDue(async (job) => {
      ran.push(job.id);
      if (ran.length === 1) throw new Error("GitHub is not answering");
    });
    // A job left failed for good, as after its five attempts (here: one), kept a week.
    const { Redis } = await import("ioredis");
    const { Queue } = await import("bullmq");
    const queue = new Queue("timers", {
      connection: new Redis(redis.url, { maxRetriesPerRequest: null }),
      prefix: "roundtable",
    });
    const job = { id: "series-failed-for-good", at: new Date().toISOString(), data: {} };
    await queue.add("timer", job, { jobId: job.id, attempts: 1, removeOnFail: { age: 604_800 } });
    for (let i = 0; i < 50 && !(await (await queue.getJob(job.id))?.isFailed()); i++)
      await sleep(100);
    expect([ran, await (await queue.getJob(job.id))?.getState()]).toEqual([[job.id], "failed"]);
    await c.timers.schedule(job);
    for (let i = 0; i < 50 && ran.length < 2; i++) await sleep(100);
    expect(ran).toEqual([job.id, job.id]);
    await queue.close();
    await c.close();
  });
});
