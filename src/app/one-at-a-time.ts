/**
 * Runs work for one key (a repository) one piece at a time, in arrival order, while work for other
 * keys runs alongside. Two deliveries for the same board never interleave their reads and writes.
 */
export class OneAtATime {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(work, work);
    const tail = next.catch(() => undefined);
    this.tails.set(key, tail);
    // Forget a key once its queue drains, so the map does not grow with every repository seen.
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }
}

/** Remembers the last `size` delivery ids, so a redelivered event is handled once. */
export class RecentDeliveries {
  private readonly ids = new Set<string>();

  constructor(private readonly size = 1000) {}

  /** Forgets an id whose work failed: GitHub's redelivery of it is then handled. */
  forget(id: string): void {
    this.ids.delete(id);
  }

  /** True the first time an id is seen. */
  firstTime(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.size) {
      const oldest = this.ids.values().next().value;
      if (oldest !== undefined) this.ids.delete(oldest);
    }
    return true;
  }
}
