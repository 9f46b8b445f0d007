import assert from 'node:assert/strict';
import { test } from 'node:test';

import { MAX_SAMPLES, Samples } from './samples';

function fill(id: string, lines: number): Samples {
  const samples = Samples.seeded(id);
  for (let i = 0; i < lines; i++) {
    samples.offer(`kkt-${i % 7}`, i, `line ${i}`);
  }
  return samples;
}

test('the reservoir keeps a few lines however many it is offered', () => {
  const samples = fill('c1', 10_000);

  assert.equal(samples.list().length, MAX_SAMPLES);
  assert.ok(
    samples.list().some((s) => s.time >= MAX_SAMPLES),
    'later lines get in too'
  );
});

test('the same lines in the same order keep the same samples', () => {
  assert.deepEqual(fill('c1', 500).list(), fill('c1', 500).list());
});

test('merging two reservoirs stays within the bound', () => {
  const merged = fill('a', 3);
  merged.merge(fill('b', 100));

  assert.equal(merged.list().length, MAX_SAMPLES);
  assert.equal(merged.toState().seen, 103);
});
