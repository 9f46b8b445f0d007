import assert from 'node:assert/strict';
import { test } from 'node:test';

import { localMs } from '../domain/time';
import { Scanner } from './scanner';
import { DateTimes } from './time';
import { compileTimeFormat } from './timeFormat';

test('driver dates are read in their own order, or not at all', () => {
  const cases: Array<[string, 'ymd' | 'dmy', number]> = [
    ['2023.11.22 14:01:21.190', 'ymd', localMs(2023, 11, 22, 14, 1, 21, 190)],
    ['2021-06-17 16:41:20.381', 'ymd', localMs(2021, 6, 17, 16, 41, 20, 381)],
    ['2021-06-17T16:41:20', 'ymd', localMs(2021, 6, 17, 16, 41, 20)],
    ['18.06.2024 16:40:31.720', 'dmy', localMs(2024, 6, 18, 16, 40, 31, 720)],
    ['18.06.2024 16:40:31,72', 'dmy', localMs(2024, 6, 18, 16, 40, 31, 720)],
    ['01.11.18 14:37:58', 'dmy', -1],
    ['2023.02.30 10:00:00', 'ymd', -1],
    ['2023.11.22 24:00:00', 'ymd', -1],
    ['2023.11.22', 'ymd', -1],
    ['2023.11.22 14:01', 'ymd', -1],
  ];

  for (const [text, order, expected] of cases) {
    const s = new Scanner().reset(text);
    assert.equal(new DateTimes(order).read(s), expected, text);
    assert.equal(s.pos, expected < 0 ? 0 : text.length, `${text}: where the scanner stops`);
  }
});

test('a line in the same second as the one before reads its own fraction', () => {
  const times = new DateTimes('ymd');
  const read = (text: string) => times.read(new Scanner().reset(text));

  assert.equal(read('2021-06-17 16:41:20.381 x'), localMs(2021, 6, 17, 16, 41, 20, 381));
  assert.equal(read('2021-06-17 16:41:20.382 x'), localMs(2021, 6, 17, 16, 41, 20, 382));
  assert.equal(read('2021-06-17 16:41:20 x'), localMs(2021, 6, 17, 16, 41, 20));
  assert.equal(read('2021-06-17 16:41:21.001 x'), localMs(2021, 6, 17, 16, 41, 21, 1));
  assert.equal(read('2021-06-18 16:41:21.001 x'), localMs(2021, 6, 18, 16, 41, 21, 1));
});

test('a fraction of any precision is read as whole milliseconds', () => {
  const s = new Scanner().reset('2018.11.01 14:37:58.671764');
  assert.equal(new DateTimes('ymd').read(s), localMs(2018, 11, 1, 14, 37, 58, 671));
});

test('configured time formats read what they describe', () => {
  const cases: Array<[string | undefined, string | number, number | null]> = [
    ['YYYY-MM-DD HH:mm:ss.SSS', '2024-03-05 07:08:09.123', localMs(2024, 3, 5, 7, 8, 9, 123)],
    ['DD.MM.YYYY HH:mm:ss', '05.03.2024 07:08:09', localMs(2024, 3, 5, 7, 8, 9)],
    ['DD.MM.YY HH:mm:ss.S', '01.11.18 14:37:58.671764', localMs(2018, 11, 1, 14, 37, 58, 671)],
    ['M/D/YYYY h:mm:ss A', '3/1/2017 1:47:00 PM', localMs(2017, 3, 1, 13, 47)],
    ['M/D/YYYY h:mm:ss A', '3/1/2017 12:05:00 AM', localMs(2017, 3, 1, 0, 5)],
    ['M/D/YYYY h:mm:ss A', '3/1/2017 12:05:00 PM', localMs(2017, 3, 1, 12, 5)],
    ['M/D/YYYY h:mm:ss A', '3/1/2017 13:05:00 PM', null],
    ['YYYY-MM-DD HH:mm:ss', '2024-03-05 07:08', null],
    ['YYYY-MM-DD HH:mm:ss', '2024-03-05 07:08:09 trailing', null],
    ['iso', '2024-03-05T07:08:09', localMs(2024, 3, 5, 7, 8, 9)],
    ['iso', '2024-03-05 07:08', localMs(2024, 3, 5, 7, 8)],
    ['iso', '2024-03-05T07:08:09.5Z', localMs(2024, 3, 5, 7, 8, 9, 500)],
    ['iso', '2024-03-05T10:08:09+03:00', localMs(2024, 3, 5, 7, 8, 9)],
    ['iso', '2024-03-05', localMs(2024, 3, 5)],
    ['iso', 1709622489, null],
    ['unix', 1709622489, localMs(2024, 3, 5, 7, 8, 9)],
    ['unix', '1709622489', localMs(2024, 3, 5, 7, 8, 9)],
    ['unixms', 1709622489123, localMs(2024, 3, 5, 7, 8, 9, 123)],
    [undefined, 1709622489123, localMs(2024, 3, 5, 7, 8, 9, 123)],
    [undefined, 1709622489, localMs(2024, 3, 5, 7, 8, 9)],
    [undefined, '22.11.2023 14:01:21', localMs(2023, 11, 22, 14, 1, 21)],
    [undefined, '2023.11.22 14:01:21.190', localMs(2023, 11, 22, 14, 1, 21, 190)],
    [undefined, 'yesterday', null],
  ];

  for (const [format, value, expected] of cases) {
    assert.equal(compileTimeFormat(format)(value), expected, `${format} ${value}`);
  }
});

test('an instant becomes the wall clock of the register zone', () => {
  const moscow = compileTimeFormat('iso', 'Europe/Moscow');
  const unix = compileTimeFormat('unix', 'Asia/Krasnoyarsk');

  assert.equal(moscow('2024-03-05T07:08:09Z'), localMs(2024, 3, 5, 10, 8, 9));
  assert.equal(moscow('2024-03-05T07:08:09'), localMs(2024, 3, 5, 7, 8, 9), 'no zone: already wall clock');
  assert.equal(unix(1709622489), localMs(2024, 3, 5, 14, 8, 9));
});
