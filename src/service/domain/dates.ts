import { isPlausibleDate, localMs, localToUtc } from './time';

/**
 * A time as an operator wrote it. "local" is a register's wall-clock reading with no zone (written as if
 * it were UTC, see time.ts); "utc" is an instant. Only the device's zone turns the first into the second.
 */
export interface SourceTime {
  readonly zone: 'local' | 'utc';
  readonly ms: number;
}

/** What a value without a zone means in a given field: the register's clock, or UTC (`...Utc` fields, Taxcom). */
export type NaiveZone = SourceTime['zone'];

const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,7}))?)?(Z|[+-]\d{2}:?\d{2})?$/i;
const DOTTED = /^(\d{4})\.(\d{2})\.(\d{2})(?: (\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?$/;
const RUSSIAN = /^(\d{2})\.(\d{2})\.(\d{4})(?: (\d{2}):(\d{2})(?::(\d{2}))?)?$/;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses every date form the operators use: ISO with or without a zone (seconds optional), `yyyy.MM.dd
 * HH:mm:ss.SSS`, `Y-m-d H:i:s`, `dd.MM.yyyy`, Unix seconds or milliseconds, and Mongo-style `{"$date": ms}`.
 * Zero, empty and placeholder values (year 1, 1970) are unknown: null.
 */
export function parseSourceTime(value: unknown, naive: NaiveZone): SourceTime | null {
  if (typeof value === 'number') {
    return fromEpoch(value, naive);
  }
  if (isMongoDate(value)) {
    return fromEpoch(value.$date, 'utc');
  }
  if (typeof value !== 'string') {
    return null;
  }
  return fromText(value.trim(), naive);
}

/** Unix seconds that encode a register's wall clock (tag 1012 in the FN, Saby's `dateTime`). */
export function parseWallClockSeconds(value: unknown): SourceTime | null {
  const seconds = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  return typeof seconds === 'number' && Number.isFinite(seconds) ? plausible('local', seconds * 1000) : null;
}

/** The instant a source time denotes, reading wall-clock values in the register's zone. */
export function instantOf(time: SourceTime | null, timeZone: string): number | null {
  if (time === null) {
    return null;
  }
  return time.zone === 'utc' ? time.ms : localToUtc(time.ms, timeZone);
}

function fromEpoch(value: number, naive: NaiveZone): SourceTime | null {
  if (!Number.isFinite(value) || value <= 0) {
    return null;
  }
  // Seconds stay below 1e11 until the year 5138; milliseconds pass it in 1973.
  return plausible(naive, value < 1e11 ? value * 1000 : value);
}

function fromText(text: string, naive: NaiveZone): SourceTime | null {
  if (/^\d+$/.test(text)) {
    return fromEpoch(Number(text), naive);
  }

  const iso = ISO.exec(text);
  if (iso) {
    const wall = wallClock(iso[1], iso[2], iso[3], iso[4], iso[5], iso[6], iso[7]);
    return wall === null ? null : withZone(wall, iso[8], naive);
  }

  const dotted = DOTTED.exec(text);
  if (dotted) {
    return asZone(wallClock(dotted[1], dotted[2], dotted[3], dotted[4], dotted[5], dotted[6], dotted[7]), naive);
  }

  const russian = RUSSIAN.exec(text);
  if (russian) {
    return asZone(wallClock(russian[3], russian[2], russian[1], russian[4], russian[5], russian[6]), naive);
  }

  const date = DATE_ONLY.exec(text);
  return date ? asZone(wallClock(date[1], date[2], date[3]), naive) : null;
}

function withZone(wall: number, zone: string | undefined, naive: NaiveZone): SourceTime | null {
  if (zone === undefined) {
    return plausible(naive, wall);
  }
  if (zone.toUpperCase() === 'Z') {
    return plausible('utc', wall);
  }

  const digits = zone.replace(':', '');
  const sign = digits.startsWith('-') ? -1 : 1;
  const offsetMs = sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5))) * 60_000;
  return plausible('utc', wall - offsetMs);
}

function asZone(wall: number | null, zone: NaiveZone): SourceTime | null {
  return wall === null ? null : plausible(zone, wall);
}

function plausible(zone: NaiveZone, ms: number): SourceTime | null {
  return isPlausibleDate(ms) ? { zone, ms } : null;
}

/** A wall-clock reading from text fields, or null when a field is out of range (month 13, hour 25). */
function wallClock(...fields: Array<string | undefined>): number | null {
  const [year, month, day, hour = 0, minute = 0, second = 0] = fields.slice(0, 6).map((f) => Number(f ?? 0));
  const fraction = fields[6] ? Number(`0.${fields[6]}`) * 1000 : 0;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) {
    return null;
  }

  const ms = localMs(year, month, day, hour, minute, second, Math.floor(fraction));
  // Date.UTC rolls 31 April over to 1 May; a reading that does not survive the round trip is malformed.
  return new Date(ms).getUTCDate() === day ? ms : null;
}

function isMongoDate(value: unknown): value is { $date: number } {
  return typeof value === 'object' && value !== null && typeof (value as { $date?: unknown }).$date === 'number';
}
