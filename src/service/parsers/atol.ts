import { type FormatRules, newRecord } from './engine';
import { looksLikeObject, parseJsonObject } from './json';
import { levelOf } from './levels';
import { Scanner } from './scanner';
import { DateTimes } from './time';
import { type LogLevel, type LogRecord, type RawLine } from './types';

const RECV_DATA = 'recv data ';
const BROKEN_RESULT = /"e"\s*:\s*\{\s*"c"\s*:\s*(-?\d+)\s*,\s*"d"\s*:\s*"((?:[^"\\]|\\.)*)"/;

/**
 * ATOL Driver 10 fptr10.log, ofd.log and device_debug.log, written by the log4cpp pattern
 * "%d{%Y.%m.%d %H:%M:%S.%l} T:%t %-5p [%c] %m". Sites change that pattern in fptr10_log.properties, so the
 * header is read field by field and not at fixed columns: the date and time, then, each where present,
 * "T:<thread>", a level word and "[category]" of any name. A "recv data {...}" result keeps its JSON in fields.
 */
export class AtolRules implements FormatRules {
  readonly format = 'atol';
  private readonly s = new Scanner();
  private readonly times = new DateTimes('ymd');

  header(line: RawLine): LogRecord | null {
    const s = this.s.reset(line.text);
    const time = this.times.read(s);
    if (time < 0) {
      return null;
    }

    s.spaces();
    const thread = s.acceptText('T:') ? s.word() : null;
    s.spaces();
    const level = readLevel(s);
    const component = s.bracket();
    s.accept(' ');

    const message = s.rest();
    return newRecord(line, time, level, thread, component, message, resultFields(message));
  }
}

function readLevel(s: Scanner): LogLevel | null {
  const start = s.pos;
  const level = levelOf(s.word());
  if (level === null) {
    s.pos = start;
    return null;
  }
  s.spaces();
  return level;
}

/** The JSON of a "recv data" result; a line cut short still yields its error code and text. */
export function resultFields(message: string): Record<string, unknown> | null {
  if (!message.startsWith(RECV_DATA)) {
    return null;
  }

  const parsed = looksLikeObject(message, RECV_DATA.length) ? parseJsonObject(message.slice(RECV_DATA.length)) : null;
  if (parsed) {
    return parsed;
  }

  const broken = BROKEN_RESULT.exec(message);
  return broken ? { e: { c: Number(broken[1]), d: broken[2] } } : null;
}
