import { levelOf } from './levels';
import { type Scanner, trimmed } from './scanner';
import { Days, readClock } from './time';
import { type LogLevel } from './types';

/** What an Android logcat prefix said; the reader refills one such object for every line. */
export interface LogcatPrefix {
  /** The prefix's own time ("MM-DD HH:MM:SS.mmm", year from the options), null when absent. */
  localTime: number | null;
  level: LogLevel | null;
  tag: string;
  tid: string | null;
}

const LOGCAT_LEVELS = 'VDIWEFA';

/**
 * Reads the prefixes logcat puts before a driver's own line, in the styles seen on registers:
 *   "MM-DD HH:MM:SS.mmm  PID  TID L tag: ..."           (threadtime)
 *   "MM-DD HH:MM:SS.mmm PID-TID/app L/tag: ..."         (Android Studio)
 *   "L/tag( PID): ..." and "L/tag: ..."                 (brief)
 *   "L: ..."                                            (bare, when allowed)
 * Logcat writes no year: defaultYear supplies it, and without one the prefix time is null.
 */
export class LogcatReader {
  readonly prefix: LogcatPrefix = { localTime: null, level: null, tag: '', tid: null };
  private readonly days = new Days();

  constructor(
    private readonly defaultYear: number | undefined,
    private readonly allowBare: boolean
  ) {}

  /** Reads the prefix at the scanner, leaving it at the text after; false (and no move) when there is none. */
  read(s: Scanner): boolean {
    const start = s.pos;
    this.prefix.localTime = null;
    this.prefix.tid = null;

    const timed = isDigit(s.peek());
    if ((timed && !this.readTime(s)) || !this.readTag(s, timed)) {
      s.pos = start;
      return false;
    }
    s.accept(' ');
    return true;
  }

  private readTime(s: Scanner): boolean {
    const month = s.digits(2);
    const day = s.accept('-') ? s.digits(2) : -1;
    const clock = s.spaces() > 0 ? readClock(s) : -1;
    if (month < 0 || day < 0 || clock < 0 || s.spaces() === 0) {
      return false;
    }

    const midnight = this.defaultYear === undefined ? NaN : this.days.ms(this.defaultYear, month, day);
    this.prefix.localTime = Number.isNaN(midnight) ? null : midnight + clock;
    return this.readIds(s);
  }

  /** "PID TID " or "PID-TID/app ". */
  private readIds(s: Scanner): boolean {
    if (s.number() < 0) {
      return false;
    }
    if (s.accept('-')) {
      this.prefix.tid = numberText(s);
      return this.prefix.tid !== null && s.accept('/') && s.word().length > 0 && s.spaces() > 0;
    }
    s.spaces();
    this.prefix.tid = numberText(s);
    return this.prefix.tid !== null && s.spaces() > 0;
  }

  private readTag(s: Scanner, timed: boolean): boolean {
    const letter = s.text.charAt(s.pos);
    if (letter === '' || !LOGCAT_LEVELS.includes(letter)) {
      return false;
    }
    s.pos++;
    this.prefix.level = levelOf(letter);

    if (s.accept('/')) {
      return this.readSlashTag(s);
    }
    if (timed && s.accept(' ')) {
      return this.readSpacedTag(s);
    }
    this.prefix.tag = '';
    return !timed && this.allowBare && s.accept(':');
  }

  /** "tag( PID):" or "tag:" after "L/". */
  private readSlashTag(s: Scanner): boolean {
    const start = s.pos;
    let code = s.peek();
    while (s.pos < s.text.length && code !== 40 && code !== 58 && code !== 32) {
      code = s.text.charCodeAt(++s.pos);
    }
    this.prefix.tag = s.text.slice(start, s.pos);
    if (s.accept('(')) {
      s.spaces();
      if (s.number() < 0 || !s.accept(')')) {
        return false;
      }
    }
    return this.prefix.tag.length > 0 && s.accept(':');
  }

  /** "tag: " after "L ", the tag padded with spaces before its colon. */
  private readSpacedTag(s: Scanner): boolean {
    const colon = s.text.indexOf(':', s.pos);
    if (colon < 0) {
      return false;
    }
    this.prefix.tag = trimmed(s.text, s.pos, colon);
    s.pos = colon + 1;
    return this.prefix.tag.length > 0;
  }
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function numberText(s: Scanner): string | null {
  const start = s.pos;
  return s.number() < 0 ? null : s.text.slice(start, s.pos);
}
