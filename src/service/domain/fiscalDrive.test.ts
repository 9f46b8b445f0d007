import assert from 'node:assert/strict';
import { test } from 'node:test';

import { type BlockingFacts, fnBlocked, percentToRatio } from './fiscalDrive';

const NOW = Date.UTC(2026, 11, 1, 12, 0);
const DAY = 86_400_000;
const UNKNOWN: BlockingFacts = {
  expiresAt: null,
  memoryUsedRatio: null,
  warningFlags: null,
  oldestUnsentAt: null,
  unsentCount: null,
};

test('an FN blocks on the 30-day rule, expiry, a full archive or a critical error', () => {
  const cases: Array<[string, Partial<BlockingFacts>, boolean | null]> = [
    ['nothing known', {}, null],
    ['empty backlog', { unsentCount: 0 }, false],
    ['29 days 23 hours unsent', { unsentCount: 4, oldestUnsentAt: NOW - 30 * DAY + 3_600_000 }, false],
    ['30 days unsent', { unsentCount: 4, oldestUnsentAt: NOW - 30 * DAY }, true],
    ['expires tomorrow', { expiresAt: NOW + DAY }, false],
    ['expired', { expiresAt: NOW - 1 }, true],
    ['archive 99 % full', { memoryUsedRatio: 0.99 }, false],
    ['archive full', { memoryUsedRatio: 1 }, true],
    ['replace urgently, no critical error', { warningFlags: 0x01 | 0x02 }, false],
    ['critical FN error', { warningFlags: 0x80 }, true],
    ['one reason is enough', { expiresAt: NOW + DAY, memoryUsedRatio: 1, unsentCount: 0 }, true],
  ];
  for (const [name, facts, expected] of cases) {
    assert.equal(fnBlocked({ ...UNKNOWN, ...facts }, NOW), expected, name);
  }
});

test('an operator percentage becomes a ratio, and nonsense becomes unknown', () => {
  assert.equal(percentToRatio(42.5), 0.425);
  assert.equal(percentToRatio(-1), null);
  assert.equal(percentToRatio(101), null);
  assert.equal(percentToRatio('50'), null);
});
