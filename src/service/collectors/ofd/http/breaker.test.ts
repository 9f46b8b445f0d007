import assert from 'node:assert/strict';
import { test } from 'node:test';

import { ManualClock } from '../../../../../test/ofd/helpers/clocks';
import { type BreakerState, CircuitBreaker } from './breaker';

function breaker(clock: ManualClock, changes: BreakerState[]) {
  return new CircuitBreaker({ failureThreshold: 3, cooldownMs: 60_000, clock, onChange: (s) => changes.push(s) });
}

test('opens after the threshold, probes once after the cooldown, closes on success', async () => {
  const clock = new ManualClock();
  const changes: BreakerState[] = [];
  const b = breaker(clock, changes);

  b.failure('503');
  b.failure('503');
  assert.equal(b.state, 'closed');
  b.failure('503');
  assert.equal(b.state, 'open');
  assert.equal(b.tryPass(), false);

  await clock.advance(59_999);
  assert.equal(b.tryPass(), false, 'still cooling down');
  await clock.advance(1);
  assert.equal(b.tryPass(), true, 'one probe');
  assert.equal(b.state, 'half_open');
  assert.equal(b.tryPass(), false, 'only one probe at a time');

  b.success();
  assert.equal(b.state, 'closed');
  assert.equal(b.tryPass(), true);
  assert.deepEqual(changes, ['open', 'half_open', 'closed']);
});

test('a failed probe opens it again for a full cooldown', async () => {
  const clock = new ManualClock();
  const b = breaker(clock, []);
  b.trip('401', 60_000);
  await clock.advance(60_000);
  assert.equal(b.tryPass(), true);

  b.failure('timeout');
  assert.equal(b.state, 'open');
  await clock.advance(30_000);
  assert.equal(b.tryPass(), false);
});

test('a success in between resets the count of failures', () => {
  const b = breaker(new ManualClock(), []);
  b.failure('x');
  b.failure('x');
  b.success();
  b.failure('x');
  b.failure('x');
  assert.equal(b.state, 'closed');
});

test('rejected credentials pause briefly at first, doubling with each refusal in a row up to the longest', async () => {
  const clock = new ManualClock();
  const b = breaker(clock, []);
  const pauses: number[] = [];
  for (let i = 0; i < 8; i++) {
    b.refused('401', 3_600_000);
    pauses.push(b.remainingMs);
    await clock.advance(b.remainingMs);
    assert.equal(b.tryPass(), true, 'one probe after each pause');
  }
  assert.deepEqual(pauses, [60_000, 120_000, 240_000, 480_000, 960_000, 1_920_000, 3_600_000, 3_600_000]);

  b.success();
  b.refused('401', 3_600_000);
  assert.equal(b.remainingMs, 60_000, 'a success starts again from the first pause');
});
