import assert from 'node:assert/strict';
import { test } from 'node:test';

import { SingleFlightCache } from './cache';

test('requests share one computation, reuse it until it expires, and recompute on refresh', async () => {
  let now = 0;
  let computed = 0;
  const cache = new SingleFlightCache<number>(() => now);
  const compute = async () => ++computed;

  const [a, b] = await Promise.all([cache.get('k', 1000, false, compute), cache.get('k', 1000, false, compute)]);
  assert.deepEqual([a, b, computed], [1, 1, 1]);

  now = 999;
  assert.equal(await cache.get('k', 1000, false, compute), 1);
  now = 1000;
  assert.equal(await cache.get('k', 1000, false, compute), 2);
  assert.equal(await cache.get('k', 1000, true, compute), 3);
  assert.equal(await cache.get('other', 1000, false, compute), 4);
});

test('a failure is not kept', async () => {
  const cache = new SingleFlightCache<number>(() => 0);

  await assert.rejects(cache.get('k', 1000, false, async () => Promise.reject(new Error('down'))));
  assert.equal(await cache.get('k', 1000, false, async () => 7), 7);
});
