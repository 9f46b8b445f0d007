import { type Scanner } from './scanner';

/**
 * Reading times from log lines. Everything returns local milliseconds (the wall-clock reading written as
 * if UTC), or -1 / null when the text is not a time, so a broken clock never becomes a made-up instant.
 */

/** Reads "HH:MM:SS" with an optional ".fraction" or ",fraction"; ms since midnight, -1 when malformed. */
export function readClock(s: Scanner): number {
  const seconds = readSeconds(s);
  return seconds < 0 ? -1 : seconds + readMillis(s);
}

/** Reads "HH:MM:SS"; ms since midnight, -1 (and no move) when malformed. */
function readSeconds(s: Scanner): number {
  const start = s.pos;
  const hour = s.digits(2);
  const minute = s.accept(':') ? s.digits(2) : -1;
  const second = s.accept(':') ? s.digits(2) : -1;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) {
    s.pos = start;
    return -1;
  }
  return ((hour * 60 + minute) * 60 + second) * 1000;
}

/** Reads an optional ".fraction" or ",fraction" as whole milliseconds; 0 when there is none. */
function readMillis(s: Scanner): number {
  return s.accept('.') || s.accept(',') ? Math.max(readFraction(s), 0) : 0;
}

/** Reads the digits of a fraction of a second (any precision) as whole milliseconds; -1 when none. */
export function readFraction(s: Scanner): number {
  const start = s.pos;
  let value = 0;
  let scale = 100;
  let code = s.peek();
  while (code >= 48 && code <= 57) {
    value += (code - 48) * scale;
    scale /= 10;
    code = s.text.charCodeAt(++s.pos);
  }
  return s.pos === start ? -1 : Math.floor(value);
}

/** Midnight of a calendar day as local ms, remembering the last day asked for: lines come in runs. */
export class Days {
  private key = -1;
  private value = 0;

  /** NaN when the date does not exist. */
  ms(year: number, month: number, day: number): number {
    const key = (year * 100 + month) * 100 + day;
    if (key !== this.key) {
      this.key = key;
      this.value = isDate(year, month, day) ? Date.UTC(year, month - 1, day) : NaN;
    }
    return this.value;
  }
}

function isDate(year: number, month: number, day: number): boolean {
  if (year < 1970 || month < 1 || month > 12 || day < 1) {
    return false;
  }
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Date orders of the driver logs: 2023.11.22 (ATOL), 2021-06-17 (fr_drv_ng), 18.06.2024 (DrvFR). */
export type DateOrder = 'ymd' | 'dmy';

/**
 * Reads a date in one order, with "." "-" or "/" between its parts, then "T" or spaces, then the clock.
 * Lines come in bursts within one second, so the last second read is remembered as written and, when the
 * next line starts with it, only the fraction is new.
 */
export class DateTimes {
  private readonly days = new Days();
  private second = '';
  private secondMs = 0;

  constructor(private readonly order: DateOrder) {}

  /** Local ms, or -1 (with the scanner back where it was) when the text there is no such time. */
  read(s: Scanner): number {
    const start = s.pos;
    if (this.second !== '' && s.text.startsWith(this.second, start)) {
      s.pos = start + this.second.length;
      return this.secondMs + readMillis(s);
    }

    const day = this.order === 'ymd' ? readYmd(s, this.days) : readDmy(s, this.days);
    const gap = s.accept('T') ? 1 : s.spaces();
    const seconds = gap > 0 && day >= 0 ? readSeconds(s) : -1;
    if (seconds < 0) {
      s.pos = start;
      return -1;
    }

    this.second = s.text.slice(start, s.pos);
    this.secondMs = day + seconds;
    return this.secondMs + readMillis(s);
  }
}

function readYmd(s: Scanner, days: Days): number {
  const year = s.digits(4);
  const month = separator(s) ? s.digits(2) : -1;
  const day = separator(s) ? s.digits(2) : -1;
  return dayOrMinus(days, year, month, day);
}

function readDmy(s: Scanner, days: Days): number {
  const day = s.digits(2);
  const month = separator(s) ? s.digits(2) : -1;
  const year = separator(s) ? s.digits(4) : -1;
  return dayOrMinus(days, year, month, day);
}

function separator(s: Scanner): boolean {
  return s.accept('.') || s.accept('-') || s.accept('/');
}

function dayOrMinus(days: Days, year: number, month: number, day: number): number {
  if (year < 0 || month < 0 || day < 0) {
    return -1;
  }
  const ms = days.ms(year, month, day);
  return Number.isNaN(ms) ? -1 : ms;
}
