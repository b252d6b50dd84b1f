// Counters in fixed windows held in this process's memory: what the login rate limiter counts
// with while Redis is unreachable. Bounded: past `capacity` keys the oldest window is dropped
// first, so an attacker spraying addresses cannot grow it without end.
export class FixedWindowCounters {
  private readonly windows = new Map<string, { count: number; endsAt: number }>();

  constructor(
    private readonly capacity = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  increment(key: string, windowSeconds: number): number {
    const now = this.now();
    let window = this.live(key, now);
    if (!window) {
      this.evict();
      window = { count: 0, endsAt: now + windowSeconds * 1000 };
      this.windows.set(key, window);
    }
    window.count += 1;
    return window.count;
  }

  count(key: string): number {
    return this.live(key, this.now())?.count ?? 0;
  }

  // Whole seconds left in the key's window; 0 when it has none.
  secondsLeft(key: string): number {
    const window = this.live(key, this.now());
    return window ? Math.ceil((window.endsAt - this.now()) / 1000) : 0;
  }

  delete(key: string): void {
    this.windows.delete(key);
  }

  get size(): number {
    return this.windows.size;
  }

  private live(key: string, now: number): { count: number; endsAt: number } | undefined {
    const window = this.windows.get(key);
    if (window && window.endsAt <= now) {
      this.windows.delete(key);
      return undefined;
    }
    return window;
  }

  // Makes room for one more key. Maps iterate in insertion order: the first keys are the
  // oldest windows, so they go first.
  private evict(): void {
    for (const key of this.windows.keys()) {
      if (this.windows.size < this.capacity) return;
      this.windows.delete(key);
    }
  }
}
