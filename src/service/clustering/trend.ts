/** Counts per hour for the last seven days: the sparkline of a cluster, in a fixed-size ring. */
export const TREND_INTERVAL_MS = 3_600_000;
export const TREND_BUCKETS = 168;

export interface TrendState {
  /** Index (time / interval) of the newest bucket, or null before the first event. */
  newest: number | null;
  /** Counts, oldest first, ending at `newest`. */
  counts: number[];
}

export class Trend {
  private readonly ring = new Float64Array(TREND_BUCKETS);
  private newest: number | null = null;

  /** Counts an event; one older than the ring's reach is left out of the trend (not of the totals). */
  add(time: number, count = 1): void {
    const index = Math.floor(time / TREND_INTERVAL_MS);
    if (this.newest === null || index > this.newest) {
      this.advance(index);
    }
    if (this.newest !== null && index > this.newest - TREND_BUCKETS) {
      this.ring[slot(index)] += count;
    }
  }

  merge(other: Trend): void {
    addState(this, other.toState());
  }

  /** The buckets of the window ending with the interval that holds `end`. */
  window(end: number): { start: number; counts: number[] } {
    const last = Math.floor(end / TREND_INTERVAL_MS);
    const counts: number[] = [];
    for (let index = last - TREND_BUCKETS + 1; index <= last; index++) {
      counts.push(this.countAt(index));
    }
    return { start: (last - TREND_BUCKETS + 1) * TREND_INTERVAL_MS, counts };
  }

  toState(): TrendState {
    if (this.newest === null) {
      return { newest: null, counts: [] };
    }
    return { newest: this.newest, counts: this.window(this.newest * TREND_INTERVAL_MS).counts };
  }

  static fromState(state: TrendState): Trend {
    const trend = new Trend();
    addState(trend, state);
    return trend;
  }

  private countAt(index: number): number {
    if (this.newest === null || index > this.newest || index <= this.newest - TREND_BUCKETS) {
      return 0;
    }
    return this.ring[slot(index)];
  }

  private advance(index: number): void {
    const from = this.newest === null ? index - TREND_BUCKETS : this.newest;
    for (let i = Math.max(from + 1, index - TREND_BUCKETS + 1); i <= index; i++) {
      this.ring[slot(i)] = 0;
    }
    this.newest = index;
  }
}

function addState(trend: Trend, { newest, counts }: TrendState): void {
  if (newest === null) {
    return;
  }
  const first = newest - counts.length + 1;
  counts.forEach((count, i) => count > 0 && trend.add((first + i) * TREND_INTERVAL_MS, count));
}

function slot(index: number): number {
  return ((index % TREND_BUCKETS) + TREND_BUCKETS) % TREND_BUCKETS;
}
