import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { formatWallClock } from './dateFormat';
import { instantOf, parseSourceTime, parseWallClockSeconds } from './dates';

const SHARED = join(process.cwd(), '..', 'shared', 'samples');
const utc = (text: string) => Date.parse(text);

test('every date form seen at the operators is read', () => {
  const cases: Array<[unknown, 'local' | 'utc', 'local' | 'utc', string]> = [
    ['2017-01-13T12:09:51', 'local', 'local', '2017-01-13T12:09:51Z'],
    ['2019-06-24T10:29', 'local', 'local', '2019-06-24T10:29:00Z'],
    ['2019-07-22T14:03:00+00:00', 'local', 'utc', '2019-07-22T14:03:00Z'],
    ['2021-06-18T07:54:06Z', 'local', 'utc', '2021-06-18T07:54:06Z'],
    ['2020-01-01T10:00:00+0300', 'local', 'utc', '2020-01-01T07:00:00Z'],
    ['2020-01-01T10:00:00.123-01:30', 'local', 'utc', '2020-01-01T11:30:00.123Z'],
    ['2017.06.08 17:16:00.000', 'local', 'local', '2017-06-08T17:16:00Z'],
    ['2018-06-23 10:39:00.000', 'local', 'local', '2018-06-23T10:39:00Z'],
    ['2018-07-06 15:33:00', 'local', 'local', '2018-07-06T15:33:00Z'],
    ['24.06.2019', 'local', 'local', '2019-06-24T00:00:00Z'],
    ['18.06.2024 16:40:31', 'local', 'local', '2024-06-18T16:40:31Z'],
    ['2020-01-12T11:22:31', 'utc', 'utc', '2020-01-12T11:22:31Z'],
    [{ $date: 1596373969620 }, 'local', 'utc', '2020-08-02T13:12:49.620Z'],
  ];
  for (const [input, naive, zone, expected] of cases) {
    assert.deepEqual(parseSourceTime(input, naive), { zone, ms: utc(expected) }, JSON.stringify(input));
  }
});

test('zero, placeholder and malformed dates are unknown, never 1970', () => {
  for (const input of [0, '0', '', '  ', '0001-01-01T00:00:00', '1970-01-01T00:00:00', 'вчера', null, {}, -5]) {
    assert.equal(parseSourceTime(input, 'local'), null, JSON.stringify(input));
  }
  assert.equal(parseSourceTime('2021-02-30T00:00:00', 'local'), null, '30 February does not exist');
  assert.equal(parseSourceTime('2021-01-01T24:00:00', 'local'), null);
  assert.equal(parseSourceTime('2021-13-01', 'local'), null);
});

test('Unix seconds encode the register wall clock (Saby dateTime)', () => {
  // 1596384720 s is 2020-08-02 16:12:00 read as UTC; it is the till's own reading.
  assert.deepEqual(parseWallClockSeconds(1596384720), { zone: 'local', ms: utc('2020-08-02T16:12:00Z') });
  assert.deepEqual(parseWallClockSeconds('1596384720'), { zone: 'local', ms: utc('2020-08-02T16:12:00Z') });
  assert.equal(parseWallClockSeconds(0), null);
  assert.equal(parseWallClockSeconds('16:12'), null);
});

test('wall clock converts with the register zone (B17: Krasnoyarsk till, Moscow server)', () => {
  const sale = parseSourceTime('2020-10-27T10:00:00', 'local');
  assert.equal(instantOf(sale, 'Asia/Krasnoyarsk'), utc('2020-10-27T03:00:00Z'));
  assert.equal(instantOf(sale, 'Europe/Moscow'), utc('2020-10-27T07:00:00Z'));
  assert.equal(
    instantOf(parseSourceTime('2020-10-27T10:00:00Z', 'local'), 'Asia/Krasnoyarsk'),
    utc('2020-10-27T10:00:00Z')
  );
  assert.equal(instantOf(null, 'Europe/Moscow'), null);
});

test('B03: the KKT time and the OFD UTC time are read in their own zones', () => {
  const body = JSON.parse(readFileSync(join(SHARED, 'bug-repro/b03_ofdru_naive_timestamps.json'), 'utf8'));
  const kkt = body.Data[0];
  const onKkt = instantOf(parseSourceTime(kkt.LastDocOnKktDateTime, 'local'), 'Europe/Moscow');
  const onOfd = instantOf(parseSourceTime(kkt.LastDocOnOfdDateTimeUtc, 'utc'), 'Europe/Moscow');

  // 10:12 Moscow is 07:12 UTC; the OFD received it at 07:13:10 UTC, 70 s later, not 3 hours earlier.
  assert.equal(onKkt, utc('2017-02-12T07:12:00Z'));
  assert.equal(onOfd, utc('2017-02-12T07:13:10Z'));
  assert.equal((onOfd ?? 0) - (onKkt ?? 0), 70_000);
});

test('B02: period bounds are written on the 24-hour clock', () => {
  const rows = readFileSync(join(SHARED, 'bug-repro/b02_hour_format_vectors.tsv'), 'utf8').trim().split('\n').slice(1);
  assert.equal(rows.length, 2);
  for (const row of rows) {
    const [local, correct, wrong] = row.split('\t');
    const reading = parseSourceTime(local, 'local');
    assert.ok(reading);
    assert.equal(formatWallClock(reading.ms, 'iso'), correct);
    assert.notEqual(formatWallClock(reading.ms, 'iso'), wrong);
  }
  assert.equal(formatWallClock(utc('2018-07-29T21:14:00Z'), 'ymd-his'), '2018-07-29 21:14:00');
  assert.equal(formatWallClock(utc('2018-07-29T00:05:00Z'), 'date'), '2018-07-29');
});

test('zone offsets hold on both sides of a daylight-saving change', () => {
  // Berlin moved from +1 h to +2 h at 01:00 UTC on 31 March 2024; Moscow has kept +3 h since 2014.
  const change = Date.parse('2024-03-31T01:00:00Z');
  assert.equal(instantOf({ zone: 'local', ms: Date.parse('2024-03-31T01:59:00Z') }, 'Europe/Berlin'), change - 60_000);
  assert.equal(instantOf({ zone: 'local', ms: Date.parse('2024-03-31T03:00:00Z') }, 'Europe/Berlin'), change);
  assert.equal(
    instantOf({ zone: 'local', ms: Date.parse('2024-03-31T03:00:00Z') }, 'Europe/Moscow'),
    Date.parse('2024-03-31T00:00:00Z')
  );
  assert.equal(
    instantOf({ zone: 'local', ms: Date.parse('2024-03-31T10:00:00Z') }, 'Asia/Kathmandu'),
    Date.parse('2024-03-31T04:15:00Z')
  );
});
