import assert from 'node:assert/strict';
import { test } from 'node:test';

import { replay, runsOf } from './alertState';

const M = 60_000;
const range = { start: 0, end: 10 * M, step: M };
const times = (episodes: ReturnType<typeof replay>) =>
  episodes.map((e) => [e.firedAt / M, e.resolvedAt === null ? null : e.resolvedAt / M]);

test('consecutive evaluations form runs', () => {
  assert.deepEqual(runsOf([0, M, 2 * M, 5 * M], M), [
    [0, 2 * M],
    [5 * M, 5 * M],
  ]);
});

test('without for an alert fires at once and resolves at the first evaluation without the condition', () => {
  assert.deepEqual(times(replay(runsOf([0, M, 2 * M], M), range, { forMs: 0, keepFiringForMs: 0 })), [[0, 3]]);
});

test('for: fires once the condition has held that long, never when it breaks off first', () => {
  const run = runsOf([0, M, 2 * M], M);

  assert.deepEqual(times(replay(run, range, { forMs: 2 * M, keepFiringForMs: 0 })), [[2, 3]]);
  assert.deepEqual(times(replay(run, range, { forMs: 3 * M, keepFiringForMs: 0 })), []);
  // 90 s is pending at 1 minute and firing at 2.
  assert.deepEqual(times(replay(run, range, { forMs: 1.5 * M, keepFiringForMs: 0 })), [[2, 3]]);
});

test('keep_firing_for bridges a gap no longer than itself and resolves that long after the last failure', () => {
  const hold = { forMs: 0, keepFiringForMs: 2 * M };

  // False at 2 and 3; at 4 (2 minutes after the first failure) the condition is back in time.
  assert.deepEqual(times(replay(runsOf([0, M, 4 * M, 5 * M], M), range, hold)), [[0, 8]]);
  // False from 2 to 4: resolved at 4, a new episode from 5.
  assert.deepEqual(times(replay(runsOf([0, M, 5 * M], M), range, hold)), [
    [0, 4],
    [5, 8],
  ]);
});

test('an alert still firing at the end of the range has no resolution', () => {
  assert.deepEqual(times(replay(runsOf([9 * M, 10 * M], M), range, { forMs: 0, keepFiringForMs: 0 })), [[9, null]]);
});
