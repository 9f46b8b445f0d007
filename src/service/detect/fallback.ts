import { type Detection } from '../domain/errorEvent';
import { type LogRecord } from '../parsers/types';

const MAX_WORDS = 6;
/** A word is cut at this length, and the words stop before the slug would pass MAX_SLUG_CHARS. */
export const MAX_WORD_CHARS = 20;
export const MAX_SLUG_CHARS = 60;
/** The first words are read from this head of the first line only, so a huge line costs no more. */
const READ_CHARS = 1000;
const SEPARATORS = /[\s,;:()[\]{}<>="'«»]+/;
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
 * ("FDO data sending failed" is "driver:fdo-data-sending-failed"). Words and key are cut short, so a
 * condition stays short whatever the line.
 */
export function driverFailure(record: LogRecord): Detection {
  const words = leadingWords(failureText(record));
  const slug = words.length > 0 ? words.join('-') : 'unknown';
  return {
    family: 'driver',
    code: null,
    condition: `driver:${slug}`,
    severity: 'warning',
    title: words.length > 0 ? `Driver failure: ${words.join(' ')}` : 'Driver failure',
  };
}

/** The error text a record's fields hold (KKM-Server results and reports), else the head of its first line. */
function failureText(record: LogRecord): string {
  const error = record.fields?.Error ?? record.fields?.error;
  const text = typeof error === 'string' && error.trim() !== '' ? error : record.message;
  const head = text.slice(0, READ_CHARS);
  const newline = head.indexOf('\n');
  return newline < 0 ? head : head.slice(0, newline);
}

/** Up to MAX_WORDS words, each cut to MAX_WORD_CHARS, while the slug they make fits MAX_SLUG_CHARS. */
function leadingWords(text: string): string[] {
  const words: string[] = [];
  let slugLength = -1;
  for (const token of text.toLowerCase().split(SEPARATORS)) {
    for (const word of significantWords(token)) {
      const cut = word.slice(0, MAX_WORD_CHARS);
      slugLength += cut.length + 1;
      if (words.length === MAX_WORDS || slugLength > MAX_SLUG_CHARS) {
        return words;
      }
      words.push(cut);
    }
  }
  return words;
}

/** Whole words of letters only: a token with digits in it (an id, a hex address, a count) is left out. */
function significantWords(token: string): string[] {
  const letters = token.replace(/^[^a-zа-яё]+|[^a-zа-яё]+$/g, '');
  if (letters.length < 2 || /\d/.test(token) || !/^[a-zа-яё'’._-]+$/.test(letters)) {
    return [];
  }
  return letters.match(WORD) ?? [];
}
