import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { POS_APP_PATTERN, POS_APP_TIME_FORMAT } from '../../bench/fixtures/logs/regex';
import { EXAMPLE_LOGS, LOGS, writeExampleLogs } from '../../scripts/generate-example-logs';
import { detect } from '../../src/service/detect';
import { parseText } from '../../src/service/parsers/parseText';
import { type LogFormat, type ParserOptions } from '../../src/service/parsers/types';
import { tempDir } from '../helpers/tmp';

/** The conditions each example log must yield, counted by hand from its story. */
const EXPECTED: Record<string, Record<string, number>> = {
  'store-01/kkt-01/fptr10.log': { 'atol:44': 2 },
  'store-01/kkt-01/ofd.log': { 'ofd:atolonline-2': 4 },
  // fr_drv_ng writes each refusal twice: the return code, then its words.
  'store-01/kkt-02/fr_drv.log': { 'shtrih:115': 2, 'shtrih:107': 2 },
  'store-01/kkt-03/javapos.log': { 'driver:fdo-data-sending-failed': 5, 'fn:0x14': 4 },
  'store-02/kkt-04/fr_drv.log': { 'shtrih:115': 2, 'fn:0x17': 2 },
  'store-02/kkt-05/drvfr.log': { 'shtrih:107': 1, 'fn:0x11': 2 },
  // KKM-Server writes each failure in its result and again in its table of failed commands: one event.
  'store-02/kkt-06/kkmserver.log': { 'kkmserver:142': 1, 'shtrih:107': 1 },
  'store-03/kkt-07/fptr10.log': { 'fn:0x16': 2 },
  'store-03/kkt-07/pos-app.log': { 'fn:0x16': 2 },
  'store-03/kkt-08/pos.jsonl': { 'fn:0x17': 1, 'shtrih:107': 1, 'fn:0x11': 1 },
};

function optionsFor(format: LogFormat): ParserOptions {
  if (format === 'regex') {
    return { pattern: POS_APP_PATTERN, timeFormat: POS_APP_TIME_FORMAT };
  }
  return { defaultYear: 2025, timeZone: 'Europe/Moscow' };
}

function conditions(path: string, format: LogFormat) {
  const { records, skipped } = parseText(readFileSync(join(EXAMPLE_LOGS, path), 'utf8'), format, optionsFor(format));
  const counts: Record<string, number> = {};
  for (const record of records) {
    const condition = detect(record, format)?.condition;
    if (condition) {
      counts[condition] = (counts[condition] ?? 0) + 1;
    }
  }
  return { counts, skipped, records };
}

test('each example log yields the conditions of its story, and nothing else', () => {
  for (const log of LOGS) {
    const { counts } = conditions(log.path, log.format);
    assert.deepEqual(counts, EXPECTED[log.path], log.path);
  }
});

test('every failure in the example logs carries the time its log wrote, KKM-Server results included', () => {
  for (const log of LOGS) {
    const { records } = conditions(log.path, log.format);
    const failures = records.filter((r) => detect(r, log.format) !== null);

    assert.ok(failures.length > 0, log.path);
    assert.deepEqual(
      failures.filter((r) => r.localTime === null).map((r) => r.message),
      [],
      log.path
    );
  }
});

test('every example line is read; only the layout lines of KKM-Server reports are not records', () => {
  for (const log of LOGS) {
    const { skipped, records } = conditions(log.path, log.format);
    const unparsable = skipped.filter((s) => s.reason === 'unparsable');

    assert.equal(unparsable.length, log.format === 'kkmserver' ? 4 : 0, log.path);
    assert.ok(records.length > 20, log.path);
    assert.ok(
      records.every((r) => r.localTime !== null || log.format === 'kkmserver'),
      `${log.path}: every line has a time`
    );
  }
});

test('the committed example logs are what the generator writes', async (t) => {
  const dir = tempDir(t);
  await writeExampleLogs(dir);

  const files = (root: string) =>
    readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.includes('.'))
      .sort();
  assert.deepEqual(files(dir), files(EXAMPLE_LOGS));
  for (const file of files(dir)) {
    assert.equal(readFileSync(join(dir, file), 'utf8'), readFileSync(join(EXAMPLE_LOGS, file), 'utf8'), file);
  }
});
