import assert from 'node:assert/strict';
import { test } from 'node:test';

import { evaluationTimes } from '../series';
import { MAX_POINTS_PER_SERIES, splitRange } from './split';

const MINUTE = 60_000;

test('30 days at one minute become requests of at most 11,000 points covering every evaluation once', () => {
  const range = { start: 0, end: 30 * 1440 * MINUTE, step: MINUTE };
  const parts = splitRange(range);

  // 43,201 evaluations: 11,000 + 11,000 + 11,000 + 10,201.
  assert.deepEqual(
    parts.map((p) => evaluationTimes(p).length),
    [11_000, 11_000, 11_000, 10_201]
  );
  assert.ok(parts.every((p) => (p.end - p.start) / p.step + 1 <= MAX_POINTS_PER_SERIES));
  assert.deepEqual(parts.flatMap(evaluationTimes), evaluationTimes(range));
});

test('a short range stays one request', () => {
  const range = { start: 1000, end: 1000 + 100 * MINUTE, step: 5 * MINUTE };

  assert.deepEqual(splitRange(range), [range]);
});
