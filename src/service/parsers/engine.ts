import { isBlank } from './scanner';
import {
  type LineParser,
  type LogFormat,
  type LogLevel,
  type LogRecord,
  type ParseOutput,
  type RawLine,
} from './types';

/** Continuation lines beyond these limits are counted as too long and dropped, not joined. */
export const MAX_CONTINUATION_LINES = 500;
export const MAX_MESSAGE_CHARS = 64 * 1024;

/** A header whose time is written but does not read: it is skipped, for a guessed time would mislead. */
export interface UnreadTime {
  unreadTime: string;
}

/** What one format contributes to the shared line parser. */
export interface FormatRules {
  readonly format: LogFormat;
  /** The record a header line starts; null when the line is no header. */
  header(line: RawLine): LogRecord | UnreadTime | null;
  /**
   * Whether a line that is no header belongs to the record above (a stack trace, an indented logcat line);
   * a format may note in the pending record's fields what the line says. Formats without continuation
   * lines leave it out, and their records are complete as soon as read.
   */
  continues?(text: string, pending: LogRecord): boolean;
  /**
   * The one record a new header and the record pending above it make when both report the same event
   * (KKM-Server writes a failure as its result and again as a row of its report); null keeps them apart.
   */
  merge?(pending: LogRecord, next: LogRecord): LogRecord | null;
}

export function newRecord(
  line: RawLine,
  localTime: number | null,
  level: LogLevel | null,
  thread: string | null,
  component: string | null,
  message: string,
  fields: Record<string, unknown> | null = null
): LogRecord {
  return { localTime, level, thread, component, message, fields, offset: line.offset, endOffset: line.endOffset };
}

/**
 * The line parser every format shares: blank lines are skipped, headers start records, and in formats
 * with continuation lines a record stays pending until the next header or a flush. Binary lines are the
 * collector's to catch before they get here.
 */
export class RuleParser implements LineParser {
  readonly format: LogFormat;
  private pending: LogRecord | null = null;
  private pendingLines = 0;

  constructor(private readonly rules: FormatRules) {
    this.format = rules.format;
  }

  push(line: RawLine): ParseOutput {
    if (isBlank(line.text)) {
      return { records: [], skipped: 'empty' };
    }

    const record = this.rules.header(line);
    if (record && 'unreadTime' in record) {
      return { records: [], skipped: 'bad_time', unreadTime: record.unreadTime };
    }
    return record ? this.start(record) : this.join(line);
  }

  flush(): LogRecord[] {
    const pending = this.pending;
    this.pending = null;
    return pending ? [pending] : [];
  }

  pendingOffset(): number | null {
    return this.pending ? this.pending.offset : null;
  }

  private start(record: LogRecord): ParseOutput {
    if (!this.rules.continues) {
      return { records: [record] };
    }

    const done = this.pending;
    const merged = done && this.rules.merge ? this.rules.merge(done, record) : null;
    if (merged) {
      this.pending = merged;
      this.pendingLines++;
      return { records: [] };
    }

    this.pending = record;
    this.pendingLines = 1;
    return { records: done ? [done] : [] };
  }

  private join(line: RawLine): ParseOutput {
    const pending = this.pending;
    if (!pending || !this.rules.continues?.(line.text, pending)) {
      return { records: [], skipped: 'unparsable' };
    }

    pending.endOffset = line.endOffset;
    this.pendingLines++;
    if (this.pendingLines > MAX_CONTINUATION_LINES || pending.message.length + line.text.length > MAX_MESSAGE_CHARS) {
      return { records: [], skipped: 'too_long' };
    }
    pending.message += `\n${line.text}`;
    return { records: [] };
  }
}
