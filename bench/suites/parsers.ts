import { detect } from '../../src/service/detect';
import { createParser } from '../../src/service/parsers';
import { LOG_FORMATS, type LogFormat } from '../../src/service/parsers/types';
import { logLines } from '../fixtures/loglines';
import { type Row, median, printTable, time } from '../harness';

/**
 * Parsing and error detection alone, per format, beside splitting the same text into lines in the same
 * process. The ingest suite measures the whole file collector; this one shows what the parsers cost in it.
 */
const LINES = Number(process.env.KKT_BENCH_LINES ?? 200_000);
const RUNS = 5;

function parseAndDetect(format: LogFormat, lines: string[], options: object): number {
  const parser = createParser(format, options);
  let offset = 0;
  let detected = 0;
  for (const text of lines) {
    const endOffset = offset + text.length + 1;
    for (const record of parser.push({ text, offset, endOffset }).records) {
      detected += detect(record, format) ? 1 : 0;
    }
    offset = endOffset;
  }
  return detected;
}

async function measure(format: LogFormat): Promise<Row> {
  const { lines, options } = logLines(format, LINES, 1);
  const text = lines.join('\n');
  let detected = 0;

  const split = await median(RUNS, () => time(() => text.split('\n')));
  const parse = await median(RUNS, () => time(() => (detected = parseAndDetect(format, lines, options))));
  return {
    format,
    lines: LINES,
    'split s': split,
    'parse + detect s': parse,
    'lines/s': Math.round(LINES / parse),
    'ratio to split': split / parse,
    detections: detected,
  };
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  for (const format of LOG_FORMATS) {
    rows.push(await measure(format));
  }
  printTable(`Parsing and detection of ${LINES.toLocaleString('en-US')} lines per format, median of ${RUNS}`, rows);
}

main();
