import { type Clock } from './clock';

export interface LimiterOptions {
  /** Requests in flight at once with one token. */
  maxConcurrency: number;
  /** Requests started in any one-second window. */
  maxPerSecond: number;
  clock: Clock;
}

/** A granted request slot; release it when the response has been read. */
export interface Permit {
  /** Time spent waiting for the slot, ms. */
  readonly waitedMs: number;
  release(): void;
}

const WINDOW_MS = 1000;

/**
 * The limits of one OFD token: at most maxConcurrency requests in flight and at most maxPerSecond
 * started in any one-second window, and nothing at all while the operator has asked us to pause.
 * The window is a log of the last starts, so the ceiling holds for every window, not only on average.
 */
export class RequestLimiter {
  private inFlight = 0;
  private readonly waiting: Array<() => void> = [];
  private readonly starts: number[] = [];
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
    const started = clock.now();
    await this.concurrencySlot(signal);

    try {
      await this.rateSlot(signal);
    } catch (error) {
      this.release();
      throw error;
    }

    let released = false;
    return {
      waitedMs: clock.now() - started,
      release: () => {
        if (!released) {
          released = true;
          this.release();
        }
      },
    };
  }

  /** Holds every request until the instant given, e.g. after a Retry-After on a rate limit. */
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

  private async rateSlot(signal?: AbortSignal): Promise<void> {
    const { clock, maxPerSecond } = this.options;
    for (;;) {
      const now = clock.now();
      const oldest = this.starts.length < maxPerSecond ? -Infinity : this.starts[0];
      const at = Math.max(this.pausedUntil, oldest + WINDOW_MS);
      if (now >= at) {
        this.starts.push(now);
        if (this.starts.length > maxPerSecond) {
          this.starts.shift();
        }
        return;
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
