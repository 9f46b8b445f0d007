import assert from 'node:assert/strict';
import { test } from 'node:test';

import { localMs } from '../domain/time';
import { isKktError } from '../errors';
import { createParser } from './index';
import { parseText } from './parseText';

test('usual field names are found without configuration', () => {
  const lines = [
    '{"time":"2024-03-05T10:08:09.250","level":"error","msg":"Нет бумаги","thread":"pos-1","logger":"printer"}',
    '{"ts":1709622489,"severity":"WARN","message":"slow"}',
    '{"timestamp":"2024-03-05T07:08:09Z","level":50,"message":"failed"}',
  ];

  const records = parseText(lines.join('\n'), 'jsonl', { timeZone: 'Europe/Moscow' }).records;

  assert.deepEqual(
    records.map((r) => [r.localTime, r.level, r.thread, r.component, r.message]),
    [
      [localMs(2024, 3, 5, 10, 8, 9, 250), 'error', 'pos-1', 'printer', 'Нет бумаги'],
      [localMs(2024, 3, 5, 10, 8, 9), 'warn', null, null, 'slow'],
      [localMs(2024, 3, 5, 10, 8, 9), 'error', null, null, 'failed'],
    ]
  );
  assert.equal(records[0].fields?.logger, 'printer');
});

test('configured field names and time format are used', () => {
  const line = '{"when":"05.03.2024 10:08:09","sev":"info","text":"opened","time":"ignored"}';

  const [record] = parseText(line, 'jsonl', {
    fields: { time: 'when', level: 'sev', message: 'text' },
    timeFormat: 'DD.MM.YYYY HH:mm:ss',
  }).records;

  assert.deepEqual([record.localTime, record.level, record.message], [localMs(2024, 3, 5, 10, 8, 9), 'info', 'opened']);
});

test('broken or non-object JSON is unparsable; a missing message keeps the line', () => {
  const { records, skipped } = parseText(
    ['{"level":"info"', '[1,2]', 'plain text', '{"level":"info"}'].join('\n'),
    'jsonl'
  );

  assert.deepEqual(
    skipped.map((s) => s.line),
    [1, 2, 3]
  );
  assert.equal(records[0].message, '{"level":"info"}');
  assert.equal(records[0].localTime, null);
});

test('a time field that does not read in the time format skips its line instead of leaving it undated', () => {
  const lines = [
    '{"time":"10.03.2025 09:01:00","msg":"Нет бумаги"}',
    '{"time":{"at":"10.03.2025"},"msg":"odd"}',
    '{"time":"","msg":"blank"}',
    '{"msg":"no time"}',
  ];

  const parser = createParser('jsonl', { timeFormat: 'iso' });
  const outputs = lines.map((text, i) => parser.push({ text, offset: i, endOffset: i + 1 }));

  assert.deepEqual(
    outputs.map((o) => [o.skipped ?? null, o.unreadTime ?? null, o.records.map((r) => [r.localTime, r.message])]),
    [
      ['bad_time', '10.03.2025 09:01:00', []],
      ['bad_time', '{"at":"10.03.2025"}', []],
      [null, null, [[null, 'blank']]],
      [null, null, [[null, 'no time']]],
    ]
  );
});

test('a time format the parser cannot read is a configuration error', () => {
  assert.throws(
    () => createParser('jsonl', { timeFormat: 'QQQ' }),
    (error) =>
      isKktError(error) && error.code === 'CONFIG_INVALID' && /timeFormat "QQQ" has no year/.test(error.message)
  );
});
