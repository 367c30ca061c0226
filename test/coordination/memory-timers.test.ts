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
});
