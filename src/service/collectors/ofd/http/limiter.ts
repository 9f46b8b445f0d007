import { type Clock } from './clock';

export interface LimiterOptions {
  /** Requests in flight at once with one token. */
  maxConcurrency: number;
  /** Requests started in any one-second window. */
  maxPerSecond: number;
  clock: Clock;
  /** Told each moment a request goes out, as the limiter counts it (tracing, benchmarks). */
  onSend?(at: number): void;
}

/** A granted request slot; release it when the response has been read. */
export interface Permit {
  /** Time spent waiting for the slot, ms. */
  readonly waitedMs: number;
  /** Records the moment the request really goes out, which other work may have delayed after the grant. */
  markSent(): void;
  release(): void;
}

/** A second, and a little more: the operator sees our starts a little later or earlier than we make them. */
const WINDOW_MS = 1005;

/**
 * The limits of one OFD token: at most maxConcurrency requests in flight and at most maxPerSecond
 * started in any one-second window, and nothing at all while the operator has asked us to pause.
 * The window is a log of the last starts, so the ceiling holds for every window, not only on average.
 */
export class RequestLimiter {
  private inFlight = 0;
  private readonly waiting: Array<() => void> = [];
  private readonly starts: Array<{ at: number }> = [];
  private pausedUntil = 0;

  constructor(private readonly options: LimiterOptions) {}

  get maxConcurrency(): number {
    return this.options.maxConcurrency;
  }

  get active(): number {
    return this.inFlight;
  }

  /** Waits for a free slot under both limits. */
  async acquire(signal?: AbortSignal): Promise<Permit> {
    const { clock } = this.options;
    const started = clock.elapsed();
    await this.concurrencySlot(signal);

    let entry: { at: number };
    try {
      entry = await this.rateSlot(signal);
    } catch (error) {
      this.release();
      throw error;
    }

    let released = false;
    return {
      waitedMs: clock.elapsed() - started,
      markSent: () => {
        entry.at = Math.max(entry.at, clock.elapsed());
        this.options.onSend?.(entry.at);
      },
      release: () => {
        if (!released) {
          released = true;
          this.release();
        }
      },
    };
  }

  /** Holds every request until the given clock.elapsed() instant, e.g. after a Retry-After on a rate limit. */
  pause(untilMs: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, untilMs);
  }

  private concurrencySlot(signal?: AbortSignal): Promise<void> {
    if (this.inFlight < this.options.maxConcurrency) {
      this.inFlight++;
      return Promise.resolve();
    }

    return new Promise<void>((resolve, reject) => {
      const grant = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      const onAbort = () => {
        const index = this.waiting.indexOf(grant);
        if (index !== -1) {
          this.waiting.splice(index, 1);
        }
        reject(signal?.reason);
      };
      this.waiting.push(grant);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  private async rateSlot(signal?: AbortSignal): Promise<{ at: number }> {
    const { clock, maxPerSecond } = this.options;
    for (;;) {
      const now = clock.elapsed();
      const oldest = this.starts.length < maxPerSecond ? -Infinity : this.starts[0].at;
      const at = Math.max(this.pausedUntil, oldest + WINDOW_MS);
      if (now >= at) {
        const entry = { at: now };
        this.starts.push(entry);
        if (this.starts.length > maxPerSecond) {
          this.starts.shift();
        }
        return entry;
      }
      await clock.sleep(at - now, signal);
    }
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) {
      // The slot passes straight to the next waiter, so inFlight stays the same.
      next();
    } else {
      this.inFlight--;
    }
  }
}
