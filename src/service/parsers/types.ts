/**
 * The contract between the file collector and the format parsers. A parser is created per file, because
 * some formats need what came before: time-only lines take the date of the last dated line, and a Java
 * stack trace or an indented logcat continuation belongs to the event above it.
 */

export const LOG_FORMATS = [
  'atol', // ATOL Driver 10 fptr10.log
  'frdrvng', // Shtrih-M fr_drv_ng fr_drv.log, plain, logcat-wrapped or the console fallback
  'drvfr', // Shtrih-M classic Windows DrvFR
  'javapos', // Shtrih-M JavaPOS (logback or logcat)
  'kkmserver', // KKM-Server results and command tables
  'jsonl', // one JSON object per line
  'regex', // a configured regular expression with named groups
] as const;

export type LogFormat = (typeof LOG_FORMATS)[number];

export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal';

/** One line as the collector read it: the bytes decoded, its place in the file known. */
export interface RawLine {
  text: string;
  /** Byte offset of the line's first byte in the file. */
  offset: number;
  /** Byte offset just past its newline. */
  endOffset: number;
}

/** One event of a log: a header line and any continuation lines joined to it. */
export interface LogRecord {
  /**
   * Wall-clock time the line carried, as local milliseconds (the reading written as if UTC); the
   * collector converts it with the device's zone. null when the line has no time (console fallback).
   */
  localTime: number | null;
  level: LogLevel | null;
  /** Thread id or name, when the format has one. */
  thread: string | null;
  /** Component, category or logger name (ATOL "[FiscalPrinter]", fr_drv_ng "ProtocolV1_0x…"). */
  component: string | null;
  /** Everything after the header: the part clustering works on. Continuation lines follow after "\n". */
  message: string;
  /** Structured content found in the line: ATOL "recv data" JSON, KKM-Server results, JSON lines. */
  fields: Record<string, unknown> | null;
  /** Byte offset of the first line of the record. */
  offset: number;
  /** Byte offset just past the last line of the record. */
  endOffset: number;
}

/** Why a line produced no record; each reason is counted. bad_time: its time did not read in timeFormat. */
export type SkipReason = 'unparsable' | 'binary' | 'too_long' | 'empty' | 'encoding' | 'bad_time';

export interface ParseOutput {
  /** Records completed by this line (usually the previous one, once the next header arrives). */
  records: LogRecord[];
  /** Set when the line itself was skipped. */
  skipped?: SkipReason;
  /** With bad_time: the text of the time that did not read, to show the user. */
  unreadTime?: string;
}

export interface LineParser {
  readonly format: LogFormat;
  push(line: RawLine): ParseOutput;
  /** Completes a pending multi-line record: called at the end of a file or after a quiet period. */
  flush(): LogRecord[];
  /** Offset of the first line of the record still pending, if any: a checkpoint must not pass it. */
  pendingOffset(): number | null;
}

export interface ParserOptions {
  /** For the regex format: a pattern with named groups time, level, thread, component, message. */
  pattern?: string;
  /** For the regex and jsonl formats: how to read the time field (see parsers/timeFormat.ts). */
  timeFormat?: string;
  /** For jsonl: field names to read time, level and message from. */
  fields?: { time?: string; level?: string; message?: string };
  /** Year to assume for formats whose lines lack one (logcat "MM-DD"): the file's modification year. */
  defaultYear?: number;
  /**
   * For the regex and jsonl formats: the register's zone. A time written as an instant (Unix time, ISO 8601
   * with an offset) becomes the wall clock of this zone, so localTime stays a wall-clock reading; UTC when unset.
   */
  timeZone?: string;
}
