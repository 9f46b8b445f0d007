/**
 * Three clocks meet in this domain: the register's wall clock (no zone, and only minutes inside the FN),
 * the OFD's receive time in UTC, and ours. Wall-clock values travel as "local milliseconds": the
 * wall-clock reading written as if it were UTC, converted to a real instant only with the device's zone.
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** The FN stores year, month, day, hour and minute: no seconds. */
export const FN_CLOCK_PRECISION_MS = MINUTE_MS;

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    offsetFormatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Zones change offset only on quarter hours, so one lookup serves a whole quarter. */
const OFFSET_BUCKET_MS = 15 * MINUTE_MS;
const OFFSET_CACHE_LIMIT = 50_000;
const offsetCache = new Map<string, number>();

/** Offset of the zone from UTC at the given instant, in milliseconds (Moscow: +3 h). */
export function zoneOffsetMs(timeZone: string, utcMs: number): number {
  const bucket = Math.floor(utcMs / OFFSET_BUCKET_MS);
  const key = `${timeZone}|${bucket}`;
  let offset = offsetCache.get(key);
  if (offset === undefined) {
    // Intl lookups cost tens of microseconds; collectors convert every document time.
    offset = lookUpOffset(timeZone, bucket * OFFSET_BUCKET_MS);
    if (offsetCache.size >= OFFSET_CACHE_LIMIT) {
      offsetCache.clear();
    }
    offsetCache.set(key, offset);
  }
  return offset;
}

function lookUpOffset(timeZone: string, utcMs: number): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(utcMs));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/** Wall-clock reading in the zone to the instant it denotes. */
export function localToUtc(localMs: number, timeZone: string): number {
  // Two passes settle the offset across a DST change; Russian zones have had none since 2014.
  let utc = localMs - zoneOffsetMs(timeZone, localMs);
  utc = localMs - zoneOffsetMs(timeZone, utc);
  return utc;
}

export function utcToLocal(utcMs: number, timeZone: string): number {
  return utcMs + zoneOffsetMs(timeZone, utcMs);
}

/** Floors an instant to the FN's minute. */
export function toFnMinute(ms: number): number {
  return Math.floor(ms / FN_CLOCK_PRECISION_MS) * FN_CLOCK_PRECISION_MS;
}

/**
 * Whether an event seen with second precision (a log line, a POS record) can be the FN document stamped
 * with the given minute: the FN truncates, so 15:39:32 belongs to 15:39, never to 15:40.
 */
export function matchesFnMinute(eventUtcMs: number, fnUtcMs: number): boolean {
  return toFnMinute(eventUtcMs) === toFnMinute(fnUtcMs);
}

export function localMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  return Date.UTC(year, month - 1, day, hour, minute, second, ms);
}

export function isPlausibleDate(ms: number): boolean {
  // Online registers exist since 2016; anything before 2000 or far ahead is a placeholder or a broken clock.
  return Number.isFinite(ms) && ms >= Date.UTC(2000, 0, 1) && ms <= Date.UTC(2100, 0, 1);
}
