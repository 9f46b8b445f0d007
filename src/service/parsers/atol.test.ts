import assert from 'node:assert/strict';
import { test } from 'node:test';

import { localMs } from '../domain/time';
import { parseText } from './parseText';

const one = (line: string) => parseText(line, 'atol');

test('ATOL headers are read by field, whatever the padding and the category', () => {
  const cases: Array<[string, string | null, string | null, string | null, string]> = [
    [
      '2023.11.22 14:01:21.190       T:0000DAE0 INFO  [FiscalPrinter] < LIBFPTR_PARAM_DEVICE_FFD_VERSION (65627) = 105',
      '0000DAE0',
      'info',
      'FiscalPrinter',
      '< LIBFPTR_PARAM_DEVICE_FFD_VERSION (65627) = 105',
    ],
    ['2023.11.22 14:01:21.190 T:1A2B ERROR [Transport] port closed', '1A2B', 'error', 'Transport', 'port closed'],
    [
      '2023.11.22 14:01:21.190   T:00001F00  WARN   [EthernetOverTransport]   queue 3',
      '00001F00',
      'warn',
      'EthernetOverTransport',
      '  queue 3',
    ],
    ['2023.11.22 14:01:21.190 T:1 DEBUG [1C] Открыть смену', '1', 'debug', '1C', 'Открыть смену'],
    ['2023-11-22 14:01:21.190 INFO [DeviceDebug] no thread', null, 'info', 'DeviceDebug', 'no thread'],
    ['2023.11.22 14:01:21.190 [FiscalPrinter] no level', null, null, 'FiscalPrinter', 'no level'],
    ['2023.11.22 14:01:21.190 T:1 INFO libfptr_open_shift()', '1', 'info', null, 'libfptr_open_shift()'],
  ];

  for (const [line, thread, level, component, message] of cases) {
    const { records, skipped } = one(line);
    assert.deepEqual(skipped, [], line);
    assert.equal(records.length, 1, line);
    assert.equal(records[0].localTime, localMs(2023, 11, 22, 14, 1, 21, 190), line);
    assert.deepEqual(
      [records[0].thread, records[0].level, records[0].component, records[0].message],
      [thread, level, component, message]
    );
  }
});

test('a line without a valid ATOL time is unparsable, never continued', () => {
  const { records, skipped } = parseText(
    [
      '2023.11.22 14:01:21.190 T:1 INFO [FiscalPrinter] libfptr_open_shift()',
      '    continuation-looking text',
      '22.11.2023 14:01:21.190 T:1 INFO [FiscalPrinter] wrong date order',
      '2023.13.22 14:01:21.190 T:1 INFO [FiscalPrinter] month 13',
    ].join('\n'),
    'atol'
  );

  assert.equal(records.length, 1);
  assert.equal(records[0].message, 'libfptr_open_shift()');
  assert.deepEqual(
    skipped.map((s) => [s.line, s.reason]),
    [
      [2, 'unparsable'],
      [3, 'unparsable'],
      [4, 'unparsable'],
    ]
  );
});

test('a recv data result keeps its JSON, $date values included', () => {
  const line =
    '2023.11.22 08:31:25.000 T:1 INFO [FiscalPrinter] recv data { "e" : { "c" : 44, "d" : "Нет бумаги" }, ' +
    '"p" : [ { "t" : 5, "v" : { "$date" : "1970-01-18T05:54:14.400Z" }, "n" : 65590, "s" : 0 } ], "f" : null }';

  const [record] = one(line).records;

  assert.deepEqual(record.fields, {
    e: { c: 44, d: 'Нет бумаги' },
    p: [{ t: 5, v: { $date: '1970-01-18T05:54:14.400Z' }, n: 65590, s: 0 }],
    f: null,
  });
});

test('a recv data line cut short still yields its result code', () => {
  const line =
    '2023.11.22 08:31:25.000 T:1 INFO [FiscalPrinter] recv data { "e" : { "c" : 68, "d" : "Смена" }, "p" : [ {';

  assert.deepEqual(one(line).records[0].fields, { e: { c: 68, d: 'Смена' } });
});

test('other messages carry no fields', () => {
  const [record] = one('2023.11.22 08:31:25.000 T:1 INFO [FiscalPrinter] send header id=0176 len=94').records;
  assert.equal(record.fields, null);
});
