import assert from 'node:assert/strict';
import { test } from 'node:test';

import { ManualClock } from '../../../../../test/ofd/helpers/clocks';
import { RequestLimiter } from './limiter';

/** Starts `count` requests that each hold their slot for holdMs of virtual time; returns the start instants. */
async function load(limiter: RequestLimiter, clock: ManualClock, count: number, holdMs: number) {
  const starts: number[] = [];
  let inFlight = 0;
  let peak = 0;
  const one = async () => {
    const permit = await limiter.acquire();
    starts.push(clock.now());
    peak = Math.max(peak, ++inFlight);
    await clock.sleep(holdMs);
    inFlight--;
    permit.release();
  };
  await clock.run(Promise.all(Array.from({ length: count }, one)));
  return { starts, peak };
}

function busiestSecond(starts: number[]): number {
  return Math.max(...starts.map((t) => starts.filter((s) => s >= t && s < t + 1000).length));
}

test('no one-second window ever holds more starts than the ceiling', async () => {
  const clock = new ManualClock();
  const limiter = new RequestLimiter({ maxConcurrency: 50, maxPerSecond: 7, clock });

  const { starts } = await load(limiter, clock, 60, 5);

  assert.equal(starts.length, 60);
  assert.equal(busiestSecond(starts), 7);
  // 60 requests at 7 a second need 8 windows after the first (of 1005 ms, a guard against jitter), no more.
  assert.equal(starts[59] - starts[0], 8 * 1005);
});

test('no more requests in flight than the token allows (Platforma: 2)', async () => {
  const clock = new ManualClock();
  const limiter = new RequestLimiter({ maxConcurrency: 2, maxPerSecond: 1000, clock });

  const { starts, peak } = await load(limiter, clock, 10, 300);

  assert.equal(peak, 2);
  assert.equal(limiter.active, 0);
  // Ten requests of 300 ms, two at a time: five rounds.
  assert.equal(Math.max(...starts) - Math.min(...starts), 4 * 300);
});

test('a pause holds every request until it ends', async () => {
  const clock = new ManualClock();
  const limiter = new RequestLimiter({ maxConcurrency: 4, maxPerSecond: 100, clock });
  const t0 = clock.now();
  limiter.pause(t0 + 60_000);

  const { starts } = await load(limiter, clock, 3, 1);

  assert.ok(
    starts.every((s) => s >= t0 + 60_000),
    'nothing starts during the pause'
  );
  assert.equal(Math.min(...starts), t0 + 60_000);
});

test('an aborted wait gives its slot back', async () => {
  const clock = new ManualClock();
  const limiter = new RequestLimiter({ maxConcurrency: 1, maxPerSecond: 100, clock });
  const first = await limiter.acquire();
  const controller = new AbortController();

  const waiting = limiter.acquire(controller.signal);
  controller.abort(new Error('stopped'));
  await assert.rejects(waiting, /stopped/);

  first.release();
  assert.equal(limiter.active, 0);
  const again = await limiter.acquire();
  assert.equal(limiter.active, 1);
  again.release();
});
