import { HOUR_MS, MINUTE_MS, utcToLocal } from '../domain/time';

/**
 * Converts instants (Unix time, ISO 8601 with an offset) to the wall clock of one zone. The zone offset is
 * looked up once per hour of input, not per line.
 */
export class WallClock {
  private hour = NaN;
  private offset = 0;

  constructor(private readonly timeZone: string | undefined) {}

  fromUtc(utcMs: number): number {
    if (!this.timeZone || this.timeZone === 'UTC') {
      return utcMs;
    }

    const hour = Math.floor(utcMs / HOUR_MS);
    if (hour !== this.hour) {
      this.hour = hour;
      this.offset = utcToLocal(hour * HOUR_MS, this.timeZone) - hour * HOUR_MS;
    }
    return utcMs + this.offset;
  }

  /** A wall-clock reading written with its own UTC offset (minutes), seen in this zone. */
  fromOffset(localMs: number, offsetMinutes: number): number {
    return this.fromUtc(localMs - offsetMinutes * MINUTE_MS);
  }
}
