import { type FormatRules, newRecord } from './engine';
import { LogcatReader } from './logcat';
import { Scanner } from './scanner';
import { DateTimes } from './time';
import { type LogLevel, type LogRecord, type ParserOptions, type RawLine } from './types';

const TAB = 9;
const SPACE = 32;

/** spdlog's level letters: T D I W E, and C for critical. */
const LEVEL_LETTERS: ReadonlyMap<string, LogLevel> = new Map([
  ['T', 'trace'],
  ['D', 'debug'],
  ['I', 'info'],
  ['W', 'warn'],
  ['E', 'error'],
  ['C', 'fatal'],
]);

/**
 * Shtrih-M fr_drv_ng (fr_drv.log): "[YYYY-MM-DD HH:MM:SS.mmm] [thread] [component] [L] message", L one of
 * T D I W E. The same line reaches us three more ways:
 * - wrapped by Android logcat in any of its styles (see LogcatReader); the driver's own time inside wins;
 * - from the console fallback the driver takes when it cannot open its log file: " [thread] [component]
 *   [L] message" with no time at all, so localTime is null and the collector stamps it;
 * - as a line indented by spaces or a tab, which logcat uses to continue the event above it.
 * Hex frames ("->", "<-") are kept as records; detection treats them as traffic.
 */
export class FrDrvNgRules implements FormatRules {
  readonly format = 'frdrvng';
  private readonly s = new Scanner();
  private readonly times = new DateTimes('ymd');
  private readonly logcat: LogcatReader;
  /** The last thread and component read: most lines repeat them, and then no new string is made. */
  private thread: string | null = null;
  private component: string | null = null;

  constructor(options: ParserOptions) {
    this.logcat = new LogcatReader(options.defaultYear, true);
  }

  header(line: RawLine): LogRecord | null {
    if (isIndented(line.text)) {
      return null;
    }

    const s = this.s.reset(line.text);
    s.accept(' ');
    if (s.peek() === 91) {
      return this.driverLine(s, line);
    }
    if (!this.logcat.read(s)) {
      return null;
    }

    const prefix = this.logcat.prefix;
    const inner = s.peek() === 91 ? this.driverLine(s, line) : null;
    return inner ?? newRecord(line, prefix.localTime, prefix.level, prefix.tid, prefix.tag || null, s.rest());
  }

  continues(text: string): boolean {
    return isIndented(text);
  }

  /** "[time] [thread] [component] [L] message", or the same without "[time]". */
  private driverLine(s: Scanner, line: RawLine): LogRecord | null {
    const start = s.pos;
    const time = s.accept('[') ? this.times.read(s) : -1;
    if (time < 0 || !s.accept(']')) {
      s.pos = start;
    }

    s.spaces();
    this.thread = s.bracket(this.thread);
    s.spaces();
    this.component = s.bracket(this.component);
    s.spaces();
    const level = readLevel(s);
    if (this.thread === null || this.component === null || level === null) {
      return null;
    }

    s.accept(' ');
    return newRecord(line, time < 0 ? null : time, level, this.thread, this.component, s.rest());
  }
}

/** "[E]": one letter in brackets, read without slicing it out. */
function readLevel(s: Scanner): LogLevel | null {
  const text = s.text;
  if (text.charCodeAt(s.pos) !== 91 || text.charCodeAt(s.pos + 2) !== 93) {
    return null;
  }
  const level = LEVEL_LETTERS.get(text.charAt(s.pos + 1)) ?? null;
  s.pos += 3;
  return level;
}

function isIndented(text: string): boolean {
  const first = text.charCodeAt(0);
  return first === TAB || (first === SPACE && text.charCodeAt(1) === SPACE);
}
