import assert from 'node:assert/strict';
import { test } from 'node:test';

import { ownsKey } from './shard';

test('every key belongs to exactly one replica, the same on every call', () => {
  const keys = Array.from({ length: 2000 }, (_, i) => `0000000001${String(i).padStart(6, '0')}`);
  const count = 4;

  const owners = keys.map((key) => [...Array(count).keys()].filter((index) => ownsKey({ count, index }, key)));

  assert.ok(owners.every((o) => o.length === 1));
  assert.deepEqual(
    owners,
    keys.map((key) => [...Array(count).keys()].filter((index) => ownsKey({ count, index }, key)))
  );
  const sizes = [...Array(count).keys()].map((index) => owners.filter((o) => o[0] === index).length);
  assert.ok(
    sizes.every((n) => n > 400 && n < 600),
    `shards are balanced: ${sizes.join(', ')}`
  );
});

test('a single replica owns everything', () => {
  assert.ok(ownsKey({ count: 1, index: 0 }, 'anything'));
});
