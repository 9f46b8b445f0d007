import { isKktError } from '../errors';
import { type Logger } from '../logger';
import { type SelfMetrics } from '../exporter/selfMetrics';

/**
 * The contract every collector keeps: run() does one round of collection (one pass over the log files,
 * one poll of an OFD account) and resolves when it is done. The runner schedules rounds, never overlaps
 * them, and records each round's duration and success.
 */
export interface Collector {
  readonly name: string;
  /** Pause between the end of one round and the start of the next, ms. */
  readonly interval: number;
  run(signal: AbortSignal): Promise<void>;
  /** Releases files and connections; pending work is flushed first. */
  close?(): Promise<void>;
}

export class CollectorRunner {
  private readonly controller = new AbortController();
  private readonly rounds = new Map<string, Promise<void>>();
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly logger: Logger,
    private readonly metrics: SelfMetrics
  ) {}

  start(collectors: readonly Collector[]): void {
    for (const collector of collectors) {
      this.schedule(collector, 0);
    }
  }

  /** Runs one round now, outside the schedule; tests and the CLI use it. */
  async runOnce(collector: Collector): Promise<boolean> {
    return this.round(collector, this.logger.child({ collector: collector.name }));
  }

  async stop(collectors: readonly Collector[]): Promise<void> {
    this.controller.abort();
    for (const timer of this.timers.values()) {
      clearTimeout(timer);
    }
    await Promise.allSettled(this.rounds.values());
    await Promise.allSettled(collectors.map((c) => c.close?.()));
  }

  private schedule(collector: Collector, delay: number): void {
    if (this.controller.signal.aborted) {
      return;
    }

    const log = this.logger.child({ collector: collector.name });
    const timer = setTimeout(() => {
      const round = this.round(collector, log).then(() => {
        this.rounds.delete(collector.name);
        this.schedule(collector, collector.interval);
      });
      this.rounds.set(collector.name, round);
    }, delay);
    timer.unref();
    this.timers.set(collector.name, timer);
  }

  private async round(collector: Collector, log: Logger): Promise<boolean> {
    const labels = { collector: collector.name };
    const started = performance.now();
    let ok = true;
    try {
      await collector.run(this.controller.signal);
    } catch (error) {
      ok = false;
      this.logFailure(log, error);
    }

    const seconds = (performance.now() - started) / 1000;
    this.metrics.collectorDuration.set(labels, seconds);
    this.metrics.collectorSuccess.set(labels, ok ? 1 : 0);
    if (ok) {
      this.metrics.collectorLastSuccess.set(labels, Date.now() / 1000);
    }
    log.debug({ seconds, ok }, 'collection round done');
    return ok;
  }

  /** A failure outside the service (an OFD down, a file unreadable) is expected: a warning with its code, no stack. */
  private logFailure(log: Logger, error: unknown): void {
    if (this.controller.signal.aborted) {
      log.debug({ reason: describe(error) }, 'collection round stopped by the shutdown');
    } else if (isKktError(error) && error.source !== 'internal') {
      log.warn({ code: error.code, ...error.details }, `collection round failed: ${error.message}`);
    } else {
      log.error({ err: error }, 'collection round failed');
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
