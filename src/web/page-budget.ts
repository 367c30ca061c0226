import { BoundedCache } from "./bounded-cache.js";

/**
 * How many of the pages' requests one signed-in person may make, on one instance: `perHour` in
 * an hour, of which a fifth at once (a burst), the rest as the hour goes by (a token bucket). A
 * page costs the app a few GitHub requests (the room about seven, most answered 304), all from
 * the installation's hourly allowance the whole group shares: without a bound, one person
 * reloading in a loop would spend it, and the board would stop following the repository.
 */
export class PageBudget {
  private readonly buckets: BoundedCache<{ tokens: number; at: number }>;
  private readonly burst: number;
  private readonly perMs: number;

  constructor(
    readonly perHour: number,
    private readonly now: () => number = Date.now,
  ) {
    this.burst = Math.max(1, Math.floor(perHour / 5));
    this.perMs = perHour / 3_600_000;
    // A bucket left alone for the time it takes to fill is as good as a new one: forgotten then.
    this.buckets = new BoundedCache(10_000, Math.ceil(this.burst / this.perMs), now);
  }

  /**
   * Takes one request from the person's budget: undefined when it is within it, else how many
   * seconds until the next one is.
   */
  take(login: string): number | undefined {
    const key = login.toLowerCase();
    const at = this.now();
    const last = this.buckets.get(key);
    const tokens = last
      ? Math.min(this.burst, last.tokens + (at - last.at) * this.perMs)
      : this.burst;
    if (tokens < 1) {
      this.buckets.set(key, { tokens, at });
      return Math.ceil((1 - tokens) / this.perMs / 1000);
    }
    this.buckets.set(key, { tokens: tokens - 1, at });
    return undefined;
  }
}
