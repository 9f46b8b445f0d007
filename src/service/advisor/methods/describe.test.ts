import assert from 'node:assert/strict';
import { test } from 'node:test';

import { spanText } from './describe';

test('spans read in the largest unit they reach, to one decimal', () => {
  assert.equal(spanText(86_400_000 / 24), '1 hour');
  assert.equal(spanText(12 * 60_000), '12 minutes');
  assert.equal(spanText(2.5 * 86_400_000), '2.5 days');
  assert.equal(spanText(30 * 86_400_000), '30 days');
  assert.equal(spanText(90 * 60_000), '1.5 hours');
  assert.equal(spanText(1_234), '1.2 seconds');
  assert.equal(spanText(0), '0 seconds');
});

test('a span that rounds up to the next unit is said in that unit', () => {
  assert.equal(spanText(3_599_000), '1 hour');
  assert.equal(spanText(86_399_000), '1 day');
  assert.equal(spanText(59_990), '1 minute');
});
