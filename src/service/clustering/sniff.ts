import { createParser } from '../parsers';
import { type LogFormat, type RawLine } from '../parsers/types';

/** The formats a file is tried against; jsonl and regex need settings, so they are only taken when named. */
const CANDIDATES: readonly LogFormat[] = ['atol', 'frdrvng', 'drvfr', 'javapos', 'kkmserver'];
const SAMPLE_LINES = 200;

/** The log format whose headers start most of the first lines, or null when none starts a third of them. */
export function sniffFormat(lines: readonly RawLine[]): LogFormat | null {
  const sample = lines.filter((l) => l.text.trim() !== '').slice(0, SAMPLE_LINES);
  let best: LogFormat | null = null;
  let bestRecords = 0;
  for (const format of CANDIDATES) {
    const records = countRecords(format, sample);
    if (records > bestRecords) {
      best = format;
      bestRecords = records;
    }
  }
  return sample.length > 0 && bestRecords * 3 >= sample.length ? best : null;
}

function countRecords(format: LogFormat, lines: readonly RawLine[]): number {
  const parser = createParser(format);
  let records = 0;
  for (const line of lines) {
    records += parser.push(line).records.length;
  }
  return records + parser.flush().length;
}
