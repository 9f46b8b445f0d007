import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { KKT_SAMPLES_DIR } from '../../bench/suites/clustering/kkt';
import { EXAMPLE_LOGS, LOGS } from '../../scripts/generate-example-logs';
import { bufferLines } from '../../src/service/clustering/lines';
import { isBinaryFile, sniffFormat } from '../../src/service/clustering/sniff';
import { type LogFormat } from '../../src/service/parsers/types';

const skip = existsSync(KKT_SAMPLES_DIR) ? false : 'the shared samples are not beside the repository';

/** The format each sample is in; null for files in no log format (notes, settings, bare message parts). */
const SAMPLE_FORMATS: Record<string, LogFormat | null> = {
  'README.md': null,
  'atol_fptr10.log': 'atol',
  'atol_fptr10_log.properties.txt': null,
  'atol_fptr10_message_fragments.txt': null,
  'kkmserver_error_report.txt': 'kkmserver',
  'shtrih_drvfr_windows.log': 'drvfr',
  'shtrih_fr_drv_ng.log': 'frdrvng',
  'shtrih_fr_drv_ng_android_logcat.log': 'frdrvng',
  'shtrih_fr_drv_ng_console_no_timestamp.log': 'frdrvng',
  'shtrih_javapos_android_logcat.log': 'javapos',
  'shtrih_javapos_logback.log': 'javapos',
};

function sniffFile(path: string): LogFormat | null {
  return sniffFormat([...bufferLines(readFileSync(path))]);
}

test('each sample log is recognised as the format it is in', { skip }, () => {
  const files = readdirSync(KKT_SAMPLES_DIR).sort();
  assert.deepEqual(files, Object.keys(SAMPLE_FORMATS).sort(), 'every sample has its format written down here');

  for (const file of files) {
    assert.equal(sniffFile(join(KKT_SAMPLES_DIR, file)), SAMPLE_FORMATS[file], file);
  }
});

test('each example log is recognised as the format it is in; a layout of its own is read as bare messages', () => {
  for (const log of LOGS) {
    const expected = log.format === 'regex' ? null : log.format;
    assert.equal(sniffFile(join(EXAMPLE_LOGS, log.path)), expected, log.path);
  }
});

test('a log with binary lines in it is still text; a file mostly binary is binary', () => {
  const zeros = '\0'.repeat(64);
  const jsonl = '{"time":"2025-03-10T09:15:02.123+03:00","level":"error","msg":"No receipt paper"}';
  const lines = (texts: string[]) => [...bufferLines(Buffer.from(texts.join('\n')))];
  const log = lines([zeros, '', ...Array<string>(10).fill(jsonl), zeros]);

  assert.equal(isBinaryFile(log), false);
  assert.equal(sniffFormat(log), 'jsonl');
  assert.equal(isBinaryFile(lines([zeros, 'text', zeros, '', jsonl, zeros])), true);
  assert.equal(sniffFormat(lines([zeros])), null);
});
