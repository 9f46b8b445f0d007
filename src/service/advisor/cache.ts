/**
 * Keeps the last answer for a while and computes at most one at a time: an advice over a month of
 * history takes a while, and every request in the meantime waits for the same one. A different key
 * (the configuration changed) or an expired answer starts afresh; a failure is not kept.
 */
export class SingleFlightCache<T> {
  private entry: { key: string; at: number; value: Promise<T> } | null = null;

  constructor(private readonly now: () => number = Date.now) {}

  get(key: string, ttlMs: number, refresh: boolean, compute: () => Promise<T>): Promise<T> {
    const entry = this.entry;
    if (entry && entry.key === key && !refresh && this.now() - entry.at < ttlMs) {
      return entry.value;
    }

    const value = compute();
    const fresh = { key, at: this.now(), value };
    this.entry = fresh;
    value.catch(() => {
      if (this.entry === fresh) {
        this.entry = null;
      }
    });
    return value;
  }
}
