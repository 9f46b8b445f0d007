import { type FormatRules, newRecord } from './engine';
import { levelOf } from './levels';
import { Scanner } from './scanner';
import { DateTimes } from './time';
import { type LogRecord, type RawLine } from './types';

/**
 * Shtrih-M classic Windows driver (DrvFR): "[DD.MM.YYYY HH:MM:SS.mmm] [thread] [LEVEL] Class message", the
 * level right-aligned ("[ INFO]"). The class is the leading Delphi class name ("TFiscalPrinter") when the
 * message starts with one; many lines have none.
 */
export class DrvFrRules implements FormatRules {
  readonly format = 'drvfr';
  private readonly s = new Scanner();
  private readonly times = new DateTimes('dmy');

  header(line: RawLine): LogRecord | null {
    const s = this.s.reset(line.text);
    const time = s.accept('[') ? this.times.read(s) : -1;
    if (time < 0 || !s.accept(']')) {
      return null;
    }

    s.spaces();
    const thread = s.bracket();
    s.spaces();
    const level = s.bracket();
    if (thread === null || level === null) {
      return null;
    }

    s.spaces();
    const component = readClassName(s);
    return newRecord(line, time, levelOf(level), thread, component, s.rest());
  }
}

/** A Delphi class name ("T" and a capital, then letters and digits) followed by a space. */
function readClassName(s: Scanner): string | null {
  const text = s.text;
  const start = s.pos;
  if (text.charCodeAt(start) !== 84 || !isUpper(text.charCodeAt(start + 1))) {
    return null;
  }

  let end = start + 2;
  while (isWordChar(text.charCodeAt(end))) {
    end++;
  }
  if (text.charCodeAt(end) !== 32) {
    return null;
  }
  s.pos = end + 1;
  return text.slice(start, end);
}

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

function isWordChar(code: number): boolean {
  return isUpper(code) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 95;
}
