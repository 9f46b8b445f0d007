import { type FormatRules, type UnreadTime, newRecord } from './engine';
import { looksLikeObject, parseJsonObject } from './json';
import { levelOf, levelOfNumber } from './levels';
import { type TimeReader, configuredTimeReader } from './timeFormat';
import { type LogLevel, type LogRecord, type ParserOptions, type RawLine } from './types';

const DEFAULT_FIELDS = {
  time: ['time', 'ts', 'timestamp', '@timestamp'],
  level: ['level', 'severity', 'lvl'],
  message: ['message', 'msg'],
  thread: ['thread', 'threadName', 'tid'],
  component: ['component', 'logger', 'category', 'module'],
};

/**
 * One JSON object per line. Time, level and message come from the fields named in ParserOptions.fields,
 * or else from the first present of the usual names (time|ts|timestamp, level|severity, message|msg).
 * The whole object is kept in fields. A line without a message field keeps its whole text as message; one
 * whose time field does not read in ParserOptions.timeFormat is skipped as bad_time.
 */
export class JsonLinesRules implements FormatRules {
  readonly format = 'jsonl';
  private readonly readTime: TimeReader;
  private readonly names: typeof DEFAULT_FIELDS;

  constructor(options: ParserOptions) {
    this.readTime = configuredTimeReader(options.timeFormat, options.timeZone);
    const chosen = options.fields ?? {};
    this.names = {
      ...DEFAULT_FIELDS,
      time: chosen.time ? [chosen.time] : DEFAULT_FIELDS.time,
      level: chosen.level ? [chosen.level] : DEFAULT_FIELDS.level,
      message: chosen.message ? [chosen.message] : DEFAULT_FIELDS.message,
    };
  }

  header(line: RawLine): LogRecord | UnreadTime | null {
    const fields = looksLikeObject(line.text) ? parseJsonObject(line.text) : null;
    if (!fields) {
      return null;
    }

    const time = first(fields, this.names.time);
    const localTime = this.timeOf(time);
    if (localTime === undefined) {
      return { unreadTime: typeof time === 'string' ? time : JSON.stringify(time) };
    }
    const message = first(fields, this.names.message);
    return newRecord(
      line,
      localTime,
      readLevel(first(fields, this.names.level)),
      text(first(fields, this.names.thread)),
      text(first(fields, this.names.component)),
      typeof message === 'string' ? message : line.text,
      fields
    );
  }

  /** Local ms; null when the line has no time; undefined when its time field does not read. */
  private timeOf(value: unknown): number | null | undefined {
    if (value === undefined || (typeof value === 'string' && value.trim() === '')) {
      return null;
    }
    const time = typeof value === 'string' || typeof value === 'number' ? this.readTime(value) : null;
    return time ?? undefined;
  }
}

function first(fields: Record<string, unknown>, names: readonly string[]): unknown {
  for (const name of names) {
    if (fields[name] !== undefined && fields[name] !== null) {
      return fields[name];
    }
  }
  return undefined;
}

function readLevel(value: unknown): LogLevel | null {
  if (typeof value === 'number') {
    return levelOfNumber(value);
  }
  return typeof value === 'string' ? levelOf(value) : null;
}

function text(value: unknown): string | null {
  if (typeof value === 'string') {
    return value;
  }
  return typeof value === 'number' ? String(value) : null;
}
