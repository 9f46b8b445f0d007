import assert from 'node:assert/strict';
import { test } from 'node:test';

import { isValidTimeZone, localMs, localToUtc, matchesFnMinute, toFnMinute, utcToLocal, zoneOffsetMs } from './time';

test('a wall-clock reading converts with the register zone', () => {
  const wall = localMs(2026, 3, 15, 10, 0);

  assert.equal(localToUtc(wall, 'Europe/Moscow'), Date.UTC(2026, 2, 15, 7, 0));
  assert.equal(localToUtc(wall, 'Asia/Krasnoyarsk'), Date.UTC(2026, 2, 15, 3, 0));
  assert.equal(localToUtc(wall, 'Europe/Kaliningrad'), Date.UTC(2026, 2, 15, 8, 0));
  assert.equal(utcToLocal(Date.UTC(2026, 2, 15, 3, 0), 'Asia/Krasnoyarsk'), wall);
});

test('the same sale at 10:00 on a Krasnoyarsk till is not the Moscow server clock', () => {
  const sale = localToUtc(localMs(2020, 10, 27, 10, 0), 'Asia/Krasnoyarsk');
  const asServerTime = localToUtc(localMs(2020, 10, 27, 10, 0), 'Europe/Moscow');

  assert.equal(asServerTime - sale, 4 * 3_600_000);
});

test('zones with daylight saving settle on the right side of the change', () => {
  assert.equal(zoneOffsetMs('Europe/Berlin', Date.UTC(2026, 0, 10)), 3_600_000);
  assert.equal(zoneOffsetMs('Europe/Berlin', Date.UTC(2026, 6, 10)), 7_200_000);
  assert.equal(localToUtc(localMs(2026, 7, 10, 12, 0), 'Europe/Berlin'), Date.UTC(2026, 6, 10, 10, 0));
});

test('the FN minute: 15:39:32 in the log is the document stamped 15:39, not 15:40', () => {
  const fn = Date.UTC(2021, 8, 2, 12, 39);

  assert.equal(toFnMinute(Date.UTC(2021, 8, 2, 12, 39, 32, 416)), fn);
  assert.ok(matchesFnMinute(Date.UTC(2021, 8, 2, 12, 39, 32, 416), fn));
  assert.ok(matchesFnMinute(Date.UTC(2021, 8, 2, 12, 39, 59, 999), fn));
  assert.ok(!matchesFnMinute(Date.UTC(2021, 8, 2, 12, 40, 0, 0), fn));
  assert.ok(!matchesFnMinute(Date.UTC(2021, 8, 2, 12, 38, 59, 999), fn));
});

test('time zones are checked by name', () => {
  assert.ok(isValidTimeZone('Asia/Vladivostok'));
  assert.ok(!isValidTimeZone('Moscow'));
});
