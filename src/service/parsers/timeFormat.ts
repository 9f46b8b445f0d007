import { KktError } from '../errors';
import { Scanner } from './scanner';
import { Days, readFraction } from './time';
import { WallClock } from './wallClock';
import { type Parts, compose, newParts, readZone, resetParts } from './timeParts';
import { type Field, compileSteps, patternReader } from './timePattern';

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

/** What timeFormat accepts, for messages that refuse a format. */
const TIME_FORMAT_HELP =
  'accepted: auto, iso, unix, unixms, or a pattern of the tokens YYYY YY MM M DD D HH H hh h mm ss S A Z ' +
  '(any other character stands for itself), such as DD.MM.YYYY HH:mm:ss';

const PRESETS = ['auto', 'iso', 'unix', 'unixms'];

const MEANING: Readonly<Record<Field, string>> = {
  YYYY: 'year',
  YY: 'year',
  M: 'month',
  D: 'day',
  H: 'hour',
  h: 'hour',
  m: 'minute',
  s: 'second',
  S: 'fraction of a second',
  A: 'AM/PM',
  Z: 'zone',
};

/** What every pattern reads, with the tokens that read it. */
const REQUIRED: ReadonlyArray<[string, string]> = [
  ['year', 'YYYY or YY'],
  ['month', 'MM or M'],
  ['day', 'DD or D'],
  ['hour', 'HH or hh'],
];

/** Whether a format string is one compileTimeFormat reads sensibly; returns the problem, or null. */
export function checkTimeFormat(format: string): string | null {
  if (PRESETS.includes(format)) {
    return null;
  }

  const problem = patternProblem(compileSteps(format).flatMap((step) => (step.field ? [step.field] : [])));
  return problem ? `"${format}" ${problem}; ${TIME_FORMAT_HELP}` : null;
}

function patternProblem(fields: Field[]): string | null {
  const meanings = fields.map((field) => MEANING[field]);
  const twice = meanings.find((meaning, i) => meanings.indexOf(meaning) !== i);
  if (twice) {
    // "HH:MM:SS" is the usual slip: MM is the month.
    return `reads the ${twice} twice${twice === 'month' ? ' (MM is the month, mm the minute)' : ''}`;
  }

  const missing = REQUIRED.find(([meaning]) => !meanings.includes(meaning));
  if (missing) {
    return `has no ${missing[0]} (${missing[1]})`;
  }
  if (fields.includes('h') !== fields.includes('A')) {
    return fields.includes('A')
      ? 'has A (AM/PM) with HH: write hh'
      : 'has hh (1-12) without A (AM/PM): write HH or add A';
  }
  return null;
}

/**
 * A reader for a configured time format.
 * @throws KktError CONFIG_INVALID when the format is not one checkTimeFormat accepts
 */
export function configuredTimeReader(format: string | undefined, timeZone?: string): TimeReader {
  const problem = format === undefined ? null : checkTimeFormat(format);
  if (problem) {
    throw new KktError('CONFIG_INVALID', `timeFormat ${problem}`);
  }
  return compileTimeFormat(format, timeZone);
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
