import { type Detection } from '../../src/service/domain/errorEvent';
import { type LineParser, type LogRecord, type ParseOutput, type RawLine } from '../../src/service/parsers/types';

const STAMP = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) /;

/**
 * A format-free parser for the tailing tests: every line is a record whose message is the whole line,
 * with the local time of a leading "YYYY-MM-DD HH:MM:SS". With multiline, lines that start with a space
 * continue the record above, which stays pending until the next header or a flush.
 */
export function testParser(multiline = false): LineParser {
  let pending: LogRecord | null = null;

  const take = (): LogRecord[] => {
    const done = pending ? [pending] : [];
    pending = null;
    return done;
  };

  return {
    format: 'jsonl',
    push(line: RawLine): ParseOutput {
      if (line.text === '') {
        return { records: [], skipped: 'empty' };
      }
      if (multiline && pending && line.text.startsWith(' ')) {
        pending = { ...pending, message: `${pending.message}\n${line.text}`, endOffset: line.endOffset };
        return { records: [] };
      }

      const record = toRecord(line);
      if (!multiline) {
        return { records: [record] };
      }
      const done = take();
      pending = record;
      return { records: done };
    },
    flush: take,
    pendingOffset: () => pending?.offset ?? null,
  };
}

function toRecord(line: RawLine): LogRecord {
  const m = STAMP.exec(line.text);
  const localTime = m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) : null;
  return {
    localTime,
    level: null,
    thread: null,
    component: null,
    message: line.text,
    fields: null,
    offset: line.offset,
    endOffset: line.endOffset,
  };
}

/**
 * Every record is an event, so the store holds one row per line read. Each has a condition of its own:
 * lines of one condition in other words within a second would be taken for echoes of one failure.
 */
export function detectEveryLine(record: LogRecord): Detection {
  const condition = `driver:test-${record.offset}`;
  return { family: 'driver', code: null, condition, severity: 'warning', title: 'test line' };
}
