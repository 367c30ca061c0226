import { afterEach, describe, expect, it, vi } from "vitest";
import { memoryCoordination } from "../../src/coordination/memory.js";

afterEach(() => {
  vi.useRealTimers();
});

describe("the memory adapter's timers", () => {
  it("runs a job due past Node's 24.8-day timer limit at its time, not when the first step ends", async () => {
    vi.useFakeTimers({ now: Date.parse("2026-12-01T00:00:00Z") });
    const coordination = memoryCoordination();
    const ran: string[] = [];
    coordination.timers.onDue(async (job) => {
      ran.push(new Date().toISOString());
      await Promise.resolve(job);
    });
    // A series' next opening, six weeks ahead.
    await coordination.timers.schedule({
      id: "series-1",
      at: "2027-01-12T00:00:00.000Z",
      data: {},
    });
    await vi.advanceTimersByTimeAsync(2 ** 31 - 1);
    expect(ran).toEqual([]);
    await vi.advanceTimersByTimeAsync(Date.parse("2027-01-12T00:00:00Z") - Date.now() - 1);
    expect(ran).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(ran).toEqual(["2027-01-12T00:00:00.000Z"]);
    await coordination.close();
  });

  it("tries a failing job 5 times, 5 s, 10 s, 20 s and 40 s apart, as the Redis adapter's queue does, then leaves it", async () => {
    vi.useFakeTimers({ now: Date.parse("2026-12-01T00:00:00Z") });
    const coordination = memoryCoordination();
    const tried: number[] = [];
    coordination.timers.onDue(async () => {
      tried.push(Date.now() - Date.parse("2026-12-01T00:00:00Z"));
      throw new Error("GitHub answered 502");
    });
    await coordination.timers.schedule({
      id: "timebox-1",
      at: "2026-12-01T00:00:00.000Z",
      data: {},
    });
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(tried).toEqual([0, 5_000, 15_000, 35_000, 75_000]);
    await coordination.close();
  });

  it("arms nothing once closed: neither the retry of a job that was running nor a job scheduled then", async () => {
    vi.useFakeTimers({ now: Date.parse("2026-12-01T00:00:00Z") });
    const coordination = memoryCoordination();
    const tried: string[] = [];
    let fail: (error: Error) => void = () => {};
    coordination.timers.onDue(async (job) => {
      tried.push(job.id);
      await new Promise((_, reject) => {
        fail = reject;
      });
    });
    await coordination.timers.schedule({
      id: "timebox-1",
      at: "2026-12-01T00:00:00.000Z",
      data: {},
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(tried).toEqual(["timebox-1"]);
    await coordination.close();
    fail(new Error("the fake GitHub has closed: ECONNREFUSED"));
    await coordination.timers.schedule({
      id: "timebox-2",
      at: "2026-12-01T00:00:01.000Z",
      data: {},
    });
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(tried).toEqual(["timebox-1"]);
  });

  it("arms nothing once closed, even when a job set again while it ran then failed: its retry takes the place of the one set, which close ends too", async () => {
    vi.useFakeTimers({ now: Date.parse("2026-12-01T00:00:00Z") });
    const coordination = memoryCoordination();
    const tried: number[] = [];
    let fail: (error: Error) => void = () => {};
    coordination.timers.onDue(async () => {
      tried.push(Date.now() - Date.parse("2026-12-01T00:00:00Z"));
      await new Promise((_, reject) => {
        fail = reject;
      });
    });
    const job = { id: "ballots-1", at: "2026-12-01T00:00:00.000Z", data: {} };
    await coordination.timers.schedule(job);
    await vi.advanceTimersByTimeAsync(0);
    expect(tried).toEqual([0]);
    // While it runs, the same timer is asked for again (a ballot's batch, the same slot).
    await coordination.timers.schedule({ ...job, at: "2026-12-01T00:00:02.000Z" });
    fail(new Error("GitHub answered 502"));
    await vi.advanceTimersByTimeAsync(0);
    await coordination.close();
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(tried).toEqual([0]);
  });
});
