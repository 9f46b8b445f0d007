import { DAY_MS, HOUR_MS } from '../domain/time';
import { type FormatRules, newRecord } from './engine';
import { levelOf } from './levels';
import { LogcatReader } from './logcat';
import { Scanner } from './scanner';
import { DateTimes, readClock } from './time';
import { type LogRecord, type ParserOptions, type RawLine } from './types';

const JPOS_MARK = 'Shtrih JPOS ';
/** readTime's answers when it has no time to give. */
const NO_TIME = -1;
const NO_DATE = -2;

/**
 * Shtrih-M JavaPOS, which logs through logback in three layouts and through logcat on Android:
 *   "YYYY-MM-DD HH:MM:SS.mmm [thread] LEVEL logger - message"
 *   "HH:MM:SS.mmm [thread] LEVEL logger - message"      (no date)
 *   "DD.MM.YYYY HH:MM:SS.mmm [thread] logger - message" (no level)
 *   "D/<java class>: Shtrih JPOS [thread] message"
 * A line with a time and no date takes the date of the line before it, moving to the next day when the
 * clock goes back by more than an hour (midnight passed); with no dated line before it, its time is null.
 * Every line that is not a header (a Java stack trace: the exception, "at ...", "Caused by:", "... N more")
 * belongs to the record above it.
 */
export class JavaPosRules implements FormatRules {
  readonly format = 'javapos';
  private readonly s = new Scanner();
  private readonly isoTimes = new DateTimes('ymd');
  private readonly dayFirstTimes = new DateTimes('dmy');
  private readonly logcat: LogcatReader;
  /** Local ms of the last line whose time is known: the date source for time-only lines. */
  private lastTime = -1;

  constructor(options: ParserOptions) {
    this.logcat = new LogcatReader(options.defaultYear, false);
  }

  header(line: RawLine): LogRecord | null {
    const s = this.s.reset(line.text);
    const time = this.readTime(s);
    if (time === NO_TIME) {
      return this.logcatLine(s, line);
    }
    if (s.spaces() === 0) {
      return null;
    }

    const thread = s.bracket();
    if (thread === null) {
      return null;
    }
    s.spaces();
    return this.body(s, line, time === NO_DATE ? null : time, thread);
  }

  continues(): boolean {
    return true;
  }

  /** Local ms; NO_DATE for a time-only line with no date known; NO_TIME when the line starts with no time. */
  private readTime(s: Scanner): number {
    const dated = this.isoTimes.read(s);
    const time = dated >= 0 ? dated : this.dayFirstTimes.read(s);
    if (time >= 0) {
      this.lastTime = time;
      return time;
    }

    const clock = readClock(s);
    if (clock < 0) {
      return NO_TIME;
    }
    return this.lastTime < 0 ? NO_DATE : this.onLastDay(clock);
  }

  private onLastDay(clock: number): number {
    let time = Math.floor(this.lastTime / DAY_MS) * DAY_MS + clock;
    if (time < this.lastTime - HOUR_MS) {
      time += DAY_MS;
    }
    this.lastTime = time;
    return time;
  }

  /** "LEVEL logger - message", the level optional. */
  private body(s: Scanner, line: RawLine, time: number | null, thread: string): LogRecord {
    const start = s.pos;
    const level = levelOf(s.word());
    if (level === null) {
      s.pos = start;
    }
    s.spaces();

    const loggerStart = s.pos;
    const logger = s.word();
    s.spaces();
    if (!s.acceptText('- ') && !(s.accept('-') && s.done)) {
      s.pos = loggerStart;
      return newRecord(line, time, level, thread, null, s.rest());
    }
    return newRecord(line, time, level, thread, logger, s.rest());
  }

  private logcatLine(s: Scanner, line: RawLine): LogRecord | null {
    if (!this.logcat.read(s)) {
      return null;
    }

    const prefix = this.logcat.prefix;
    s.acceptText(JPOS_MARK);
    const thread = s.bracket() ?? prefix.tid;
    s.spaces();
    return newRecord(line, prefix.localTime, prefix.level, thread, prefix.tag, s.rest());
  }
}
