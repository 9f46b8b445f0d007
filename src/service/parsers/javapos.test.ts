import assert from 'node:assert/strict';
import { test } from 'node:test';

import { localMs } from '../domain/time';
import { parseText } from './parseText';

test('the three logback layouts and the logcat form', () => {
  const text = [
    '2019-01-13 21:54:48.878 [AsyncTask #2] DEBUG c.s.f.SMFiscalPrinterImpl - 10h, Read short status = 0, 11 ms',
    '21:54:49.001 [AsyncTask #2] ERROR c.s.j.f.FiscalPrinterService - printZReport: 51, Некорректные параметры в команде',
    '30.06.2023 10:28:14.753 [Thread-970] c.s.f.SMFiscalPrinterImpl - testOFDConnection: OK',
    'D/com.shtrih.fiscalprinter.SMFiscalPrinterImpl: Shtrih JPOS [AsyncTask #6] 11h, Get status = 0, 10 ms',
  ].join('\n');

  const rows = parseText(text, 'javapos').records.map((r) => [r.localTime, r.level, r.thread, r.component, r.message]);

  assert.deepEqual(rows, [
    [
      localMs(2019, 1, 13, 21, 54, 48, 878),
      'debug',
      'AsyncTask #2',
      'c.s.f.SMFiscalPrinterImpl',
      '10h, Read short status = 0, 11 ms',
    ],
    [
      localMs(2019, 1, 13, 21, 54, 49, 1),
      'error',
      'AsyncTask #2',
      'c.s.j.f.FiscalPrinterService',
      'printZReport: 51, Некорректные параметры в команде',
    ],
    [localMs(2023, 6, 30, 10, 28, 14, 753), null, 'Thread-970', 'c.s.f.SMFiscalPrinterImpl', 'testOFDConnection: OK'],
    [null, 'debug', 'AsyncTask #6', 'com.shtrih.fiscalprinter.SMFiscalPrinterImpl', '11h, Get status = 0, 10 ms'],
  ]);
});

test('a time-only line takes the last date, the next day after midnight, or none before any date', () => {
  const text = [
    '23:59:59.900 [main] INFO c.s.X - no date seen yet',
    '2024-03-05 23:59:58.000 [main] INFO c.s.X - dated',
    '23:59:59.500 [main] INFO c.s.X - same day',
    '23:59:59.400 [other] INFO c.s.X - a thread slightly behind',
    '00:00:01.000 [main] INFO c.s.X - after midnight',
  ].join('\n');

  const times = parseText(text, 'javapos').records.map((r) => r.localTime);

  assert.deepEqual(times, [
    null,
    localMs(2024, 3, 5, 23, 59, 58),
    localMs(2024, 3, 5, 23, 59, 59, 500),
    localMs(2024, 3, 5, 23, 59, 59, 400),
    localMs(2024, 3, 6, 0, 0, 1),
  ]);
});

test('a Java stack trace joins the event it belongs to', () => {
  const trace = [
    'jpos.JposException: Printer is offline',
    '\tat com.shtrih.fiscalprinter.SMFiscalPrinterImpl.check(SMFiscalPrinterImpl.java:100)',
    'Caused by: java.io.IOException: Port closed',
    '\tat com.shtrih.ports.SerialPort.read(SerialPort.java:40)',
    '\t... 12 more',
  ];
  const text = [
    '2019-01-13 21:54:48.878 [main] ERROR c.s.j.f.FiscalPrinterService - printRecItem failed',
    ...trace,
    '2019-01-13 21:54:49.000 [main] DEBUG c.s.j.f.FiscalPrinterService - printRecItem: OK',
  ].join('\n');

  const { records, skipped } = parseText(text, 'javapos');

  assert.deepEqual(skipped, []);
  assert.equal(records.length, 2);
  assert.equal(records[0].message, ['printRecItem failed', ...trace].join('\n'));
  assert.equal(records[1].message, 'printRecItem: OK');
});

test('a stack trace with no event before it is unparsable', () => {
  const { records, skipped } = parseText('\tat com.shtrih.X.y(X.java:1)', 'javapos');

  assert.equal(records.length, 0);
  assert.deepEqual(skipped, [{ line: 1, reason: 'unparsable' }]);
});
