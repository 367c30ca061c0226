/**
 * A map of at most `size` entries, each kept `ttlMs` at most: the least recently used goes first
 * when it is full. Whatever a visitor's requests can add to (their login, a repository, an issue
 * number) is remembered here, never in a plain Map that grows with every new key. (The pattern of
 * the memory coordination's cache; the `lru-cache` package is not a dependency for these lines.)
 */
export class BoundedCache<V> {
  private readonly entries = new Map<string, { value: V; until: number }>();

  constructor(
    private readonly size: number,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.until <= this.now()) return undefined;
    // Used now: it moves to the end, the last to be evicted.
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { value, until: this.now() + this.ttlMs });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.size) break;
      this.entries.delete(oldest);
    }
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  get count(): number {
    return this.entries.size;
  }
}
