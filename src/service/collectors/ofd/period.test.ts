import assert from 'node:assert/strict';
import { test } from 'node:test';

import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../domain/time';
import { decodeCursor, encodeCursor } from './checkpoint';
import { type PlanOptions, planPeriods, writeBound } from './period';

const NOW = Date.parse('2024-03-14T10:00:00Z');
const base: PlanOptions = {
  now: NOW,
  collectedUntil: null,
  historyMs: DAY_MS,
  overlapMs: HOUR_MS,
  maxPeriodMs: 7 * DAY_MS,
  settleMs: 0,
  oldestUnsentAt: null,
  timeZone: 'Europe/Moscow',
};
const spans = (options: Partial<PlanOptions>) =>
  planPeriods({ ...base, ...options }).map((p) => [new Date(p.from).toISOString(), new Date(p.to).toISOString()]);

test('a register never collected starts its history back; a known one resumes an overlap before its checkpoint', () => {
  assert.deepEqual(spans({}), [['2024-03-13T10:00:00.000Z', '2024-03-14T10:00:00.000Z']]);
  assert.deepEqual(spans({ collectedUntil: NOW - 10 * MINUTE_MS }), [
    ['2024-03-14T08:50:00.000Z', '2024-03-14T10:00:00.000Z'],
  ]);
});

test('periods are cut to the operator limit and stop short of what it is still processing', () => {
  const periods = spans({ historyMs: 16 * DAY_MS, settleMs: 15 * MINUTE_MS });
  assert.deepEqual(periods, [
    ['2024-02-27T10:00:00.000Z', '2024-03-05T10:00:00.000Z'],
    ['2024-03-05T10:00:00.000Z', '2024-03-12T10:00:00.000Z'],
    ['2024-03-12T10:00:00.000Z', '2024-03-14T09:45:00.000Z'],
  ]);
});

test('an unsent backlog pulls the start back to its oldest document, never past 31 days', () => {
  const oldest = Date.parse('2024-03-01T00:00:00Z');
  assert.equal(planPeriods({ ...base, collectedUntil: NOW, oldestUnsentAt: oldest })[0].from, oldest);
  assert.equal(planPeriods({ ...base, collectedUntil: NOW, oldestUnsentAt: 0 })[0].from, NOW - 31 * DAY_MS);
});

test('bounds are written in the register wall clock on the 24-hour clock', () => {
  const period = { from: Date.parse('2018-07-29T18:14:00Z'), to: 0, timeZone: 'Europe/Moscow' };
  assert.equal(writeBound(period.from, period, 'ymd-his', 'local'), '2018-07-29 21:14:00');
  assert.equal(writeBound(period.from, period, 'iso', 'utc'), '2018-07-29T18:14:00');
  assert.equal(
    writeBound(period.from, { ...period, timeZone: 'Asia/Krasnoyarsk' }, 'iso', 'local'),
    '2018-07-30T01:14:00'
  );
});

test('a checkpoint that cannot be read starts collection over instead of failing', () => {
  assert.deepEqual(decodeCursor(encodeCursor({ until: NOW })), { until: NOW });
  for (const text of [null, '', 'garbage', '{"v":2,"until":5}', '{"v":1,"until":"x"}']) {
    assert.equal(decodeCursor(text), null, String(text));
  }
});
