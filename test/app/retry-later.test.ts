import { describe, expect, it } from "vitest";
import type { Env } from "../../src/app/env.js";
import { publishLater } from "../../src/app/retry-later.js";
import type { Coordination, TimerJob } from "../../src/coordination/port.js";

/** An env whose clock is fixed, and whose timers are only recorded. */
function fixedEnv(now: string) {
  const scheduled: TimerJob[] = [];
  const coordination = {
    timers: { schedule: async (job: TimerJob) => void scheduled.push(job) },
  } as unknown as Coordination;
  const env: Env = {
    octokit: {} as Env["octokit"],
    owner: "acme",
    repo: "topics",
    log: () => {},
    now: () => now,
    coordination,
    installation: 7,
  };
  return { env, scheduled };
}

describe("a retry's timer", () => {
  it("counts its backoff from the run's clock, not the machine's", async () => {
    const { env, scheduled } = fixedEnv("2026-03-02T10:00:00.000Z");
    await publishLater(env, 12);
    expect(scheduled).toHaveLength(1);
    // The first retry waits 15 s after the run's instant, whatever the machine's clock says.
    expect(scheduled[0]?.at).toBe("2026-03-02T10:00:15.000Z");
    expect(scheduled[0]?.data).toMatchObject({ kind: "retry-publish", issue: 12, attempt: 1 });
  });

  it("waits longer at each try", async () => {
    const { env, scheduled } = fixedEnv("2026-03-02T10:00:00.000Z");
    await publishLater(env, 12, 2);
    expect(scheduled[0]?.at).toBe("2026-03-02T10:01:00.000Z");
  });
});
