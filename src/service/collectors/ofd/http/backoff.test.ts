import assert from 'node:assert/strict';
import { test } from 'node:test';

import { backoffDelay, parseRetryAfter, retryAfterInText } from './backoff';

test('backoff doubles up to the cap and draws anywhere below it (full jitter)', () => {
  const policy = { baseMs: 500, capMs: 30_000 };
  assert.equal(
    backoffDelay(0, policy, () => 0.999999),
    499
  );
  assert.equal(
    backoffDelay(3, policy, () => 0.5),
    2000
  );
  assert.equal(
    backoffDelay(10, policy, () => 0.5),
    15_000,
    'capped at 30 s before the jitter'
  );
  assert.equal(
    backoffDelay(4, policy, () => 0),
    0
  );
});

test('Retry-After is read as seconds or as an HTTP date', () => {
  const now = Date.parse('2024-01-15T09:00:00Z');
  assert.equal(parseRetryAfter('120', now), 120_000);
  assert.equal(parseRetryAfter(' 0 ', now), 0);
  assert.equal(parseRetryAfter('Mon, 15 Jan 2024 09:01:30 GMT', now), 90_000);
  assert.equal(parseRetryAfter('Mon, 15 Jan 2024 08:00:00 GMT', now), 0, 'a date in the past means now');
  assert.equal(parseRetryAfter('soon', now), null);
  assert.equal(parseRetryAfter(undefined, now), null);
});

test('a wait written in a body is read (Platforma rate limit)', () => {
  assert.equal(retryAfterInText('Too many requests. Retry after: 60s'), 60_000);
  assert.equal(retryAfterInText('retry after 2 min'), 120_000);
  assert.equal(retryAfterInText('Retry after: 1500ms'), 1500);
  assert.equal(retryAfterInText('Too many requests'), null);
  assert.equal(retryAfterInText(42), null);
});
