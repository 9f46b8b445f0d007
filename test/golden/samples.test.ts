// Regenerate after a deliberate change: UPDATE_GOLDEN=1 node scripts/test-node.mjs test/golden/samples
// then read every changed record against its sample line by line before committing.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { format as prettier, resolveConfig } from 'prettier';

import { detect } from '../../src/service/detect';
import { parseText } from '../../src/service/parsers/parseText';
import { type LogFormat, type LogRecord, type ParserOptions } from '../../src/service/parsers/types';

const SAMPLES = join(__dirname, '..', '..', '..', 'shared', 'samples', 'logs');
const skip = existsSync(SAMPLES) ? false : 'the shared samples are not beside the repository';

/** The ATOL header put before each message of the fragments file, which quotes messages only. */
const ATOL_HEADER = '2023.11.22 08:31:25.000       T:0000DAE0 INFO  [FiscalPrinter] ';

interface Sample {
  file: string;
  format: LogFormat;
  options?: ParserOptions;
  /** Turns the file into log text; line numbers stay those of the file. */
  prepare?: (text: string) => string;
}

const SAMPLE_FILES: Sample[] = [
  { file: 'atol_fptr10.log', format: 'atol' },
  {
    file: 'atol_fptr10_message_fragments.txt',
    format: 'atol',
    prepare: (text) =>
      text
        .split('\n')
        .map((line) => (line === '' || line.startsWith('#') ? line : ATOL_HEADER + line))
        .join('\n'),
  },
  { file: 'kkmserver_error_report.txt', format: 'kkmserver' },
  { file: 'shtrih_drvfr_windows.log', format: 'drvfr' },
  { file: 'shtrih_fr_drv_ng.log', format: 'frdrvng' },
  { file: 'shtrih_fr_drv_ng_android_logcat.log', format: 'frdrvng', options: { defaultYear: 2018 } },
  { file: 'shtrih_fr_drv_ng_console_no_timestamp.log', format: 'frdrvng' },
  { file: 'shtrih_javapos_android_logcat.log', format: 'javapos' },
  { file: 'shtrih_javapos_logback.log', format: 'javapos' },
];

/** Wall-clock ms as "YYYY-MM-DD HH:MM:SS.mmm", to be read against the sample by eye. */
function wallClock(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString().replace('T', ' ').slice(0, 23);
}

function lineOf(text: string): (offset: number) => number {
  const starts = [0];
  const bytes = Buffer.from(text, 'utf8');
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) {
    starts.push(i + 1);
  }
  return (offset) => {
    let line = starts.length;
    while (starts[line - 1] > offset) {
      line--;
    }
    return line;
  };
}

function describe(record: LogRecord, format: LogFormat, line: (offset: number) => number) {
  const detection = detect(record, format);
  return {
    lines: [line(record.offset), line(record.endOffset - 1)],
    time: wallClock(record.localTime),
    level: record.level,
    thread: record.thread,
    component: record.component,
    message: record.message,
    fields: record.fields,
    detection: detection && { condition: detection.condition, severity: detection.severity, title: detection.title },
  };
}

async function golden(sample: Sample) {
  const raw = readFileSync(join(SAMPLES, sample.file), 'utf8');
  const text = sample.prepare ? sample.prepare(raw) : raw;
  const { records, skipped } = parseText(text, sample.format, sample.options);
  const line = lineOf(text);
  const value = {
    sample: sample.file,
    format: sample.format,
    options: sample.options ?? {},
    records: records.map((record) => describe(record, sample.format, line)),
    skipped,
  };
  const path = join(__dirname, sample.file.replace(/\.(log|txt)$/, '.json'));
  return { value, path };
}

for (const sample of SAMPLE_FILES) {
  test(`${sample.file} parses and is detected as its golden file says`, { skip }, async () => {
    const { value, path } = await golden(sample);
    if (process.env.UPDATE_GOLDEN) {
      const options = { ...(await resolveConfig(path)), parser: 'json' };
      writeFileSync(path, await prettier(JSON.stringify(value), options));
    }

    assert.deepEqual(JSON.parse(JSON.stringify(value)), JSON.parse(readFileSync(path, 'utf8')));
  });
}
