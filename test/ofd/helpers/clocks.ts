import { type Clock } from '../../../src/service/collectors/ofd/http/clock';

interface Sleeper {
  at: number;
  seq: number;
  resolve(): void;
}

const flush = async () => {
  for (let i = 0; i < 5; i++) {
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
};

/**
 * Virtual time: sleepers wake only when the test advances the clock, in the order of their deadlines.
 * For code that does no I/O, run() drives everything to the end without waiting for real time.
 */
export class ManualClock implements Clock {
  private current: number;
  private sleepers: Sleeper[] = [];
  private seq = 0;

  constructor(start = Date.UTC(2024, 0, 15, 9, 0)) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  elapsed(): number {
    return this.current;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const sleeper = { at: this.current + Math.max(0, ms), seq: this.seq++, resolve };
      this.sleepers.push(sleeper);
      signal?.addEventListener('abort', () => {
        this.sleepers = this.sleepers.filter((s) => s !== sleeper);
        reject(signal.reason);
      });
    });
  }

  /** Moves time forward, waking every sleeper whose deadline passes, in order. */
  async advance(ms: number): Promise<void> {
    const target = this.current + ms;
    await flush();
    for (let next = this.nextDue(target); next; next = this.nextDue(target)) {
      this.current = Math.max(this.current, next.at);
      this.sleepers = this.sleepers.filter((s) => s !== next);
      next.resolve();
      await flush();
    }
    this.current = target;
  }

  /** Runs until the promise settles, jumping from one deadline to the next. */
  async run<T>(promise: Promise<T>, limitMs = 24 * 3_600_000): Promise<T> {
    let settled = false;
    const watched = promise.finally(() => (settled = true));
    const end = this.current + limitMs;
    await flush();
    while (!settled && this.sleepers.length > 0 && this.current < end) {
      const next = this.earliest();
      await this.advance(Math.max(0, next.at - this.current));
    }
    return watched;
  }

  private earliest(): Sleeper {
    return this.sleepers.reduce((a, b) => (a.at < b.at || (a.at === b.at && a.seq < b.seq) ? a : b));
  }

  private nextDue(target: number): Sleeper | null {
    if (this.sleepers.length === 0) {
      return null;
    }
    const next = this.earliest();
    return next.at <= target ? next : null;
  }
}

/** A clock whose sleeps return at once but are recorded and move time on: for code that does real I/O. */
export class RecordingClock implements Clock {
  readonly sleeps: number[] = [];

  constructor(private current = Date.now()) {}

  now(): number {
    return this.current;
  }

  elapsed(): number {
    return this.current;
  }

  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.current += ms;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
