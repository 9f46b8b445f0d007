import assert from 'node:assert/strict';
import { test } from 'node:test';

import { quantile, robustSpread, roundNice, sorted } from './robust';

test('median and MAD of a small series, worked out by hand', () => {
  // Sorted: 1 2 3 4 5 6 100 -> median 4; deviations 3 2 1 0 1 2 96 -> sorted 0 1 1 2 2 3 96 -> MAD 2.
  const spread = robustSpread([4, 1, 100, 3, 6, 2, 5]);

  assert.equal(spread.median, 4);
  assert.equal(spread.mad, 2);
  assert.equal(spread.fallback, 'none');
  // 2 / 0.6745 = 2.9652
  assert.ok(Math.abs(spread.sigma - 2.9652) < 1e-4);
});

test('an outlier does not move the median and MAD the way it moves mean and deviation', () => {
  const calm = robustSpread([10, 11, 9, 10, 12, 8, 10]);
  const spiked = robustSpread([10, 11, 9, 10, 12, 8, 10_000]);

  assert.equal(calm.median, spiked.median);
  assert.equal(calm.mad, spiked.mad);
});

test('a series mostly at one value falls back to the mean absolute deviation', () => {
  // Median 0; deviations 0 x8, 5, 15 -> MAD 0; mean absolute deviation 20 / 10 = 2.
  const spread = robustSpread([0, 0, 0, 0, 0, 0, 0, 0, 5, 15]);

  assert.equal(spread.mad, 0);
  assert.equal(spread.fallback, 'mean_absolute_deviation');
  assert.ok(Math.abs(spread.sigma - 2 * 1.253314) < 1e-9);
});

test('quantiles interpolate between neighbours', () => {
  const values = sorted([10, 20, 30, 40, 50]);

  assert.equal(quantile(values, 0), 10);
  assert.equal(quantile(values, 0.5), 30);
  assert.equal(quantile(values, 0.9), 46);
  assert.ok(Number.isNaN(quantile(sorted([]), 0.5)));
});

test('thresholds round to two significant digits in the safe direction', () => {
  assert.equal(roundNice(1234, 'up'), 1300);
  assert.equal(roundNice(1234, 'down'), 1200);
  assert.equal(roundNice(0.01234, 'up'), 0.013);
  assert.equal(roundNice(1300, 'up'), 1300);
  assert.equal(roundNice(0, 'up'), 0);
});
