import assert from 'node:assert/strict';
import { test } from 'node:test';

import { localMs } from '../domain/time';
import { isKktError } from '../errors';
import { createParser } from './index';
import { parseText } from './parseText';

const PATTERN = String.raw`^(?<time>\S+ \S+) (?<level>[A-Z]+) \[(?<component>[^\]]+)\] (?<message>.*)$`;

test('named groups fill the record; the time group follows the time format', () => {
  const { records, skipped } = parseText(
    '05.03.2024 10:08:09 ERROR [kassa] Нет бумаги\nnot a line of this layout',
    'regex',
    { pattern: PATTERN, timeFormat: 'DD.MM.YYYY HH:mm:ss' }
  );

  assert.deepEqual(
    records.map((r) => [r.localTime, r.level, r.thread, r.component, r.message]),
    [[localMs(2024, 3, 5, 10, 8, 9), 'error', null, 'kassa', 'Нет бумаги']]
  );
  assert.deepEqual(skipped, [{ line: 2, reason: 'unparsable' }]);
});

test('a time group that does not read in the time format skips its line; an empty one leaves no time', () => {
  const pattern = String.raw`^(?<time>[^|]*)\|(?<message>.*)$`;
  const text = '10.03.2025 09:01:00|Нет бумаги\n|no time written\n2025-03-10 09:01:00|read';

  const { records, skipped } = parseText(text, 'regex', { pattern, timeFormat: 'YYYY-MM-DD HH:mm:ss' });

  assert.deepEqual(
    records.map((r) => [r.localTime, r.message]),
    [
      [null, 'no time written'],
      [localMs(2025, 3, 10, 9, 1), 'read'],
    ]
  );
  assert.deepEqual(skipped, [{ line: 1, reason: 'bad_time' }]);
});

test('an unusable pattern or time format is a configuration error', () => {
  const bad: Array<[string | undefined, string | undefined]> = [
    [undefined, undefined],
    ['(?<time>[', undefined],
    ['^(.*)$', undefined],
    [PATTERN, 'HH:mm:ss'],
    [PATTERN, 'YYYY-MM-DD HH:MM:SS'],
  ];

  for (const [pattern, timeFormat] of bad) {
    assert.throws(
      () => createParser('regex', { pattern, timeFormat }),
      (error) => isKktError(error) && error.code === 'CONFIG_INVALID',
      `${pattern} ${timeFormat}`
    );
  }
});
