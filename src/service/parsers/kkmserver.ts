import { type FormatRules, newRecord } from './engine';
import { looksLikeObject, parseJsonObject } from './json';
import { compileTimeFormat } from './timeFormat';
import { type LogRecord, type RawLine } from './types';

const GUILLEMETS = /[«»]/g;
const ERROR_TEXT = 'Текст ошибки:';
const ROW_COLUMNS = ['number', 'date', 'type', 'model', 'serialNumber', 'inn', 'command'] as const;

/**
 * KKM-Server (kkmserver) results and its report of failed commands:
 * - a JSON result line, {"Command": ..., "Error": ..., "Status": 2, ...}, also as pasted from its web page
 *   with «guillemets» for quotes; it has no time, and its level is error when Status is 2 or Error is set;
 * - a row of the tab-separated table of failed commands ("22<TAB>3/1/2017 1:47:00 PM<TAB>KkmStrihM<TAB>..."),
 *   an error with a US date; the blocks under it ("Текст команды:", "Текст ошибки:", the low-level
 *   dash-hex trace) are its continuation lines, and the error text is also kept in fields.error.
 * KKM-Server writes a failure twice, as its result and then as a row of the report under it: the two are one
 * record, with the row's time and both their fields. A failed result waits for the next header to tell.
 * Report titles and column headings between them are counted as unparsable.
 */
export class KkmServerRules implements FormatRules {
  readonly format = 'kkmserver';
  private readonly readDate = compileTimeFormat('M/D/YYYY h:mm:ss A');
  private rowPending = false;
  private errorTextNext = false;

  header(line: RawLine): LogRecord | null {
    const result = resultRecord(line);
    const record = result ?? this.rowRecord(line);
    if (record) {
      this.rowPending = result === null;
      this.errorTextNext = false;
    }
    return record;
  }

  /** The blocks under a row belong to it; the line after "Текст ошибки:" is kept as its error. */
  continues(text: string, pending: LogRecord): boolean {
    if (!this.rowPending) {
      return false;
    }
    if (this.errorTextNext && pending.fields) {
      pending.fields.error = text.trim();
    }
    this.errorTextNext = text.trim() === ERROR_TEXT;
    return true;
  }

  merge(pending: LogRecord, next: LogRecord): LogRecord | null {
    if (!this.rowPending || !isUnreported(pending) || pending.fields?.Command !== next.fields?.command) {
      return null;
    }

    return {
      ...next,
      message: `${pending.message}\n${next.message}`,
      fields: { ...pending.fields, ...next.fields },
      offset: pending.offset,
    };
  }

  private rowRecord(line: RawLine): LogRecord | null {
    const text = line.text;
    const firstTab = text.indexOf('\t');
    if (firstTab < 1 || !/^\d+$/.test(text.slice(0, firstTab))) {
      return null;
    }

    const columns = text.split('\t');
    const time = this.readDate(columns[1] ?? '');
    if (time === null) {
      return null;
    }
    return newRecord(line, time, 'error', null, null, text, rowFields(columns));
  }
}

function resultRecord(line: RawLine): LogRecord | null {
  if (!looksLikeObject(line.text)) {
    return null;
  }

  const json = line.text.includes('«') ? line.text.replace(GUILLEMETS, '"') : line.text;
  const fields = parseJsonObject(json);
  if (!fields || !('Status' in fields)) {
    return null;
  }

  const failed = fields.Status === 2 || (typeof fields.Error === 'string' && fields.Error.trim() !== '');
  return newRecord(line, null, failed ? 'error' : 'info', null, null, line.text, fields);
}

/** A failed result not yet joined to its report row: results carry no time, rows always do. */
function isUnreported(record: LogRecord): boolean {
  return record.level === 'error' && record.localTime === null;
}

function rowFields(columns: string[]): Record<string, unknown> {
  if (columns.length !== ROW_COLUMNS.length) {
    return { columns };
  }

  const fields: Record<string, unknown> = {};
  ROW_COLUMNS.forEach((name, i) => {
    fields[name] = name === 'number' ? Number(columns[i]) : columns[i].trim();
  });
  return fields;
}
