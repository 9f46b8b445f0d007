import { localToUtc } from '../../domain/time';

/** Zone offsets change only on quarter hours, so one conversion serves a whole quarter of an hour. */
const BUCKET_MS = 15 * 60_000;
const MAX_ENTRIES = 4096;

/**
 * Converts register wall-clock readings to instants, remembering the offset per quarter hour: the
 * zone lookup behind localToUtc costs microseconds, and a log has many lines per quarter hour.
 */
export class ZoneClock {
  private readonly offsets = new Map<number, number>();

  constructor(readonly timeZone: string) {}

  toUtc(localMs: number): number {
    const bucket = Math.floor(localMs / BUCKET_MS);
    let offset = this.offsets.get(bucket);
    if (offset === undefined) {
      offset = localToUtc(localMs, this.timeZone) - localMs;
      if (this.offsets.size >= MAX_ENTRIES) {
        this.offsets.clear();
      }
      this.offsets.set(bucket, offset);
    }
    return localMs + offset;
  }
}
