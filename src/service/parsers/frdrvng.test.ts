import assert from 'node:assert/strict';
import { test } from 'node:test';

import { localMs } from '../domain/time';
import { parseText } from './parseText';
import { type LogRecord } from './types';

const DRIVER_LINE =
  '[2025-10-02 11:42:13.913] [6177] [ProtocolV2_0xbb2ea758           ] [E] Device is not supported by the driver';
const WHEN = localMs(2025, 10, 2, 11, 42, 13, 913);

function head(record: LogRecord) {
  const { localTime, level, thread, component, message } = record;
  return { localTime, level, thread, component, message };
}

const EXPECTED = {
  localTime: WHEN,
  level: 'error',
  thread: '6177',
  component: 'ProtocolV2_0xbb2ea758',
  message: 'Device is not supported by the driver',
};

test('the driver line is the same record in every logcat wrapper, with the driver time kept', () => {
  const wrapped = [
    DRIVER_LINE,
    `10-02 11:42:14.001  6147  6177 E fr_drv_ng: ${DRIVER_LINE}`,
    `10-02 11:42:14.001 6147-6177/ru.example.kassa E/fr_drv_ng: ${DRIVER_LINE}`,
    `E/fr_drv_ng( 6147): ${DRIVER_LINE}`,
    `E: ${DRIVER_LINE}`,
  ];

  for (const line of wrapped) {
    const { records, skipped } = parseText(line, 'frdrvng', { defaultYear: 2024 });
    assert.deepEqual(skipped, [], line);
    assert.deepEqual(head(records[0]), EXPECTED, line);
  }
});

test('the console fallback has no time: localTime is null', () => {
  const [record] = parseText(
    ' [7176] [fr_drv_ng                       ] [W] driver was unable to open log file path. fallback to console sink',
    'frdrvng'
  ).records;

  assert.deepEqual(head(record), {
    localTime: null,
    level: 'warn',
    thread: '7176',
    component: 'fr_drv_ng',
    message: 'driver was unable to open log file path. fallback to console sink',
  });
});

test('a logcat line of another program keeps the logcat time, with the year given or else none', () => {
  const line = '11-01 14:37:58.671  2447  2472 D cashcore: cashcore: 01.11.18 14:37:58.671764 #0079 КОМАНДА FF3DH';

  const withYear = parseText(line, 'frdrvng', { defaultYear: 2018 }).records[0];
  const withoutYear = parseText(line, 'frdrvng').records[0];

  assert.deepEqual(head(withYear), {
    localTime: localMs(2018, 11, 1, 14, 37, 58, 671),
    level: 'debug',
    thread: '2472',
    component: 'cashcore',
    message: 'cashcore: 01.11.18 14:37:58.671764 #0079 КОМАНДА FF3DH',
  });
  assert.equal(withoutYear.localTime, null);
});

test('indented lines continue the event above; other strangers are unparsable', () => {
  const text = [
    '12-04 13:13:26.805 6239-6239/ru.example I/fr_drv_ng: [2018-12-04 13:13:26.805] [6239] [getIoFromString ] [I] io_url looks good',
    '    [2018-12-04 13:13:26.805] [6239] [getIoFromString                 ] [I] type: tcp',
    '\tpath: 127.0.0.1',
    '--------- beginning of main',
    '[2018-12-04 13:13:27.000] [6239] [x] [Q] level Q is no level',
  ].join('\n');

  const { records, skipped } = parseText(text, 'frdrvng');

  assert.equal(records.length, 1);
  assert.equal(
    records[0].message,
    'io_url looks good\n    [2018-12-04 13:13:26.805] [6239] [getIoFromString                 ] [I] type: tcp\n\tpath: 127.0.0.1'
  );
  assert.deepEqual(
    skipped.map((s) => [s.line, s.reason]),
    [
      [4, 'unparsable'],
      [5, 'unparsable'],
    ]
  );
});

test('levels T D I W E are read; hex frames stay records', () => {
  const text = ['T', 'D', 'I', 'W', 'E']
    .map((l) => `[2021-06-17 16:41:20.381] [6835792] [SerialIO_0xde0e370 ] [${l}] -> 02 06 FF 3B`)
    .join('\n');

  const { records } = parseText(text, 'frdrvng');

  assert.deepEqual(
    records.map((r) => r.level),
    ['trace', 'debug', 'info', 'warn', 'error']
  );
  assert.equal(records[0].message, '-> 02 06 FF 3B');
});
