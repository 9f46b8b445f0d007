import assert from 'node:assert/strict';
import { test } from 'node:test';

import { alignRange, seriesStep } from './errorSeries';

const HOUR = 3_600_000;

test('the step keeps points under maxDataPoints and is never finer than the interval', () => {
  // [range ms, maxDataPoints, interval ms, expected step s], worked out by hand.
  const cases: Array<[number, number, number, number]> = [
    [24 * HOUR, 24, HOUR, 3600], // 86,400 s over 24 points
    [24 * HOUR, 1000, 60_000, 87], // 86.4 s per point rounds up; above the 60 s interval
    [24 * HOUR, 1000, 300_000, 300], // the interval wins
    [10 * 60_000, 5000, 64, 1], // alerting's defaults over 10 minutes: one second
    [30 * 24 * HOUR, 0, 0, 260], // no maxDataPoints: 10,000 points, 259.2 s rounds up
    [365 * 24 * HOUR, 50_000, 1000, 3154], // maxDataPoints capped at 10,000: 3,153.6 s rounds up
  ];
  for (const [range, points, interval, step] of cases) {
    assert.equal(seriesStep(range, points, interval), step, `${range} ms / ${points} points / ${interval} ms`);
  }
});

test('the range widens to whole steps', () => {
  const from = Date.parse('2026-11-30T00:10:00Z');
  const to = Date.parse('2026-11-30T05:50:00Z');

  assert.deepEqual(alignRange(from, to, 3600), {
    from: Date.parse('2026-11-30T00:00:00Z'),
    to: Date.parse('2026-11-30T06:00:00Z'),
  });
  assert.deepEqual(alignRange(from, to, 600), { from, to });
});
