import { type Detection } from '../domain/errorEvent';
import { type LogRecord } from '../parsers/types';

const MAX_WORDS = 6;
const WORD = /[a-zа-яё]+(?:['’][a-zа-яё]+)?/g;
const JAVA_EXCEPTION = /\n(?:[\w$]+\.)+[\w$]*(?:Exception|Error|Throwable)\b/;

/**
 * Whether a record reports a failure although no code or known wording says which: an error or fatal
 * level, a KKM-Server result marked failed, or a record with no level that carries a Java exception.
 */
export function looksLikeError(record: LogRecord): boolean {
  if (record.level === 'error' || record.level === 'fatal') {
    return true;
  }
  return record.level === null && (record.message.includes('\n\tat ') || JAVA_EXCEPTION.test(record.message));
}

/**
 * A driver failure our catalogue does not know, named after its message: the first words of its first
 * line, lower-cased, without numbers, ids or addresses, so the same failure gets the same key every time
 * ("FDO data sending failed" is "driver:fdo-data-sending-failed").
 */
export function driverFailure(record: LogRecord): Detection {
  const words = significantWords(failureText(record));
  const slug = words.length > 0 ? words.join('-') : 'unknown';
  return {
    family: 'driver',
    code: null,
    condition: `driver:${slug}`,
    severity: 'warning',
    title: words.length > 0 ? `Driver failure: ${words.join(' ')}` : 'Driver failure',
  };
}

/** The error text a record's fields hold (KKM-Server results and reports), else its first line. */
function failureText(record: LogRecord): string {
  const error = record.fields?.Error ?? record.fields?.error;
  if (typeof error === 'string' && error.trim() !== '') {
    return error;
  }
  const newline = record.message.indexOf('\n');
  return newline < 0 ? record.message : record.message.slice(0, newline);
}

/** Whole words of letters only: a token with digits in it (an id, a hex address, a count) is left out. */
function significantWords(text: string): string[] {
  const words: string[] = [];
  for (const token of text.toLowerCase().split(/[\s,;:()[\]{}<>="'«»]+/)) {
    const letters = token.replace(/^[^a-zа-яё]+|[^a-zа-яё]+$/g, '');
    if (letters.length > 1 && !/\d/.test(token) && /^[a-zа-яё'’._-]+$/.test(letters)) {
      words.push(...(letters.match(WORD) ?? []));
    }
    if (words.length >= MAX_WORDS) {
      break;
    }
  }
  return words.slice(0, MAX_WORDS);
}
