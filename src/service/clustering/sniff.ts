import { isBinary } from '../collectors/files/binary';
import { createParser } from '../parsers';
import { isBlank } from '../parsers/scanner';
import { type LogFormat, type LogRecord, type RawLine } from '../parsers/types';

/**
 * The formats a file is tried against; a tie goes to the earlier one, so jsonl, which reads any JSON line,
 * comes last. regex needs a pattern, so it is only taken when named.
 */
const CANDIDATES: readonly LogFormat[] = ['atol', 'frdrvng', 'drvfr', 'javapos', 'kkmserver', 'jsonl'];
const SAMPLE_LINES = 200;

/** How well a format reads a file's first lines. */
interface Fit {
  /** Lines that start a record or continue one. */
  lines: number;
  /** Header parts read from them: time, level, thread and component, one point each per record. */
  parts: number;
}

/**
 * The log format that reads the most of a file's first lines, and of formats that read as many, the one
 * that makes the most of their headers (JavaPOS lines have a time and a bracket that ATOL's reader also
 * takes, but only JavaPOS finds the level and logger in them). null when no format reads half the lines.
 * Blank lines are left out of the count.
 */
export function sniffFormat(lines: readonly RawLine[]): LogFormat | null {
  const sample = lines.filter((l) => !isBlank(l.text)).slice(0, SAMPLE_LINES);
  let best: LogFormat | null = null;
  let bestFit: Fit = { lines: 0, parts: 0 };
  for (const format of CANDIDATES) {
    const fit = fitOf(format, sample);
    if (fit.lines > bestFit.lines || (fit.lines === bestFit.lines && fit.parts > bestFit.parts)) {
      best = format;
      bestFit = fit;
    }
  }
  return bestFit.lines * 2 >= sample.length ? best : null;
}

/**
 * Whether a file is no text at all (random bytes, a compressed archive): most of its first lines that are
 * not blank are binary. Every line of such a file is binary, the few that happen to pass for text too.
 */
export function isBinaryFile(lines: readonly RawLine[]): boolean {
  const sample = lines.filter((l) => !isBlank(l.text)).slice(0, SAMPLE_LINES);
  const binary = sample.filter((l) => isBinary(l.text)).length;
  return binary * 2 > sample.length;
}

function fitOf(format: LogFormat, lines: readonly RawLine[]): Fit {
  const parser = createParser(format);
  const fit: Fit = { lines: 0, parts: 0 };
  for (const line of lines) {
    const out = parser.push(line);
    fit.lines += out.skipped ? 0 : 1;
    fit.parts += headerParts(out.records);
  }
  fit.parts += headerParts(parser.flush());
  return fit;
}

function headerParts(records: readonly LogRecord[]): number {
  let parts = 0;
  for (const r of records) {
    parts += [r.localTime, r.level, r.thread, r.component].filter((part) => part !== null).length;
  }
  return parts;
}
