import assert from 'node:assert/strict';
import { test } from 'node:test';

import { TREND_BUCKETS, TREND_INTERVAL_MS, Trend } from './trend';

const HOUR = TREND_INTERVAL_MS;
const T0 = Date.UTC(2026, 0, 10, 0, 0, 0);

test('counts land in their hour, and the window ends with the hour asked for', () => {
  const trend = new Trend();
  trend.add(T0 + 10 * 60_000);
  trend.add(T0 + 50 * 60_000);
  trend.add(T0 + HOUR);

  const { start, counts } = trend.window(T0 + HOUR + 1);

  assert.equal(counts.length, TREND_BUCKETS);
  assert.equal(start, T0 + HOUR - (TREND_BUCKETS - 1) * HOUR);
  assert.deepEqual(counts.slice(-3), [0, 2, 1]);
});

test('the ring keeps seven days: older counts fall out, late ones within reach are kept', () => {
  const trend = new Trend();
  trend.add(T0);
  trend.add(T0 + TREND_BUCKETS * HOUR);
  trend.add(T0 + HOUR);
  trend.add(T0 - 1000 * HOUR);

  const counts = trend.window(T0 + TREND_BUCKETS * HOUR).counts;

  assert.equal(
    counts.reduce((a, b) => a + b, 0),
    2
  );
  assert.equal(counts[0], 1);
  assert.equal(counts[TREND_BUCKETS - 1], 1);
});

test('a trend survives its saved form and merges with another', () => {
  const a = new Trend();
  const b = new Trend();
  a.add(T0, 3);
  b.add(T0 + 2 * HOUR, 4);

  const restored = Trend.fromState(a.toState());
  restored.merge(b);

  assert.deepEqual(restored.window(T0 + 2 * HOUR).counts.slice(-3), [3, 0, 4]);
});
