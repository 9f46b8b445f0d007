import { Scanner } from './scanner';
import { Days, readFraction } from './time';
import { WallClock } from './wallClock';
import { type Parts, compose, newParts, readZone, resetParts } from './timeParts';
import { compileSteps, patternReader } from './timePattern';

/**
 * How the regex and jsonl formats read their time field (ParserOptions.timeFormat).
 *
 * Tokens: YYYY year, YY year 20YY, MM or M month, DD or D day, HH or H hour 0-23, hh or h hour 1-12 (with
 * A for AM/PM), mm minute, ss second, S (any count) fraction of a second of any precision, Z zone ("Z",
 * "+03:00" or "+0300"). Any other character stands for itself.
 * Presets: "iso" (ISO 8601, zone optional), "unix" (seconds), "unixms" (milliseconds), and "auto", the
 * default, which takes Unix numbers, ISO 8601, "DD.MM.YYYY HH:mm:ss" and "YYYY.MM.DD HH:mm:ss".
 * A time with a zone, or a Unix number, is an instant: it becomes the wall clock of ParserOptions.timeZone.
 */
export type TimeReader = (value: string | number) => number | null;

const AUTO_PATTERNS = ['DD.MM.YYYY HH:mm:ss', 'DD.MM.YYYY HH:mm:ss.S', 'YYYY.MM.DD HH:mm:ss', 'YYYY.MM.DD HH:mm:ss.S'];

/** Compiles a time format once per file; the reader it returns is called per line. */
export function compileTimeFormat(format = 'auto', timeZone?: string): TimeReader {
  const clock = new WallClock(timeZone);
  if (format === 'unix' || format === 'unixms') {
    const scale = format === 'unix' ? 1000 : 1;
    return (value) => unixTime(value, scale, clock);
  }
  if (format === 'iso') {
    return isoReader(clock);
  }
  if (format === 'auto') {
    return autoReader(clock);
  }
  return patternReader(compileSteps(format), clock);
}

/** Whether a format string is one compileTimeFormat understands; returns the problem, or null. */
export function checkTimeFormat(format: string): string | null {
  if (['auto', 'iso', 'unix', 'unixms'].includes(format)) {
    return null;
  }

  const fields = compileSteps(format).map((step) => step.field);
  if (!fields.includes('YYYY') && !fields.includes('YY')) {
    return `time format "${format}" has no year (YYYY or YY)`;
  }
  return fields.includes('H') || fields.includes('h') ? null : `time format "${format}" has no hour (HH or hh)`;
}

function unixTime(value: string | number, scale: number, clock: WallClock): number | null {
  const n = typeof value === 'number' ? value : /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : NaN;
  return Number.isFinite(n) ? clock.fromUtc(Math.floor(n * scale)) : null;
}

function isoReader(clock: WallClock): TimeReader {
  const s = new Scanner();
  const days = new Days();
  const parts = newParts();
  return (value) => {
    if (typeof value !== 'string') {
      return null;
    }
    resetParts(parts);
    return readIso(s.reset(value.trim()), parts) && s.done ? compose(parts, days, clock) : null;
  };
}

/** ISO 8601 as logs write it: "T" or a space, seconds and fraction optional, zone optional. */
function readIso(s: Scanner, parts: Parts): boolean {
  parts.year = s.digits(4);
  parts.month = s.accept('-') ? s.digits(2) : -1;
  parts.day = s.accept('-') ? s.digits(2) : -1;
  if (parts.year < 0 || parts.month < 0 || parts.day < 0) {
    return false;
  }
  if (s.done) {
    return true;
  }

  parts.hour = s.accept('T') || s.accept(' ') ? s.digits(2) : -1;
  parts.minute = s.accept(':') ? s.digits(2) : -1;
  if (parts.hour < 0 || parts.minute < 0) {
    return false;
  }
  if (s.accept(':')) {
    parts.second = s.digits(2);
    parts.ms = s.accept('.') || s.accept(',') ? readFraction(s) : 0;
  }
  return parts.second >= 0 && parts.ms >= 0 && (s.done || readZone(s, parts));
}

function autoReader(clock: WallClock): TimeReader {
  const readers = [isoReader(clock), ...AUTO_PATTERNS.map((p) => patternReader(compileSteps(p), clock))];
  return (value) => {
    if (typeof value === 'number' || /^\s*\d+(\.\d+)?\s*$/.test(value)) {
      const n = Number(value);
      return unixTime(n, n >= 1e11 ? 1 : 1000, clock);
    }
    for (const read of readers) {
      const ms = read(value);
      if (ms !== null) {
        return ms;
      }
    }
    return null;
  };
}
