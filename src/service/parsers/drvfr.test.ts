import assert from 'node:assert/strict';
import { test } from 'node:test';

import { localMs } from '../domain/time';
import { parseText } from './parseText';

test('DrvFR lines: day-first date, right-aligned level, leading class when there is one', () => {
  const cases: Array<[string, string | null, string | null, string]> = [
    ['[18.06.2024 16:40:31.720] [00006928] [ INFO] TFiscalPrinter -------', 'info', 'TFiscalPrinter', '-------'],
    ['[18.06.2024 16:40:31.720] [00006928] [DEBUG] TPrinterProtocol -> 05', 'debug', 'TPrinterProtocol', '-> 05'],
    ['[18.06.2024 16:40:31.720] [00006928] [ERROR] Check for socket opened', 'error', null, 'Check for socket opened'],
    [
      '[18.06.2024 16:40:31.720] [00006928] [DEBUG] TTCPSocketDriver.OpenPort 192.168.137.10:7778',
      'debug',
      null,
      'TTCPSocketDriver.OpenPort 192.168.137.10:7778',
    ],
    ['[18.06.2024 16:40:31.720] [00006928] [ WARN] Tuesday is a word', 'warn', null, 'Tuesday is a word'],
  ];

  for (const [line, level, component, message] of cases) {
    const [record] = parseText(line, 'drvfr').records;
    assert.equal(record.localTime, localMs(2024, 6, 18, 16, 40, 31, 720), line);
    assert.deepEqual(
      [record.thread, record.level, record.component, record.message],
      ['00006928', level, component, message]
    );
  }
});

test('a DrvFR line without its bracketed time, thread or level is unparsable', () => {
  const { records, skipped } = parseText(
    ['18.06.2024 16:40:31.720 [00006928] [DEBUG] x', '[18.06.2024 16:40:31.720] [00006928] x', '  at line'].join('\n'),
    'drvfr'
  );

  assert.equal(records.length, 0);
  assert.deepEqual(
    skipped.map((s) => s.reason),
    ['unparsable', 'unparsable', 'unparsable']
  );
});
